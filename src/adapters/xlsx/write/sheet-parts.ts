/** The parts of one new generated sheet: worksheet, drawing, charts, tables and their rels. */
import type { SheetSpec } from "../../../workbook/sheet-spec";
import { chartXml, drawingXml } from "./chart";
import type { ContentTypes } from "./content-types";
import { CT, REL, freePartName, readXml, relsPathOf, relsXml, writeText, type Parts, type Relationship } from "./package";
import type { StyleIndexes } from "./styles";
import { pickTableName } from "./names";
import { tableXml } from "./table";
import { writeWorksheet } from "./worksheet";

export interface NewSheetContext {
  parts: Parts;
  wbPath: string;
  date1904: boolean;
  styles: StyleIndexes;
  /** Lower-cased names already used by tables and defined names; grows as tables are added. */
  takenTables: Set<string>;
  /** Highest table id in the workbook, found on first use. */
  maxTableId?: number;
}

/** Target of `part` relative to the folder of `owner` (both package paths). */
function relativeTarget(owner: string, part: string): string {
  const from = owner.split("/").slice(0, -1);
  const to = part.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

function scanTables(ctx: NewSheetContext): number {
  if (ctx.maxTableId !== undefined) return ctx.maxTableId;
  let max = 0;
  for (const path of ctx.parts.keys()) {
    if (!/(^|\/)tables\/[^/]+\.xml$/i.test(path)) continue;
    const table = readXml(ctx.parts, path)!.documentElement!;
    max = Math.max(max, Number(table.getAttribute("id")) || 0);
    for (const key of ["name", "displayName"]) {
      const v = table.getAttribute(key);
      if (v) ctx.takenTables.add(v.toLowerCase());
    }
  }
  ctx.maxTableId = max;
  return max;
}

/**
 * Writes the worksheet and its dependants into ctx.parts under free part names, with their content
 * types; returns the worksheet's target relative to the workbook part.
 */
export function addSheetParts(spec: SheetSpec, sheetName: string, ctx: NewSheetContext, contentTypes: ContentTypes, tabSelected = false): string {
  const sheetPath = freePartName(ctx.parts, "xl/worksheets/sheet", ".xml");
  const overrides: [string, string][] = [[sheetPath, CT.worksheet]];
  const sheetRels: Relationship[] = [];
  let drawingRelId: string | undefined;
  const charts = spec.charts ?? [];
  if (charts.length) {
    const drawingPath = freePartName(ctx.parts, "xl/drawings/drawing", ".xml");
    drawingRelId = `rId${sheetRels.length + 1}`;
    sheetRels.push({ id: drawingRelId, type: `${REL}/drawing`, target: relativeTarget(sheetPath, drawingPath), external: false });
    writeText(ctx.parts, drawingPath, drawingXml(charts));
    overrides.push([drawingPath, CT.drawing]);
    const drawingRels: Relationship[] = [];
    charts.forEach((chart, i) => {
      const chartPath = freePartName(ctx.parts, "xl/charts/chart", ".xml");
      writeText(ctx.parts, chartPath, chartXml(chart, spec, sheetName, ctx.date1904, i));
      overrides.push([chartPath, CT.chart]);
      drawingRels.push({ id: `rId${i + 1}`, type: `${REL}/chart`, target: relativeTarget(drawingPath, chartPath), external: false });
    });
    writeText(ctx.parts, relsPathOf(drawingPath), relsXml(drawingRels));
  }
  const tableRelIds: string[] = [];
  for (const table of spec.tables ?? []) {
    const id = scanTables(ctx) + 1;
    ctx.maxTableId = id;
    const name = pickTableName(table.name, ctx.takenTables);
    ctx.takenTables.add(name.toLowerCase());
    const tablePath = freePartName(ctx.parts, "xl/tables/table", ".xml");
    writeText(ctx.parts, tablePath, tableXml(spec, table, id, name));
    overrides.push([tablePath, CT.table]);
    const relId = `rId${sheetRels.length + 1}`;
    sheetRels.push({ id: relId, type: `${REL}/table`, target: relativeTarget(sheetPath, tablePath), external: false });
    tableRelIds.push(relId);
  }
  const sheetCtx = { styles: ctx.styles, date1904: ctx.date1904, drawingRelId, tableRelIds, tabSelected };
  ctx.parts.stream(sheetPath, (out) => writeWorksheet(spec, sheetCtx, out));
  if (sheetRels.length) writeText(ctx.parts, relsPathOf(sheetPath), relsXml(sheetRels));
  for (const [part, type] of overrides) contentTypes.add(part, type);
  return relativeTarget(ctx.wbPath, sheetPath);
}
