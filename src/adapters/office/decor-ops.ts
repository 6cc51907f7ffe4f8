/**
 * Tables, conditional formats and native charts of a generated sheet. Tables are created under a
 * temporary name (the old sheet's table may still hold the final one) and renamed in the final sync.
 */
import type { ChartSpec, ConditionalFormatSpec, ConditionalRule, SheetSpec } from "../../workbook/sheet-spec";
import { statusColors } from "./cells";
import { op, type Op } from "./ops";
import type { SheetHandle } from "./sheet-ops";
import { cellName } from "./a1";

export interface TableHandle {
  table?: Excel.Table;
  /** The table's name in the spec; the final, workbook-unique name is decided with the swap. */
  specName: string;
}

const OPERATORS = {
  lessThan: "LessThan",
  lessThanOrEqual: "LessThanOrEqual",
  greaterThan: "GreaterThan",
  greaterThanOrEqual: "GreaterThanOrEqual",
  between: "Between",
  equal: "EqualTo",
} as const;

const STACKED_TYPES = { column: "ColumnStacked", clusteredColumn: "ColumnStacked", bar: "BarStacked", line: "Line" } as const;

const CHART_TYPES: Record<ChartSpec["kind"], "ColumnClustered" | "BarClustered" | "Line"> = {
  column: "ColumnClustered",
  clusteredColumn: "ColumnClustered",
  bar: "BarClustered",
  line: "Line",
};

export function tableOps(spec: SheetSpec, handle: SheetHandle, tables: TableHandle[], tempSuffix: string): Op[] {
  return (spec.tables ?? []).map((t) => {
    const entry: TableHandle = { specName: t.name };
    tables.push(entry);
    return op(t, () => {
      const table = handle.sheet!.tables.add(handle.sheet!.getRange(t.ref), true);
      table.name = `${t.name}${tempSuffix}`;
      table.style = t.style ?? "TableStyleMedium2";
      entry.table = table;
    });
  });
}

function ruleOf(rule: ConditionalRule): Excel.ConditionalCellValueRule {
  if (rule.type === "textEquals") return { formula1: `="${rule.text.replace(/"/g, '""')}"`, operator: "EqualTo" };
  const [a, b] = rule.values;
  return b === undefined || rule.operator !== "between" ? { formula1: String(a), operator: OPERATORS[rule.operator] } : { formula1: String(a), formula2: String(b), operator: OPERATORS.between };
}

/** Added last rule first: Excel puts each new rule on top, so the spec's first rule ends up winning. */
export function conditionalOps(specs: ConditionalFormatSpec[] | undefined, handle: SheetHandle): Op[] {
  const ops: Op[] = [];
  for (const cf of specs ?? []) {
    for (const rule of [...cf.rules].reverse()) {
      ops.push(op({ ref: cf.ref, rule }, () => {
        const format = handle.sheet!.getRange(cf.ref).conditionalFormats.add("CellValue");
        format.cellValue.rule = ruleOf(rule);
        const colors = statusColors(rule.style);
        format.cellValue.format.fill.color = colors.fill;
        format.cellValue.format.font.color = colors.font;
        format.stopIfTrue = true;
      }));
    }
  }
  return ops;
}

/** A line chart shows its series' line, not their fill: the colour goes to format.line.color there. */
function colorSeries(series: Excel.ChartSeries, kind: ChartSpec["kind"], color: string): void {
  const hex = color.startsWith("#") ? color : `#${color.slice(-6)}`;
  if (kind === "line") series.format.line.color = hex;
  else series.format.fill.setSolidColor(hex);
}

/** `axisFormat`: the host has ExcelApi 1.8 (ChartAxis.numberFormat); without it the axis keeps Excel's format. */
export function chartOps(charts: ChartSpec[] | undefined, handle: SheetHandle, axisFormat: boolean): Op[] {
  return (charts ?? [])
    .filter((c) => c.series.length > 0)
    .map((c) =>
      op(c, () => {
        const sheet = handle.sheet!;
        const [first, ...more] = c.series;
        const chart = sheet.charts.add(c.stacked && c.series.length > 1 ? STACKED_TYPES[c.kind] : CHART_TYPES[c.kind], sheet.getRange(first.ref), "Columns");
        chart.title.text = c.title;
        chart.setPosition(cellName(c.anchor.from.col, c.anchor.from.row), cellName(c.anchor.to.col, c.anchor.to.row));
        const categories = sheet.getRange(c.categories);
        const s0 = chart.series.getItemAt(0);
        s0.name = first.name;
        s0.setXAxisValues(categories);
        if (first.color) colorSeries(s0, c.kind, first.color);
        for (const s of more) {
          const series = chart.series.add(s.name);
          series.setValues(sheet.getRange(s.ref));
          series.setXAxisValues(categories);
          if (s.color) colorSeries(series, c.kind, s.color);
        }
        if (c.xAxisTitle) chart.axes.categoryAxis.title.text = c.xAxisTitle;
        if (c.yAxisTitle) chart.axes.valueAxis.title.text = c.yAxisTitle;
        if (c.valueFormat && axisFormat) chart.axes.valueAxis.numberFormat = c.valueFormat;
      }),
    );
}
