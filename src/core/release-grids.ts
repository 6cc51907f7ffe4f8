/**
 * Dropping a source's cell grids once the portfolio has been read from them, for a caller that needs
 * them no longer (the CLI): at 100k projects the grids are most of a gigabyte, and the rules, the
 * report and the writer do not read them. What still needs cells keeps them: the product's own
 * sheets (every sheet a marker name points at, edited or not, and the ruleset and history sheets),
 * which a writer compares with their records to tell whether the user edited them since.
 */
import type { WorkbookSource } from "../workbook/grid";
import { isMarkerName, sheetOfFormula } from "../workbook/markers";
import { EMBEDDED_RULESET_SHEET, HISTORY_SHEET } from "../workbook/sheet-spec";

/**
 * Removes from `source.sheets` every grid but the product's own sheets' (see the module comment), in
 * place: every holder of the source sees the same, smaller list. A source whose names are unknown
 * (an adapter that cannot list them) keeps every grid, since its generated sheets cannot be told
 * apart. Returns the number of grids dropped.
 */
export function releaseGrids(source: WorkbookSource): number {
  if (source.names === undefined) return 0;
  const keep = new Set([EMBEDDED_RULESET_SHEET.toLowerCase(), HISTORY_SHEET.toLowerCase()]);
  for (const n of source.names) {
    if (!isMarkerName(n.name)) continue;
    const sheet = sheetOfFormula(n.formula);
    if (sheet !== null) keep.add(sheet.toLowerCase());
    if (n.sheet !== undefined) keep.add(n.sheet.toLowerCase());
  }
  const before = source.sheets.length;
  source.sheets = source.sheets.filter((s) => keep.has(s.name.toLowerCase()));
  return before - source.sheets.length;
}
