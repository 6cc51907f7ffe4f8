/**
 * Finds the project register among the sheets that could be one: Excel Tables and sheets named like a
 * register first, other sheets by content only when none of those holds one. Candidates compete on
 * their evidence (evidence.ts), so a RAID log, a status history, a task list or an allocation plan is
 * not taken for the register, whatever its name, and the reasons are kept for the report.
 */
import type { TableInfo } from "../../workbook/grid";
import type { GridView } from "./a1";
import { contentAccepts, ENTITIES, FORMAT_SHEET, headerSignature, isAuxiliary, nameMatches } from "./candidates";
import { describeEvidence, registerEvidence } from "./evidence";
import type { RegisterEvidence } from "./evidence";
import type { Located } from "./locate";
import { appendAll } from "../arrays";

export interface ProjectsFound {
  /** The register (and sheets laid out exactly like it), each with why it was taken. */
  chosen: { loc: Located; why: string }[];
  /** Other candidates that may carry per-project figures (decided when the register's IDs are known). */
  others: Located[];
  /** Sheets that looked like a register and are not one, with why. */
  rejected: { sheet: string; why: string }[];
  /** A sheet named like a register without a header row, for the missing-entity reason. */
  note?: string;
}

export interface ProjectsLocator {
  views: GridView[];
  tables: TableInfo[];
  claimed: Set<string>;
  tryTable(t: TableInfo, how: Located["how"]): Located | null;
  trySheet(view: GridView, how: Located["how"]): Located | null;
}

const HOW: Record<Located["how"], string> = { table: "an Excel Table named like a register", "sheet-name": "named like a register", content: "its header names project fields", mapping: "the ruleset's mapping" };

/** The register and its runners-up. */
export function locateProjects(l: ProjectsLocator): ProjectsFound {
  const found: ProjectsFound = { chosen: [], others: [], rejected: [] };
  const named: Located[] = [];
  for (const t of l.tables) {
    if (!nameMatches("projects", t.name)) continue;
    const loc = l.tryTable(t, "table");
    if (loc) named.push(loc);
  }
  for (const v of l.views) {
    if (l.claimed.has(v.name) || !nameMatches("projects", v.name) || FORMAT_SHEET.test(v.name)) continue;
    const loc = l.trySheet(v, "sheet-name");
    if (loc) named.push(loc);
    else found.note ??= `sheet "${v.name}" is named like projects but no row in its first 60 looks like a projects header`;
  }
  const tier = choose(named, found);
  // Other sheets whose header names project fields: the register when no named sheet holds one,
  // else possibly per-project figures (a budget sheet keyed by project ID).
  const namedElse = (name: string) => ENTITIES.some((e) => e !== "projects" && nameMatches(e, name));
  const byContent: Located[] = [];
  for (const v of l.views) {
    if (l.claimed.has(v.name) || isAuxiliary(v.name) || nameMatches("projects", v.name) || namedElse(v.name)) continue;
    const loc = l.trySheet(v, "content");
    if (loc && contentAccepts("projects", loc.header)) byContent.push(loc);
  }
  if (tier.length === 0) choose(byContent, found);
  else appendAll(found.others, byContent.filter((loc) => onePerProject(loc)));
  return found;
}

/** Figures list each project once; a sheet repeating IDs is a log or a task list, not figures. */
function onePerProject(loc: Located): boolean {
  const e = registerEvidence(loc, false);
  return e.not === undefined && e.rows > 0 && e.distinct === e.rows;
}

/** Rejects what is not a register, takes the best of the rest (and its identical siblings); returns what was taken. */
function choose(candidates: Located[], found: ProjectsFound): Located[] {
  const scored: { loc: Located; e: RegisterEvidence }[] = [];
  for (const loc of candidates) {
    const e = registerEvidence(loc, loc.how !== "content");
    if (e.not) found.rejected.push({ sheet: loc.table ?? loc.view.name, why: e.not });
    else scored.push({ loc, e });
  }
  if (scored.length === 0) return [];
  scored.sort((a, b) => b.e.score - a.e.score);
  const best = scored[0];
  const signature = best.loc.table ? undefined : headerSignature(best.loc.header);
  const passedOver = scored.filter((s) => s !== best && (signature === undefined || s.loc.table || headerSignature(s.loc.header) !== signature));
  const rejectedText = found.rejected.map((r) => `; not "${r.sheet}": ${r.why}`).join("");
  for (const s of scored) {
    if (s !== best && !passedOver.includes(s)) found.chosen.push({ loc: s.loc, why: `laid out like "${best.loc.view.name}": ${describeEvidence(s.e, s.loc)}` });
  }
  found.chosen.unshift({ loc: best.loc, why: `${HOW[best.loc.how]}: ${describeEvidence(best.e, best.loc)}${rejectedText}` });
  appendAll(found.others, passedOver.filter((s) => s.e.distinct === s.e.rows).map((s) => s.loc));
  return found.chosen.map((c) => c.loc);
}
