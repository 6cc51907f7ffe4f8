/**
 * One portfolio from many submissions (issue 14). Each submission is read on its own (the workbook is
 * dropped once its records are out, so memory grows with the portfolio, not with the files) and added
 * here; the whole ruleset then runs once over the consolidated portfolio.
 *
 * - Every record, read issue and detection keeps its file: its sheet is renamed `[file]Sheet`, Excel's
 *   notation for a sheet of another workbook, so every location a rule builds names the file, and
 *   messages that cite another cell ("first used at [a.xlsx]Projects!A5") name both files.
 *   locateFindings() splits the file back out into `location.file`.
 * - Projects are kept as read: the same id in two submissions is data/duplicate-id's, naming both.
 * - Resources are merged by name (the reader's match key: case and spaces ignored): a person listed
 *   by several submissions is one person, whose assignments from every file add up. The records merged
 *   away are kept in `portfolio.mergedResources` for data/submission-conflict (different capacities).
 * - Gates, assignments, financials, milestones, risks and objectives are concatenated.
 */
import type { Finding } from "../findings";
import type { EntityName, Portfolio, ReadIssue, RecordSource } from "../model/portfolio";
import { PeopleMerge } from "./people";
import { Hasher } from "../report/fingerprint";

export { fileSheet, splitFileSheet, submissionOf } from "./sheets";
import { fileSheet, splitFileSheet } from "./sheets";

/** Findings with `location.file` set and `location.sheet` the sheet's own name. */
export function locateFindings(findings: Finding[]): Finding[] {
  // Findings name a few sheets many times over: each `[file]Sheet` is split once.
  const split = new Map<string, { file?: string; sheet: string }>();
  for (const f of findings) {
    const location = f.location;
    if (!location) continue;
    let parts = split.get(location.sheet);
    if (!parts) split.set(location.sheet, (parts = splitFileSheet(location.sheet)));
    if (parts.file !== undefined) f.location = { ...location, file: parts.file, sheet: parts.sheet };
  }
  return findings;
}

const RECORD_LISTS = ["projects", "gates", "resources", "assignments", "financials", "milestones", "risks", "objectives"] as const;

/** Renames every sheet the portfolio mentions to `[file]Sheet`, in place (the portfolio was just read for this). */
export function stampSubmission(portfolio: Portfolio, file: string): void {
  const named = new Map<string, string>();
  const rename = (sheet: string) => {
    let out = named.get(sheet);
    if (out === undefined) named.set(sheet, (out = fileSheet(file, sheet)));
    return out;
  };
  // `sheets` maps (field -> other sheet) may be shared between records, like `columns`: renamed once each.
  const maps = new Map<Record<string, string>, Record<string, string>>();
  for (const list of RECORD_LISTS) {
    const records = portfolio[list] as { source: RecordSource }[];
    for (let i = 0; i < records.length; i++) {
      const source = records[i].source;
      source.sheet = rename(source.sheet);
      if (source.sheets) {
        let renamed = maps.get(source.sheets);
        if (!renamed) {
          renamed = {};
          for (const [field, sheet] of Object.entries(source.sheets)) renamed[field] = rename(sheet);
          maps.set(source.sheets, renamed);
        }
        source.sheets = renamed;
      }
    }
  }
  for (const d of portfolio.detections) d.sheet = rename(d.sheet);
  for (const n of portfolio.notRead ?? []) n.sheet = rename(n.sheet);
  for (const issue of portfolio.issues) {
    if (issue.kind === "invalid-value" || issue.kind === "uncalculated-formula") issue.location = { ...issue.location, sheet: rename(issue.location.sheet) };
    else if (issue.kind === "missing-column") issue.sheet = rename(issue.sheet);
    else issue.reason = `${file}: ${issue.reason}`;
  }
}

export interface SubmissionSummary {
  file: string;
  projects: number;
  resources: number;
  assignments: number;
  /** People of this file merged into the same person listed by an earlier submission. */
  merged: number;
}

/** Adds submissions one at a time; portfolio() is the consolidated portfolio. */
export class Consolidation {
  private readonly merged: Portfolio;
  private readonly people: PeopleMerge;
  private readonly hasher = new Hasher();
  private readonly missing = new Map<EntityName, ReadIssue>();
  readonly submissions: SubmissionSummary[] = [];

  constructor(label: string) {
    this.merged = { label, projects: [], gates: [], resources: [], assignments: [], financials: [], milestones: [], risks: [], objectives: [], detections: [], notRead: [], issues: [] };
    this.people = new PeopleMerge(this.merged.resources);
  }

  /** Adds one submission's portfolio (read from `file`); the portfolio is renamed in place and its records taken over. */
  add(file: string, portfolio: Portfolio, fingerprint?: string): SubmissionSummary {
    stampSubmission(portfolio, file);
    const m = this.merged;
    const summary: SubmissionSummary = { file, projects: portfolio.projects.length, resources: portfolio.resources.length, assignments: portfolio.assignments.length, merged: 0 };
    for (const list of RECORD_LISTS) {
      if (list === "resources") continue;
      const into = m[list] as unknown[];
      const from = portfolio[list] as unknown[];
      for (let i = 0; i < from.length; i++) into.push(from[i]);
    }
    for (const r of portfolio.resources) if (this.people.add(r, file)) summary.merged++;
    for (const d of portfolio.detections) m.detections.push(d);
    for (const n of portfolio.notRead ?? []) m.notRead!.push(n);
    for (const issue of portfolio.issues) {
      if (issue.kind === "missing-entity") {
        // Kept only if no submission has the entity (a resources-only submission has no register).
        if (!this.missing.has(issue.entity)) this.missing.set(issue.entity, issue);
        continue;
      }
      m.issues.push(issue);
    }
    this.hasher.add(file);
    this.hasher.add(fingerprint ?? "");
    this.submissions.push(summary);
    return summary;
  }

  /** The consolidated portfolio (the same object on every call; add() goes on filling it). */
  portfolio(): Portfolio {
    const m = this.merged;
    m.issues = m.issues.filter((i) => i.kind !== "missing-entity");
    for (const [entity, issue] of this.missing) {
      const found = m.detections.some((d) => d.entity === entity) || (m[entity] as unknown[]).length > 0;
      if (!found) m.issues.push(issue);
    }
    m.mergedResources = this.people.merged;
    return m;
  }

  /** One fingerprint for the submissions' data, in order. */
  fingerprint(): string {
    return this.hasher.hex();
  }
}
