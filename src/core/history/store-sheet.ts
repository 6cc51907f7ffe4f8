/**
 * Where the run history lives in a workbook: a very hidden sheet "_PMORulebook_History", beside the
 * ruleset's "_PMORulebook", in the product's own store. A1 is its title, A2 says how it is laid out,
 * and each following row is one run: the snapshot as JSON, split over the row's cells (A, B, C, …)
 * every 30,000 characters (a cell holds at most 32,767). Both writers rewrite the sheet in place on
 * every run; both readers read it like any other sheet, and the reader and the fingerprint skip it.
 */
import type { SheetGrid, WorkbookSource } from "../../workbook/grid";
import { HISTORY_SHEET, type SheetSpec } from "../../workbook/sheet-spec";
import type { Snapshot } from "./snapshot";

export { HISTORY_SHEET };
export const HISTORY_TITLE = "PMO Rulebook run history";
const LAYOUT_NOTE = "One run per row from row 3: the snapshot as JSON, split over the row's cells. Written by PMO Rulebook on each run; do not edit.";
const CHUNK = 30_000;
const FIRST_RUN_ROW = 3;

/** The history sheet of a workbook, found by name ignoring case, as the ruleset sheet is. */
function historyGrid(source: WorkbookSource): SheetGrid | undefined {
  return source.sheets.find((s) => s.name.toLowerCase() === HISTORY_SHEET.toLowerCase());
}

function isSnapshot(x: unknown): x is Snapshot {
  if (x === null || typeof x !== "object") return false;
  const s = x as Partial<Snapshot>;
  return (
    typeof s.v === "number" &&
    typeof s.asOf === "string" &&
    typeof s.data === "string" &&
    typeof s.ruleset === "object" && s.ruleset !== null &&
    typeof s.counts === "object" && s.counts !== null &&
    typeof s.projects === "object" && s.projects !== null &&
    (s.findings === undefined || (Array.isArray(s.findings) && s.findings.every((k) => typeof k === "string")))
  );
}

/**
 * The snapshots recorded in the workbook, oldest first. A row that is not a snapshot (damaged, or of
 * a later format) is left out rather than guessed at; an absent or foreign sheet gives none.
 */
export function readSnapshots(source: WorkbookSource): Snapshot[] {
  const grid = historyGrid(source);
  if (!grid || grid.left > 1) return [];
  const rowCells = (row: number) => grid.values[row - grid.top] ?? [];
  const title = rowCells(1)[1 - grid.left];
  if (typeof title !== "string" || title.trim() !== HISTORY_TITLE) return [];
  const out: Snapshot[] = [];
  for (let row = Math.max(FIRST_RUN_ROW, grid.top); row < grid.top + grid.values.length; row++) {
    const json = rowCells(row).map((v) => (typeof v === "string" ? v : "")).join("");
    if (json.trim() === "") continue;
    try {
      const parsed: unknown = JSON.parse(json);
      if (isSnapshot(parsed)) out.push(parsed);
    } catch {
      // A damaged row is not a run.
    }
  }
  return out;
}

/** Splits text into cells of at most CHUNK characters, never between the halves of a surrogate pair. */
function chunks(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; ) {
    let end = Math.min(text.length, i + CHUNK);
    if (end < text.length && /[\uD800-\uDBFF]/.test(text[end - 1])) end--;
    out.push(text.slice(i, end));
    i = end;
  }
  return out.length ? out : [""];
}

/** The history sheet as a spec: the product's very hidden store, replaced whole on each write. */
export function historySheet(history: readonly Snapshot[]): SheetSpec {
  return {
    key: HISTORY_SHEET,
    name: HISTORY_SHEET,
    store: true,
    columns: [{ width: 60 }],
    rows: [
      [{ value: HISTORY_TITLE, type: "text" }],
      [{ value: LAYOUT_NOTE, type: "text" }],
      ...history.map((s) => chunks(JSON.stringify(s)).map((c) => ({ value: c, type: "text" as const }))),
    ],
  };
}
