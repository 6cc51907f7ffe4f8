/**
 * Resource Load: resource × period, the peak load as a share of the resource's capacity, coloured
 * over / at / under capacity, with the capacity beside each resource. Worst-loaded resources first.
 */
import type { ResourceLoad } from "../metrics/types";
import type { ConditionalRule, SheetSpec, SpecCell } from "../../workbook/sheet-spec";
import { cellPool, col, fitWidths, header, printSetup, text } from "./cells";
import { FIRST_CONTENT_ROW, headerRows } from "./header";
import { periodBounds, type DayNumber } from "../model/dates";
import type { ReportInput } from "./index";
import { maxOf } from "../arrays";

/** Load from which a resource counts as fully used ("at capacity"). */
export const AT_CAPACITY_FROM = 0.9;
const FIXED_COLUMNS = 6;

const LOAD_BANDS: ConditionalRule[] = [
  { type: "cellIs", operator: "greaterThan", values: [1], style: "bad" },
  { type: "cellIs", operator: "between", values: [AT_CAPACITY_FROM, 1], style: "good" },
  // Above zero only: an empty cell (no assignment) reads as 0 and stays uncoloured.
  { type: "cellIs", operator: "between", values: [0.000001, AT_CAPACITY_FROM], style: "info" },
];

interface LoadRow {
  load: ResourceLoad;
  byPeriod: Map<string, number>;
  peak: number;
  /** The first period with the peak load, when there is a load. */
  peakPeriod?: string;
  over: number;
}

/** Days shown before and after the as-of date: the recent past and the year ahead, per period kind. */
const WINDOW = { month: { before: 92, after: 366 }, week: { before: 28, after: 182 } };

/**
 * The periods worth a column: those overlapping the window around the as-of date (a 40-month plan
 * printed on one page width is unreadable). Falls back to every period when none is in the window.
 */
export function visiblePeriods(all: string[], asOf: DayNumber, kind: "month" | "week"): string[] {
  const w = WINDOW[kind];
  const inWindow = all.filter((key) => {
    const b = periodBounds(key);
    return !b || (b.end >= asOf - w.before && b.start <= asOf + w.after);
  });
  return inWindow.length ? inWindow : all;
}

/** Peak and over-allocated count cover the whole plan, even when only some periods get a column. */
function loadRow(load: ResourceLoad, shown: ReadonlySet<string>): LoadRow {
  const byPeriod = new Map<string, number>();
  for (const p of load.periods) if (load.capacity > 0) byPeriod.set(p.period, p.peak / load.capacity);
  const ratios = [...byPeriod.values()];
  const peak = ratios.length ? maxOf(ratios) : 0;
  // The first period at the peak among those shown, else the first at all: a peak shown is never sent elsewhere.
  const atPeak = [...byPeriod].filter(([, r]) => r === peak).map(([p]) => p).sort();
  const peakPeriod = atPeak.find((p) => shown.has(p)) ?? atPeak[0];
  return { load, byPeriod, peak, ...(peakPeriod !== undefined && peak > 0 ? { peakPeriod } : {}), over: ratios.filter((r) => r > 1).length };
}

export function resourceSheet(input: ReportInput): SheetSpec {
  const all = [...new Set(input.result.metrics.resourceLoad.flatMap((r) => r.periods.map((p) => p.period)))].sort();
  const periods = visiblePeriods(all, input.asOf, input.result.period);
  const shown = new Set(periods);
  const loads = input.result.metrics.resourceLoad.map((l) => loadRow(l, shown)).sort((a, b) => b.peak - a.peak || a.load.resource.localeCompare(b.load.resource));
  const unit = input.result.period === "week" ? "weeks" : "months";
  const span = periods.length < all.length ? ` Showing ${periods[0]} to ${periods[periods.length - 1]} (around the as-of date); peak load and over-allocated ${unit} cover the whole plan.` : "";
  const top = FIRST_CONTENT_ROW;
  const labels = ["Resource", "In resource list", "Capacity (FTE)", "Peak load", "Peak in", `Over-allocated ${unit}`, ...periods];
  // Most cells repeat (the same ratios, "Yes", a period): one object each (cellPool).
  const pool = cellPool();
  const data: SpecCell[][] = loads.map((r) => [
    text(r.load.resource),
    r.load.listed ? pool.text("Yes") : pool.text(`No: capacity assumed`, "warn"),
    pool.num(r.load.capacity, "decimal2"),
    pool.num(r.load.capacity > 0 ? r.peak : undefined, "percent"),
    // Where the peak is: a period outside the columns shown says so, so the peak is never hidden.
    pool.text(r.peakPeriod === undefined ? "" : shown.has(r.peakPeriod) ? r.peakPeriod : `${r.peakPeriod} (not shown)`),
    pool.num(r.over, "integer"),
    ...periods.map((p) => pool.num(r.byPeriod.get(p), "percent")),
  ]);
  const unlisted = loads.filter((r) => !r.load.listed).length;
  if (data.length === 0) data.push([text("No resource assignments found.", "note")]);
  const bottom = top + data.length;
  const lastCol = col(FIXED_COLUMNS + Math.max(periods.length, 1));
  const unknown = unlisted ? ` ${unlisted} booked ${unlisted === 1 ? "person is" : "people are"} not in the resource list: their load is against the ruleset's default capacity.` : "";
  const columns = fitWidths([28, 12, 10, 10, 19, 10, ...periods.map(() => 9)], labels);
  return {
    key: "resources",
    name: "Resource Load",
    tabColor: "ED7D31",
    columns,
    rows: [
      ...headerRows("Resource Load", input, `Peak load as % of capacity per period. Red: over capacity (above 100%); green: at capacity (${AT_CAPACITY_FROM * 100}–100%); blue: under capacity.${span}${unknown}`),
      header(labels, (i) => i === 2 || i === 3 || i >= 5),
      ...data,
    ],
    freeze: { rows: top, cols: 1 },
    // One block per range (not a space-separated list) so every writer can apply it as is.
    conditionalFormats: [
      { ref: `D${top + 1}:D${bottom}`, rules: LOAD_BANDS },
      { ref: `G${top + 1}:${lastCol}${bottom}`, rules: LOAD_BANDS },
      { ref: `F${top + 1}:F${bottom}`, rules: [{ type: "cellIs", operator: "greaterThan", values: [0], style: "bad" }] },
    ],
    print: printSetup(columns),
  };
}
