/**
 * Status words: a RAG colour (Green, Amber, Red) or what a status says about the project instead
 * (Complete, On Hold, Cancelled). Letters, colours and coloured circles are built in; the words PMOs
 * use ("On Track", "Delayed", "Done") are the ruleset's `lifecycle.statusAliases`, so a PMO adds its own.
 */
import type { ProjectState, Rag } from "../../model/portfolio";
import type { Ruleset, StatusMeaning } from "../../ruleset/types";
import { normalizeWord } from "../normalize";

const BUILT_IN: Record<string, Rag> = {
  g: "Green", green: "Green", a: "Amber", amber: "Amber", y: "Amber", yellow: "Amber", orange: "Amber", r: "Red", red: "Red",
};
const EMOJI: Record<string, Rag> = { "🟢": "Green", "🟡": "Amber", "🟠": "Amber", "🔴": "Red" };
const RAGS = new Set<StatusMeaning>(["Green", "Amber", "Red"]);

/** What a status text means: a RAG colour, or a state of the project. */
export interface StatusReading {
  rag?: Rag;
  state?: ProjectState;
}

export interface StatusVocabulary {
  /** The meaning of a status text; undefined when it has none ("Awaiting funding" is free text). */
  match(text: string): StatusReading | undefined;
}

const built = new WeakMap<Ruleset["lifecycle"], StatusVocabulary>();

/** The status matcher of a ruleset (cached per lifecycle object). */
export function statusVocabulary(ruleset: Ruleset): StatusVocabulary {
  const cached = built.get(ruleset.lifecycle);
  if (cached) return cached;
  const words = new Map<string, StatusReading>();
  for (const [w, rag] of Object.entries(BUILT_IN)) words.set(w, { rag });
  for (const [alias, meaning] of Object.entries(ruleset.lifecycle.statusAliases ?? {})) {
    words.set(normalizeWord(alias), RAGS.has(meaning) ? { rag: meaning as Rag } : { state: meaning as ProjectState });
  }
  const cache = new Map<string, StatusReading | undefined>();
  const vocabulary: StatusVocabulary = {
    match(text) {
      if (cache.has(text)) return cache.get(text);
      const t = text.trim();
      let reading: StatusReading | undefined = Object.hasOwn(EMOJI, t) ? { rag: EMOJI[t] } : words.get(normalizeWord(t));
      if (!reading) {
        // "Green - on track", "At risk (vendor)", "Delayed: awaiting parts": the words before the detail say it.
        const head = t.split(/\s[-–—:]\s|[:(]/)[0];
        if (head !== t) reading = words.get(normalizeWord(head));
        const first = normalizeWord(t.split(/[\s\-–:/(]+/)[0] ?? "");
        if (!reading && first.length > 1 && first !== normalizeWord(t) && Object.hasOwn(BUILT_IN, first)) reading = { rag: BUILT_IN[first] };
      }
      if (cache.size < 10_000) cache.set(text, reading);
      return reading;
    },
  };
  built.set(ruleset.lifecycle, vocabulary);
  return vocabulary;
}
