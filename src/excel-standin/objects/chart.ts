/** Excel.ChartCollection and Chart with title, axes, series and position: what a report chart needs. */
import { parseRect } from "../a1";
import { installProps, StandinObject, type TypeDef } from "../client-object";
import { StandinCollection } from "../collection";
import type { StandinContext } from "../context";
import { officeError, StandinErrorCodes } from "../errors";
import { getValue, type ChartSeriesState, type ChartState, type SheetRef, type SheetState } from "../state";
import { assertEditable, Range, type RangeEntity } from "./range";

interface ChartEntity {
  sheet: SheetState;
  chart: ChartState;
}
interface SeriesEntity extends ChartEntity {
  series: ChartSeriesState;
}

/** A proxy type with only scalar properties, for the small parts of a chart. */
function partType<E>(def: TypeDef<E>) {
  const Part = class extends StandinObject<E> {
    constructor(ctx: StandinContext, path: string, locate: () => E) {
      super(ctx, path, locate);
    }
    protected typeDef(): TypeDef<E> {
      return def;
    }
  };
  installProps(Part, def);
  return Part;
}

const ChartTitle = partType<ChartEntity>({ name: "ChartTitle", props: { text: { get: (e) => e.chart.title, set: (e, v) => void (e.chart.title = String(v)) } } });
interface AxisEntity extends ChartEntity {
  kind: "value" | "category";
}
const axisOf = (e: AxisEntity) => (e.kind === "value" ? e.chart.valueAxis : e.chart.categoryAxis);
const ChartAxisTitle = partType<AxisEntity>({
  name: "ChartAxisTitle",
  props: { text: { get: (e) => axisOf(e).title ?? "", set: (e, v) => void (axisOf(e).title = String(v)) } },
});
const ChartLegend = partType<ChartEntity>({ name: "ChartLegend", props: { visible: { get: () => true, set: () => undefined }, position: { get: () => "Right", set: () => undefined } } });

class ChartAxis extends StandinObject<AxisEntity> {
  static readonly def: TypeDef<AxisEntity> = {
    name: "ChartAxis",
    navs: ["title"],
    props: {
      numberFormat: {
        get: (e) => (e.kind === "value" ? (e.chart.valueAxis.numberFormat ?? "General") : "General"),
        set: (e, v) => {
          if (e.kind !== "value") throw officeError(StandinErrorCodes.invalidArgument, "Only the value axis has a number format in the stand-in.", "ChartAxis.numberFormat");
          e.chart.valueAxis.numberFormat = String(v);
        },
      },
    },
  };
  constructor(ctx: StandinContext, path: string, locate: () => AxisEntity) {
    super(ctx, path, locate);
  }
  protected typeDef(): TypeDef<AxisEntity> {
    return ChartAxis.def;
  }
  get title(): InstanceType<typeof ChartAxisTitle> {
    return this.child("title", () => new ChartAxisTitle(this.context, `${this.path}.title`, () => this.entity()));
  }
}
installProps(ChartAxis, ChartAxis.def);

class ChartAxes extends StandinObject<ChartEntity> {
  constructor(ctx: StandinContext, path: string, locate: () => ChartEntity) {
    super(ctx, path, locate);
  }
  protected typeDef(): TypeDef<ChartEntity> {
    return { name: "ChartAxes", navs: ["valueAxis", "categoryAxis"], props: {} };
  }
  get valueAxis(): ChartAxis {
    return this.child("valueAxis", () => new ChartAxis(this.context, `${this.path}.valueAxis`, () => ({ ...this.entity(), kind: "value" })));
  }
  get categoryAxis(): ChartAxis {
    return this.child("categoryAxis", () => new ChartAxis(this.context, `${this.path}.categoryAxis`, () => ({ ...this.entity(), kind: "category" })));
  }
}

class ChartFill extends StandinObject<SeriesEntity> {
  constructor(ctx: StandinContext, path: string, locate: () => SeriesEntity) {
    super(ctx, path, locate);
  }
  protected typeDef(): TypeDef<SeriesEntity> {
    return { name: "ChartFill", props: {} };
  }
  setSolidColor(color: string): void {
    this.call("setSolidColor", [color], () => void (this.entity().series.fill = color.toUpperCase()));
  }
}

/** A series' line: on a line chart this, not the fill, is the colour the user sees. */
const ChartLineFormat = partType<SeriesEntity>({
  name: "ChartLineFormat",
  props: { color: { get: (e) => e.series.lineColor ?? "", set: (e, v) => void (e.series.lineColor = String(v).toUpperCase()) } },
});

class ChartSeriesFormat extends StandinObject<SeriesEntity> {
  constructor(ctx: StandinContext, path: string, locate: () => SeriesEntity) {
    super(ctx, path, locate);
  }
  protected typeDef(): TypeDef<SeriesEntity> {
    return { name: "ChartSeriesFormat", navs: ["fill", "line"], props: {} };
  }
  get fill(): ChartFill {
    return this.child("fill", () => new ChartFill(this.context, `${this.path}.fill`, () => this.entity()));
  }
  get line(): InstanceType<typeof ChartLineFormat> {
    return this.child("line", () => new ChartLineFormat(this.context, `${this.path}.line`, () => this.entity()));
  }
}

function refOf(range: Range): SheetRef {
  const e: RangeEntity = range.entity();
  return { sheetId: e.sheet.id, rect: { ...e.rect } };
}

export class ChartSeries extends StandinObject<SeriesEntity> {
  static readonly def: TypeDef<SeriesEntity> = {
    name: "ChartSeries",
    navs: ["format"],
    props: { name: { get: (e) => e.series.name, set: (e, v) => void (e.series.name = String(v)) } },
  };
  constructor(ctx: StandinContext, path: string, locate: () => SeriesEntity | null) {
    super(ctx, path, locate);
  }
  protected typeDef(): TypeDef<SeriesEntity> {
    return ChartSeries.def;
  }
  get format(): ChartSeriesFormat {
    return this.child("format", () => new ChartSeriesFormat(this.context, `${this.path}.format`, () => this.entity()));
  }
  setValues(sourceData: Range): void {
    this.call("setValues", ["range"], () => void (this.entity().series.values = refOf(sourceData)));
  }
  setXAxisValues(sourceData: Range): void {
    this.call("setXAxisValues", ["range"], () => void (this.entity().series.categories = refOf(sourceData)));
  }
}
installProps(ChartSeries, ChartSeries.def);

class ChartSeriesCollection extends StandinCollection<SeriesEntity, ChartSeries> {
  private readonly chart: () => ChartEntity;
  constructor(ctx: StandinContext, path: string, chart: () => ChartEntity) {
    super(ctx, path, () => {
      const c = chart();
      return c.chart.series.map((series) => ({ ...c, series }));
    });
    this.chart = chart;
  }
  protected itemType(): string {
    return "ChartSeries";
  }
  protected makeItem(entity: SeriesEntity, path: string): ChartSeries {
    return new ChartSeries(this.context, path, () => entity);
  }
  getItemAt(index: number): ChartSeries {
    return new ChartSeries(this.context, `${this.path}.getItemAt(${index})`, () => {
      const list = this.entity();
      if (!list[index]) throw officeError(StandinErrorCodes.itemNotFound, `The chart has no series ${index}.`, "ChartSeriesCollection.getItemAt");
      return list[index];
    });
  }
  add(name?: string): ChartSeries {
    let created: SeriesEntity | undefined;
    this.call("add", [name ?? null], () => {
      const c = this.chart();
      const series: ChartSeriesState = { name: name ?? `Series${c.chart.series.length + 1}` };
      c.chart.series.push(series);
      created = { ...c, series };
    });
    return new ChartSeries(this.context, `${this.path}.add(${name ?? ""})`, () => created ?? null);
  }
}

export class Chart extends StandinObject<ChartEntity> {
  static readonly def: TypeDef<ChartEntity> = {
    name: "Chart",
    navs: ["title", "axes", "series", "legend"],
    props: {
      id: { get: (e) => e.chart.id },
      name: { get: (e) => e.chart.name, set: (e, v) => void (e.chart.name = String(v)) },
      chartType: { get: (e) => e.chart.type, set: (e, v) => void (e.chart.type = String(v)) },
    },
  };
  constructor(ctx: StandinContext, path: string, locate: () => ChartEntity | null) {
    super(ctx, path, locate);
  }
  protected typeDef(): TypeDef<ChartEntity> {
    return Chart.def;
  }
  protected override isAlive(e: ChartEntity): boolean {
    return this.context.host.state.sheets.includes(e.sheet) && e.sheet.charts.includes(e.chart);
  }
  get title(): InstanceType<typeof ChartTitle> {
    return this.child("title", () => new ChartTitle(this.context, `${this.path}.title`, () => this.entity()));
  }
  get axes(): ChartAxes {
    return this.child("axes", () => new ChartAxes(this.context, `${this.path}.axes`, () => this.entity()));
  }
  get series(): ChartSeriesCollection {
    return this.child("series", () => new ChartSeriesCollection(this.context, `${this.path}.series`, () => this.entity()));
  }
  get legend(): InstanceType<typeof ChartLegend> {
    return this.child("legend", () => new ChartLegend(this.context, `${this.path}.legend`, () => this.entity()));
  }
  /** Places the chart over the cells from startCell to endCell. */
  setPosition(startCell: Range | string, endCell?: Range | string): void {
    this.call("setPosition", [typeof startCell === "string" ? startCell : "range", typeof endCell === "string" ? endCell : "range"], () => {
      const e = this.entity();
      const at = (cell: Range | string) => {
        const rect = typeof cell === "string" ? parseRect(cell) : cell.entity().rect;
        if (!rect) throw officeError(StandinErrorCodes.invalidArgument, `Invalid cell '${String(cell)}'.`, "Chart.setPosition");
        return rect;
      };
      const from = at(startCell);
      const to = endCell === undefined ? from : at(endCell);
      e.chart.position = { from: { row: from.row, col: from.col }, to: { row: to.row + to.rows - 1, col: to.col + to.cols - 1 } };
    });
  }
  delete(): void {
    this.call("delete", [], () => {
      const e = this.entity();
      assertEditable(e.sheet);
      e.sheet.charts = e.sheet.charts.filter((c) => c !== e.chart);
    });
  }
}
installProps(Chart, Chart.def);

const CHART_TYPES = new Set(["ColumnClustered", "ColumnStacked", "BarClustered", "BarStacked", "Line", "LineMarkers", "Pie", "Area", "XYScatter"]);

export class ChartCollection extends StandinCollection<ChartEntity, Chart> {
  private readonly sheet: () => SheetState;
  constructor(ctx: StandinContext, path: string, sheet: () => SheetState) {
    super(ctx, path, () => {
      const s = sheet();
      return s.charts.map((chart) => ({ sheet: s, chart }));
    });
    this.sheet = sheet;
  }
  protected itemType(): string {
    return "Chart";
  }
  protected makeItem(entity: ChartEntity, path: string): Chart {
    return new Chart(this.context, path, () => entity);
  }
  getItemAt(index: number): Chart {
    return new Chart(this.context, `${this.path}.getItemAt(${index})`, () => {
      const list = this.entity();
      if (!list[index]) throw officeError(StandinErrorCodes.itemNotFound, `The sheet has no chart ${index}.`, "ChartCollection.getItemAt");
      return list[index];
    });
  }

  /** Excel builds series from sourceData: one per column (or row), a leading text column as categories. */
  add(type: string, sourceData: Range, seriesBy: string = "Auto"): Chart {
    let created: ChartEntity | undefined;
    this.call("add", [type, "range", seriesBy], () => {
      const sheet = this.sheet();
      assertEditable(sheet);
      if (!CHART_TYPES.has(type)) throw officeError(StandinErrorCodes.invalidArgument, `Chart type ${type} is not supported by the stand-in.`, "ChartCollection.add");
      const source = sourceData.entity();
      const state = this.context.host.state;
      const chart: ChartState = { id: `{C${state.nextId++}}`, name: `Chart ${sheet.charts.length + 1}`, type, title: "", series: seriesFrom(source, seriesBy), valueAxis: {}, categoryAxis: {} };
      sheet.charts.push(chart);
      created = { sheet, chart };
    });
    return new Chart(this.context, `${this.path}.add(${type})`, () => created ?? null);
  }
}

function seriesFrom(source: RangeEntity, seriesBy: string): ChartSeriesState[] {
  const { sheet, rect } = source;
  // Transposed view: "lines" are the series direction, "cells" run along each series.
  const byRows = seriesBy === "Rows";
  const at = (line: number, cell: number) => (byRows ? getValue(sheet, rect.row + line, rect.col + cell) : getValue(sheet, rect.row + cell, rect.col + line));
  const lines = byRows ? rect.rows : rect.cols;
  const cells = byRows ? rect.cols : rect.rows;
  const header = cells > 1 && typeof at(lines - 1, 0) === "string";
  const labels = lines > 1 && typeof at(0, cells - 1) === "string";
  const span = (line: number): SheetRef => {
    const skip = header ? 1 : 0;
    return byRows
      ? { sheetId: sheet.id, rect: { row: rect.row + line, col: rect.col + skip, rows: 1, cols: cells - skip } }
      : { sheetId: sheet.id, rect: { row: rect.row + skip, col: rect.col + line, rows: cells - skip, cols: 1 } };
  };
  const categories = labels ? span(0) : undefined;
  const out: ChartSeriesState[] = [];
  for (let line = labels ? 1 : 0; line < lines; line++) {
    out.push({ name: header ? String(at(line, 0)) : `Series${out.length + 1}`, values: span(line), categories });
  }
  return out;
}
