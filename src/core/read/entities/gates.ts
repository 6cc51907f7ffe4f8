/** Gate decisions: one record per row, gate and decision normalised against the ruleset. */
import type { GateRecord } from "../../model/portfolio";
import type { Ruleset } from "../../ruleset/types";
import type { ValueKind } from "../../model/fields";
import type { Located } from "../locate";
import { gateVocabulary, parseDecision } from "../values/vocab";
import { EntityTable } from "./table";
import type { ReadContext } from "./table";

export function readGates(loc: Located, ruleset: Ruleset, ctx: ReadContext): GateRecord[] {
  const artefacts = [...new Set(ruleset.lifecycle.gates.flatMap((g) => g.requiredArtifacts))];
  const kinds: Record<string, ValueKind> = { projectId: "text", gate: "text", decision: "text", date: "date", approver: "text" };
  for (const a of artefacts) kinds[a] = "text";
  const t = new EntityTable(loc, kinds, ctx);
  const gates = gateVocabulary(ruleset);
  // The artefact columns the sheet has, looked up once rather than per row.
  const present = artefacts.filter((a) => t.has(a)).map((a) => ({ artefact: a, col: colOf(loc, a) }));
  const out: GateRecord[] = [];
  // Indexed: on 100k rows a for-of iterator's result objects were not always optimised away.
  for (let k = 0; k < t.rows.length; k++) {
    const row = t.rows[k];
    const projectId = t.getFilled<string>("projectId", row);
    const gate = t.get<string>("gate", row);
    if (!gate && (!projectId || t.filledFromAbove)) {
      t.discard();
      continue;
    }
    const index = gate ? gates.match(gate) : undefined;
    const decisionText = t.get<string>("decision", row);
    const decision = decisionText === undefined ? undefined : parseDecision(decisionText);
    if (decisionText !== undefined && !decision) t.invalid("decision", row, decisionText, "decision");
    const rec: GateRecord = {
      projectId: projectId ?? "",
      gate: gate ?? "",
      gateIndex: index,
      decision,
      decisionRaw: decisionText,
      date: t.get<number>("date", row),
      approver: t.get<string>("approver", row),
      artifacts: {},
      source: t.source(row),
    };
    for (let i = 0; i < present.length; i++) {
      const { artefact, col } = present[i];
      const raw = loc.view.value(row, col);
      const text = t.get<string>(artefact, row);
      rec.artifacts[artefact] = text === undefined ? undefined : typeof raw === "number" || typeof raw === "boolean" ? raw : text;
    }
    t.flush(rec.projectId || undefined);
    out.push(rec);
  }
  return out;
}

function colOf(loc: Located, field: string): number {
  return loc.header.match.fields.get(field)?.col ?? 0;
}
