/**
 * A consolidated workbook read on its own (`check --consolidate --out`, then `check portfolio.xlsx`):
 * its sheets carry a Source column naming each row's submission and cell (`[team-a.xlsx]Projects!A5`,
 * export-sheets.ts). The reader reads them like any register; what only the submissions knew is read
 * back from that column, so the workbook gives the same findings as the consolidation did:
 *
 * - people listed by several submissions are merged again the same way (PeopleMerge), so a capacity
 *   that differs between files is data/submission-conflict's, not a duplicate name;
 * - a project id repeated by different submissions is a duplicate id, not a status history
 *   (evidence.ts counts repeats per submission).
 *
 * Only a value in that exact form names a submission; anything else is an ordinary cell, and a sheet
 * without the column is read as it always was.
 */
import type { CellValue } from "../../workbook/grid";
import type { Portfolio, Resource } from "../model/portfolio";
import type { HeaderResult } from "../read/header";
import type { GridView } from "../read/a1";
import { normalizeHeader } from "../read/normalize";
import { SOURCE_HEADER } from "./export-sheets";
import { splitFileSheet } from "./sheets";
import { PeopleMerge } from "./people";

const SOURCE_KEY = normalizeHeader(SOURCE_HEADER);
const CELL = /^[A-Z]{1,3}[1-9]\d*$/;

/** The submission a Source cell names (`[team-a.xlsx]Resources!C4` -> "team-a.xlsx"), else undefined. */
export function sourceFile(value: CellValue): string | undefined {
  if (typeof value !== "string" || !value.startsWith("[")) return undefined;
  const bang = value.lastIndexOf("!");
  if (bang < 0 || !CELL.test(value.slice(bang + 1))) return undefined;
  const { file, sheet } = splitFileSheet(value.slice(0, bang));
  return file !== undefined && file !== "" && sheet !== "" ? file : undefined;
}

/** The column of a header's Source cell (an unmatched header "Source"), if it has one. */
export function sourceColumn(header: HeaderResult): number | undefined {
  for (const u of header.match.unmatched) if (normalizeHeader(u.text) === SOURCE_KEY) return u.col;
  return undefined;
}

/**
 * Merges the people of a consolidated workbook's Resources sheet whose Source names different
 * submissions, as the consolidation merged them; `sheets` are where the resources were read. In place.
 */
export function regroupSubmissions(portfolio: Portfolio, sheets: { view: GridView; header: HeaderResult }[]): void {
  const files = new Map<Resource, string>();
  for (const { view, header } of sheets) {
    const col = sourceColumn(header);
    if (col === undefined) continue;
    for (const r of portfolio.resources) {
      if (r.source.sheet !== view.name) continue;
      const file = sourceFile(view.value(r.source.row, col));
      if (file !== undefined) files.set(r, file);
    }
  }
  if (files.size < 2) return;
  const merge = new PeopleMerge();
  for (const r of portfolio.resources) merge.add(r, files.get(r));
  if (merge.merged.length === 0) return;
  portfolio.resources = merge.resources;
  portfolio.mergedResources = [...(portfolio.mergedResources ?? []), ...merge.merged];
}
