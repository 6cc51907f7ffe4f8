/**
 * Wide plans: project and resource columns, then one column per month, week or day. Each non-empty,
 * non-zero period cell becomes one Assignment. Hours are turned into FTE with the hours available in the
 * period: a row that declares them ("Wkg Hrs Available") when there is one, else working days × hours a day.
 */
import type { Assignment, ReadIssue } from "../../model/portfolio";
import type { Ruleset } from "../../ruleset/types";
import { a1 } from "../a1";
import type { GridView } from "../a1";
import type { Located } from "../locate";
import { isPlaceholder } from "../normalize";
import type { PeriodColumn } from "../periods";
import { isPercentFormat } from "../values/date-format";
import { parsePercentText } from "../values/numbers";
import { EntityTable } from "./table";
import type { ReadContext } from "./table";

const AVAILABLE_ROW = /avail|working\s*h|wkg\.?\s*h|capacity|hours\s+in\s+(the\s+)?(month|period|week)|work(ing)?\s*days|fte\s+available/i;

export interface WideResult {
  assignments: Assignment[];
  unit: "fte" | "hours";
  /** Resource rows as found (name and row), for resources derived from the plan. */
  people: { name: string; row: number; col: number }[];
  /** Some rows took the sheet's fallback project (no project column, heading or key/value block). */
  usedFallback: boolean;
}

/**
 * Reads a wide plan. `projectOf` names the project a label stands for (its ID or name): a row whose label
 * is a project and that holds no numbers is a heading, and the people below it work on that project.
 */
export function readWideAssignments(
  loc: Located,
  ruleset: Ruleset,
  ctx: ReadContext,
  fallbackProject: string | undefined,
  unitOverride?: "fte" | "hours",
  projectOf: (label: string) => string | undefined = () => undefined,
): WideResult {
  const periods = loc.header.periods;
  const t = new EntityTable(loc, { projectId: "text", resource: "text" }, ctx, periods.map((p) => p.col), (label) => projectOf(label) !== undefined);
  const view = loc.view;
  const resourceCol = loc.header.match.fields.get("resource")?.col ?? loc.region.left;
  const available = new Map<number, number>();
  const rows: number[] = [];
  for (const row of t.rows) {
    const label = view.text(row, resourceCol);
    if (AVAILABLE_ROW.test(label)) {
      for (const p of periods) {
        const v = view.value(row, p.col);
        if (typeof v === "number" && v > 0) available.set(p.col, v);
      }
    } else if (!isAnnotationRow(view, row, periods)) rows.push(row);
  }
  const unit = unitOverride ?? detectUnit(loc, rows);
  const hoursPerDay = ruleset.thresholds.hoursPerDay;
  const workDays = new Set(ruleset.thresholds.workingDays);
  const capacityHours = new Map<number, number>();
  for (const p of periods) capacityHours.set(p.col, available.get(p.col) ?? Math.max(1, countWorkingDays(p, workDays)) * hoursPerDay);

  const out: Assignment[] = [];
  const people: WideResult["people"] = [];
  let heading: string | undefined;
  let usedFallback = false;
  for (const row of rows) {
    const resource = t.get<string>("resource", row);
    const own = t.getFilled<string>("projectId", row);
    const headed = own === undefined && resource !== undefined && !hasNumbers(view, row, periods) ? projectOf(resource) : undefined;
    if (headed !== undefined) {
      heading = headed;
      t.discard();
      continue;
    }
    const projectId = own ?? heading ?? fallbackProject ?? "";
    if (own === undefined && heading === undefined) usedFallback = true;
    t.flush(projectId || undefined, resource);
    if (!resource) continue;
    people.push({ name: resource, row, col: resourceCol });
    for (const p of periods) {
      const v = cellAmount(view, row, p.col);
      if (v === undefined || (typeof v !== "string" && v.value === 0)) continue;
      const location = { sheet: view.name, cell: a1(row, p.col), row };
      if (typeof v === "string" || v.value < 0) {
        ctx.issues.push(invalid(typeof v === "string" ? v : String(v.value), unit, projectId, resource, location));
        continue;
      }
      const allocation = v.percent ? v.value : unit === "hours" ? v.value / capacityHours.get(p.col)! : v.value;
      const source = t.source(row, { allocation: p.col });
      out.push({ projectId, resource, layout: "wide", period: p.key, start: p.start, finish: p.end, allocation, source });
    }
  }
  return { assignments: out, unit, people, usedFallback };
}

/** Whether any period cell holds an amount: a number, or text that reads as one ("50%", "0,5"). */
function hasNumbers(view: GridView, row: number, periods: PeriodColumn[]): boolean {
  for (const p of periods) if (isAmount(cellAmount(view, row, p.col))) return true;
  return false;
}

function isAmount(a: Amount): a is { value: number; percent: boolean } {
  return a !== undefined && typeof a !== "string";
}

type Amount = { value: number; percent: boolean } | string | undefined;

/** A period cell as a number (percent cells as fractions), undefined when blank, or its text when junk. */
function cellAmount(view: GridView, row: number, col: number): Amount {
  const v = view.value(row, col);
  if (v === null || v === undefined) return undefined;
  if (typeof v === "number") return Number.isFinite(v) ? { value: v, percent: isPercentFormat(view.format(row, col)) } : String(v);
  if (typeof v === "boolean") return String(v);
  const text = v.trim();
  if (isPlaceholder(text)) return undefined;
  const p = parsePercentText(text);
  return Number.isNaN(p.value) ? text : { value: p.value, percent: p.percentSign };
}

/**
 * A row whose period cells hold words and no amounts is a note ("Processing Month = Dec 27-Jan 23").
 * Amounts typed as text ("50%", "0.5") are amounts: a plan kept as text is still a plan.
 */
function isAnnotationRow(view: GridView, row: number, periods: PeriodColumn[]): boolean {
  let texts = 0;
  for (const p of periods) {
    const a = cellAmount(view, row, p.col);
    if (isAmount(a)) return false;
    if (a !== undefined) texts++;
  }
  return texts >= 2;
}

/** Hours or FTE: the header and title words first, then the values (FTE rarely exceeds 3 in a period). */
function detectUnit(loc: Located, rows: number[]): "fte" | "hours" {
  const { view, header, region } = loc;
  const words: string[] = [];
  for (let r = Math.max(view.top, header.row - 8); r <= header.row; r++) {
    for (let c = region.left; c <= Math.min(region.right, region.left + 40); c++) {
      const v = view.value(r, c);
      if (typeof v === "string") words.push(v);
    }
  }
  const text = words.join(" ");
  if (/\bfte\b|%|percent|allocation/i.test(text) && !/\bhours?\b|\bhrs\b/i.test(text)) return "fte";
  if (/\bhours?\b|\bhrs\b/i.test(text) && !/\bfte\b/i.test(text)) return "hours";
  const values: number[] = [];
  for (const row of rows) {
    for (const p of header.periods) {
      // Percent cells (formatted or typed "50%") are FTE fractions whatever the other cells say.
      const a = cellAmount(view, row, p.col);
      if (isAmount(a) && a.value > 0 && !a.percent) values.push(a.value);
    }
    if (values.length > 2000) break;
  }
  if (values.length === 0) return "fte";
  values.sort((a, b) => a - b);
  return values[Math.floor(values.length / 2)] > 3 ? "hours" : "fte";
}

function countWorkingDays(p: PeriodColumn, workDays: Set<number>): number {
  let n = 0;
  for (let d = p.start; d <= p.end; d++) if (workDays.has((((d + 3) % 7) + 7) % 7)) n++;
  return n;
}

function invalid(raw: string, unit: "fte" | "hours", projectId: string, resource: string, location: { sheet: string; cell: string; row: number }): ReadIssue {
  return { kind: "invalid-value", entity: "assignments", field: "allocation", expected: unit === "hours" ? "number" : "fte", raw, projectId: projectId || undefined, resource, location };
}
