/**
 * Where each project stands at each gate. The same statuses drive the gate rules and the report's
 * gate matrix, so the two can never disagree.
 */
import type { GateRecord, Project } from "../model/portfolio";
import type { Ruleset } from "../ruleset/types";
import type { PortfolioIndex } from "../lookup/portfolio-index";
import { matchKey } from "../lookup/keys";
import { cellOf } from "../lookup/location";
import type { GateCellStatus, GateMatrix } from "./types";

/** Decision text of a record, as written when it was not one of the known decisions. */
export function decisionText(record: GateRecord): string | undefined {
  return record.decision ?? record.decisionRaw;
}

/** A predicate telling whether a decision passes a gate under the ruleset (case-insensitive). */
export function passesWith(ruleset: Ruleset): (record: GateRecord) => boolean {
  const passing = new Set(ruleset.lifecycle.passingDecisions.map(matchKey));
  // Few distinct decision texts: a small local map beats the shared key cache.
  const seen = new Map<string, boolean>();
  return (record) => {
    const text = decisionText(record);
    if (text === undefined) return false;
    let passes = seen.get(text);
    if (passes === undefined) seen.set(text, (passes = passing.has(matchKey(text))));
    return passes;
  };
}

const REJECTING = new Set(["rejected", "kill", "killed"]);

/** Records ordered as they happened: by date (undated first), then by sheet row. */
function chronological(a: GateRecord, b: GateRecord): number {
  return (a.date ?? -Infinity) - (b.date ?? -Infinity) || a.source.row - b.source.row;
}

/**
 * Standing of one project at every gate. A gate is passed when any record passes it (a re-submitted
 * gate is approved after an earlier rejection); otherwise the latest record decides between rejected
 * and pending; without a record it is missing when the project's stage is past it, else not due.
 * `cell(gate, status, record)` is told each gate's standing in gate order; `byGate` is a scratch array
 * of the gates' length (all undefined), left as it was found, so no project allocates one.
 */
function forEachGateStanding(
  project: Project,
  index: PortfolioIndex,
  ruleset: Ruleset,
  passes: (r: GateRecord) => boolean,
  key: string,
  cell: (gate: number, status: GateCellStatus, record: GateRecord | undefined) => void,
  byGate: (GateRecord[] | undefined)[],
): void {
  const gateCount = ruleset.lifecycle.gates.length;
  // Lists only for the gates that have records: 10k projects × 7 gates of empty arrays was pure garbage.
  const records = index.gatesByProject.get(key);
  if (records) {
    for (const record of records) {
      if (record.gateIndex !== undefined && record.gateIndex >= 0 && record.gateIndex < gateCount) (byGate[record.gateIndex] ??= []).push(record);
    }
  }
  const position = index.stageOf(project);
  const stageIndex = position.kind === "active" ? position.index! : -1;
  for (let gate = 0; gate < gateCount; gate++) {
    const list = byGate[gate];
    if (list === undefined) {
      cell(gate, gate < stageIndex ? "missing" : "not-due", undefined);
      continue;
    }
    byGate[gate] = undefined;
    // The list is this computation's own, so it is sorted in place.
    if (list.length > 1) list.sort(chronological);
    let passed: GateRecord | undefined;
    for (let i = list.length - 1; i >= 0 && passed === undefined; i--) if (passes(list[i])) passed = list[i];
    if (passed !== undefined) {
      cell(gate, "passed", passed);
      continue;
    }
    const latest = list[list.length - 1];
    const text = decisionText(latest);
    cell(gate, text !== undefined && REJECTING.has(text.trim().toLowerCase()) ? "rejected" : "pending", latest);
  }
}

/** The projects × gates matrix for the report; keys[i], when given, is projects[i]'s match key. */
export function buildGateMatrix(projects: Project[], index: PortfolioIndex, ruleset: Ruleset, keys?: string[]): GateMatrix {
  const passes = passesWith(ruleset);
  const { gates } = ruleset.lifecycle;
  const seen = new Set<string>();
  const rows: GateMatrix["rows"] = [];
  // A gate without records reads the same for every project (missing or not due): one frozen cell each,
  // not 10k projects × 7 gates of objects that say the same.
  const unrecorded = gates.map((g) => ({ missing: Object.freeze({ gateId: g.id, status: "missing" as const }), "not-due": Object.freeze({ gateId: g.id, status: "not-due" as const }) }));
  const byGate = new Array<GateRecord[] | undefined>(gates.length).fill(undefined);
  let cells: GateMatrix["rows"][number]["cells"] = [];
  const cell = (gate: number, status: GateCellStatus, record: GateRecord | undefined) => {
    cells[gate] =
      record === undefined && (status === "missing" || status === "not-due")
        ? unrecorded[gate][status]
        : { gateId: gates[gate].id, status, decision: record ? decisionText(record) : undefined, date: record?.date, location: record ? cellOf(record.source, "decision") : undefined };
  };
  for (let i = 0; i < projects.length; i++) {
    const project = projects[i];
    const key = keys?.[i] ?? matchKey(project.id);
    if (seen.has(key)) continue; // duplicates are data/duplicate-id's business; one row per id
    seen.add(key);
    cells = new Array(gates.length);
    forEachGateStanding(project, index, ruleset, passes, key, cell, byGate);
    rows.push({ projectId: project.id, name: project.name, stage: project.stage, cells });
  }
  return { gates: gates.map((g) => ({ id: g.id, name: g.name })), rows };
}
