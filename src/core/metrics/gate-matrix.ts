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

export interface GateStanding {
  status: GateCellStatus;
  /** The record that decided the status: the latest passing one, else the latest one. */
  record?: GateRecord;
}

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
 */
export function gateStandings(project: Project, index: PortfolioIndex, ruleset: Ruleset, passes: (r: GateRecord) => boolean, key = matchKey(project.id)): GateStanding[] {
  const gateCount = ruleset.lifecycle.gates.length;
  // Lists only for the gates that have records: 10k projects × 7 gates of empty arrays was pure garbage.
  const byGate: (GateRecord[] | undefined)[] = new Array<GateRecord[] | undefined>(gateCount).fill(undefined);
  const records = index.gatesByProject.get(key);
  if (records) {
    for (const record of records) {
      if (record.gateIndex !== undefined && record.gateIndex >= 0 && record.gateIndex < gateCount) (byGate[record.gateIndex] ??= []).push(record);
    }
  }
  const position = index.stageOf(project);
  const stageIndex = position.kind === "active" ? position.index! : -1;
  const standings = new Array<GateStanding>(gateCount);
  for (let gate = 0; gate < gateCount; gate++) standings[gate] = standingAt(byGate[gate], gate < stageIndex, passes);
  return standings;
}

// Read-only standings shared by every gate without records.
const MISSING: GateStanding = Object.freeze({ status: "missing" });
const NOT_DUE: GateStanding = Object.freeze({ status: "not-due" });

/** One gate's standing from its records (a list of this computation's own, so sorted in place). */
function standingAt(records: GateRecord[] | undefined, due: boolean, passes: (r: GateRecord) => boolean): GateStanding {
  if (records === undefined) return due ? MISSING : NOT_DUE;
  if (records.length > 1) records.sort(chronological);
  for (let i = records.length - 1; i >= 0; i--) if (passes(records[i])) return { status: "passed", record: records[i] };
  const latest = records[records.length - 1];
  const text = decisionText(latest);
  const rejected = text !== undefined && REJECTING.has(text.trim().toLowerCase());
  return { status: rejected ? "rejected" : "pending", record: latest };
}

/** The projects × gates matrix for the report; keys[i], when given, is projects[i]'s match key. */
export function buildGateMatrix(projects: Project[], index: PortfolioIndex, ruleset: Ruleset, keys?: string[]): GateMatrix {
  const passes = passesWith(ruleset);
  const seen = new Set<string>();
  const rows: GateMatrix["rows"] = [];
  // A gate without records reads the same for every project (missing or not due): one frozen cell each,
  // not 10k projects × 7 gates of objects that say the same.
  const unrecorded = ruleset.lifecycle.gates.map((g) => ({ missing: Object.freeze({ gateId: g.id, status: MISSING.status }), "not-due": Object.freeze({ gateId: g.id, status: NOT_DUE.status }) }));
  for (let i = 0; i < projects.length; i++) {
    const project = projects[i];
    const key = keys?.[i] ?? matchKey(project.id);
    if (seen.has(key)) continue; // duplicates are data/duplicate-id's business; one row per id
    seen.add(key);
    const standings = gateStandings(project, index, ruleset, passes, key);
    rows.push({
      projectId: project.id,
      name: project.name,
      stage: project.stage,
      cells: standings.map((s, k) =>
        s.record === undefined && (s.status === "missing" || s.status === "not-due")
          ? unrecorded[k][s.status]
          : { gateId: ruleset.lifecycle.gates[k].id, status: s.status, decision: s.record ? decisionText(s.record) : undefined, date: s.record?.date, location: s.record ? cellOf(s.record.source, "decision") : undefined },
      ),
    });
  }
  return { gates: ruleset.lifecycle.gates.map((g) => ({ id: g.id, name: g.name })), rows };
}
