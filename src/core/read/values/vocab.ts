/**
 * Vocabularies PMs type in any case and spelling: stages, gates and decisions (status words: status.ts). Built once per
 * ruleset so that each cell is a map lookup, not a scan.
 */
import type { GateDecision } from "../../model/portfolio";
import type { Ruleset } from "../../ruleset/types";
import { normalizeWord } from "../normalize";

const DECISIONS: Record<string, GateDecision> = {
  approved: "Approved", approve: "Approved", go: "Approved", passed: "Approved", pass: "Approved", accepted: "Approved", yes: "Approved", signedoff: "Approved", complete: "Approved", completed: "Approved", agreed: "Approved", endorsed: "Approved",
  approvedwithconditions: "Approved with conditions", conditional: "Approved with conditions", conditionallyapproved: "Approved with conditions",
  conditionalapproval: "Approved with conditions", approvedconditionally: "Approved with conditions", conditionalgo: "Approved with conditions", gowithconditions: "Approved with conditions", approvedwithcaveats: "Approved with conditions", approvedconditional: "Approved with conditions", approvedsubjecttoconditions: "Approved with conditions",
  pending: "Pending", submitted: "Pending", inreview: "Pending", underreview: "Pending", awaitingdecision: "Pending", awaitingapproval: "Pending", awaiting: "Pending", scheduled: "Pending", open: "Pending", notyetreviewed: "Pending", planned: "Pending", nodecision: "Pending", nodecisionyet: "Pending", notyetdecided: "Pending",
  deferred: "Deferred", postponed: "Deferred", delayed: "Deferred",
  rejected: "Rejected", declined: "Rejected", failed: "Rejected", notapproved: "Rejected", nogo: "Rejected", no: "Rejected", refused: "Rejected", notaccepted: "Rejected", notpassed: "Rejected",
  hold: "Hold", onhold: "Hold", putonhold: "Hold", kill: "Kill", killed: "Kill", cancelled: "Kill", canceled: "Kill", stop: "Kill", stopped: "Kill", recycle: "Recycle", rework: "Recycle", redo: "Recycle",
};

/** One-word entries that only mean a decision on their own: "No decision yet" is not "No". */
const WHOLE_ONLY = new Set(["no", "yes", "open", "complete", "completed", "planned", "scheduled"]);
/** Words of an approval and of a condition attached to it: "Approved subject to funding", "Go, with caveats". */
const APPROVAL_WORDS = /\b(?:approved?|approval|go|pass(?:ed)?|accepted|agreed|endorsed)\b/;
const CONDITION_WORDS = /\b(?:conditions?|conditional(?:ly)?|caveats?|provisos?|reservations?|subject\s+to|actions?)\b/;
const NEGATION_WORDS = /\b(?:not|no|rejected|declined|refused|failed)\b/;

/** Abbreviations PMs type in decisions: "w/ conditions", "w/o", "cond.", "approved & signed". */
function expandDecision(text: string): string {
  return text
    .toLowerCase()
    .replace(/\bw\/o\b\.?/g, " without ")
    .replace(/\bw\/\s*/g, " with ")
    .replace(/\bcond(?:s|n|ns)?\.?(?=[\s)\],;]|$)/g, " conditions ")
    .replace(/&/g, " and ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Gate decision of a text ("Go" -> Approved, "Approved w/ conditions" -> Approved with conditions);
 * undefined when unknown. The whole text first, then an approval with conditions in other words ("Approved
 * (cond.)", "Passed with caveats"), then the words before a detail ("Approved on 12/03", "Rejected - see
 * minutes"), then the longest known leading phrase ("On hold pending funding").
 */
export function parseDecision(text: string): GateDecision | undefined {
  if (decisionCache.has(text)) return decisionCache.get(text);
  const d = decide(text);
  if (decisionCache.size < 10_000) decisionCache.set(text, d);
  return d;
}

function decide(text: string): GateDecision | undefined {
  const expanded = expandDecision(text);
  const w = normalizeWord(expanded);
  if (Object.hasOwn(DECISIONS, w)) return DECISIONS[w];
  if (APPROVAL_WORDS.test(expanded) && CONDITION_WORDS.test(expanded) && !NEGATION_WORDS.test(expanded) && !/\bwithout\b/.test(expanded)) return "Approved with conditions";
  const lead = normalizeWord(expanded.replace(/\([^)]*\)/g, " ").split(/\d|\s[-–:]\s|[;,]/)[0].replace(/\s+(on|by|at|in)\s*$/i, ""));
  if (lead !== w && Object.hasOwn(DECISIONS, lead)) return DECISIONS[lead];
  const words = expanded.split(/[^a-z0-9]+/).filter((x) => x.length > 0);
  for (let n = Math.min(words.length - 1, 3); n >= 1; n--) {
    const phrase = words.slice(0, n).join("");
    if (Object.hasOwn(DECISIONS, phrase) && !WHOLE_ONLY.has(phrase)) return DECISIONS[phrase];
  }
  return undefined;
}
const decisionCache = new Map<string, GateDecision | undefined>();

export interface StageVocabulary {
  /** Canonical stage and its lifecycle index (undefined for inactive stages) or null when unknown. */
  match(text: string): { stage: string; index?: number } | null;
}

/** Builds the stage matcher: lifecycle stages, inactive stages and aliases, with "3 - Execution" prefixes. */
export function stageVocabulary(ruleset: Ruleset): StageVocabulary {
  const lc = ruleset.lifecycle;
  const map = new Map<string, { stage: string; index?: number }>();
  lc.inactiveStages.forEach((s) => map.set(normalizeWord(s), { stage: s }));
  lc.stages.forEach((s, index) => map.set(normalizeWord(s), { stage: s, index }));
  for (const [alias, target] of Object.entries(lc.stageAliases ?? {})) {
    const hit = map.get(normalizeWord(target));
    if (hit && !map.has(normalizeWord(alias))) map.set(normalizeWord(alias), hit);
  }
  const cache = new Map<string, { stage: string; index?: number } | null>();
  return {
    match(text) {
      const cached = cache.get(text);
      if (cached !== undefined) return cached;
      const direct = map.get(normalizeWord(text));
      // "3 - Execution", "Stage 3: Execution", "3. Execution", "Phase 2 – Planning"
      const stripped = text.replace(/^\s*(?:stage|phase|step)?\s*\d+[a-z]?\s*[-–—:.)]?\s*/i, "");
      // "Execution (Build)": the part outside brackets.
      const unbracketed = stripped.replace(/\([^)]*\)|\[[^\]]*\]/g, "");
      // "Execution - Build", "Planning: detailed design": the stage before the detail.
      const head = unbracketed.split(/\s[-–—:]\s|:\s/)[0];
      const result =
        direct ??
        (stripped !== text ? map.get(normalizeWord(stripped)) : undefined) ??
        (unbracketed !== stripped ? map.get(normalizeWord(unbracketed)) : undefined) ??
        (head !== unbracketed ? map.get(normalizeWord(head)) : undefined) ??
        null;
      cache.set(text, result);
      return result;
    },
  };
}

export interface GateVocabulary {
  /** Index of the gate in the lifecycle; undefined when it matches none. */
  match(text: string): number | undefined;
}

/** Builds the gate matcher: "G2", "Gate 2", "G2 - Planning", "Gate 2: Planning approval", the gate name. */
export function gateVocabulary(ruleset: Ruleset): GateVocabulary {
  const gates = ruleset.lifecycle.gates;
  const byId = new Map<string, number>();
  const byNumber = new Map<string, number>();
  const byName = new Map<string, number>();
  gates.forEach((g, i) => {
    byId.set(normalizeWord(g.id), i);
    const num = /(\d+)$/.exec(g.id);
    if (num) byNumber.set(String(+num[1]), i);
    byName.set(normalizeWord(g.name), i);
  });
  const cache = new Map<string, number | undefined>();
  const stages = stageVocabulary(ruleset);
  return {
    match(text) {
      if (cache.has(text)) return cache.get(text);
      const word = normalizeWord(text);
      let hit = byId.get(word) ?? byName.get(word);
      if (hit === undefined) {
        const m = /^\s*(?:stage\s*)?(?:g|gate|sg|tollgate|checkpoint)\s*[-#]?\s*(\d+)\b/i.exec(text);
        if (m) hit = byId.get(normalizeWord(text.slice(0, m[0].length))) ?? byNumber.get(String(+m[1]));
      }
      if (hit === undefined && /^\d+$/.test(word)) hit = byNumber.get(String(+word));
      if (hit === undefined) {
        for (const [name, i] of byName) if (name.length >= 4 && word.startsWith(name)) hit = i;
      }
      // A gate log that names the stage being entered: gate k leads into stage k+1.
      if (hit === undefined) {
        const stage = stages.match(text);
        if (stage?.index !== undefined && stage.index >= 1 && stage.index - 1 < gates.length) hit = stage.index - 1;
      }
      cache.set(text, hit);
      return hit;
    },
  };
}
