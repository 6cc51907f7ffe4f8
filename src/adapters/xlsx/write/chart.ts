/**
 * Native chart parts (c:chartSpace) for a ChartSpec. Series refer to cells of the generated sheet and
 * carry cached values (c:strCache / c:numCache), so the chart draws before any recalculation. Element
 * order follows ECMA-376 (CT_ChartSpace, CT_Chart, CT_PlotArea, CT_BarChart/CT_LineChart, CT_BarSer,
 * CT_CatAx, CT_ValAx), which is the order Excel writes.
 */
import type { ChartSpec, SheetSpec, SpecCell } from "../../../workbook/sheet-spec";
import { absoluteRange, escapeXml, parseRange, sheetPrefix, xmlNumber } from "./xml";

/** Office-like palette used when a series names no colour. */
const PALETTE = ["1F4E79", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47"];

function rangeCells(spec: SheetSpec, ref: string): (SpecCell | null)[] {
  const r = parseRange(ref);
  if (!r) return [];
  const out: (SpecCell | null)[] = [];
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out.push(spec.rows[row - 1]?.[col - 1] ?? null);
  return out;
}

function richText(text: string, size: number, bold: boolean): string {
  const b = bold ? "1" : "0";
  return (
    `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${b}"/></a:pPr>` +
    `<a:r><a:rPr lang="en-US" sz="${size}" b="${b}"/><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx>`
  );
}

function titleXml(text: string, size: number): string {
  return `<c:title>${richText(text, size, true)}<c:overlay val="0"/></c:title>`;
}

function categoriesXml(ref: string, cells: (SpecCell | null)[]): string {
  const pts = cells.map((c, i) => (c && c.value !== null ? `<c:pt idx="${i}"><c:v>${escapeXml(String(c.value))}</c:v></c:pt>` : "")).join("");
  return `<c:cat><c:strRef><c:f>${escapeXml(ref)}</c:f><c:strCache><c:ptCount val="${cells.length}"/>${pts}</c:strCache></c:strRef></c:cat>`;
}

function valuesXml(ref: string, cells: (SpecCell | null)[], format: string): string {
  const pts = cells
    .map((c, i) => (c && typeof c.value === "number" && Number.isFinite(c.value) ? `<c:pt idx="${i}"><c:v>${xmlNumber(c.value)}</c:v></c:pt>` : ""))
    .join("");
  return `<c:val><c:numRef><c:f>${escapeXml(ref)}</c:f><c:numCache><c:formatCode>${escapeXml(format)}</c:formatCode><c:ptCount val="${cells.length}"/>${pts}</c:numCache></c:numRef></c:val>`;
}

const solid = (hex: string) => `<a:solidFill><a:srgbClr val="${hex}"/></a:solidFill>`;
const GRID_LINE = `<c:spPr><a:ln w="9525"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr>`;
const AXIS_TEXT = `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"/></a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr>`;

function axesXml(chart: ChartSpec, ids: [number, number], horizontal: boolean): string {
  const [catId, valId] = ids;
  const catTitle = chart.xAxisTitle ? titleXml(chart.xAxisTitle, 900) : "";
  const valTitle = chart.yAxisTitle ? titleXml(chart.yAxisTitle, 900) : "";
  // Horizontal bars list the first category at the top, as the sheet does: reverse the category
  // axis and let the value axis cross at the maximum category so its labels stay at the bottom.
  const catOrientation = horizontal ? "maxMin" : "minMax";
  const cat =
    `<c:catAx><c:axId val="${catId}"/><c:scaling><c:orientation val="${catOrientation}"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${horizontal ? "l" : "b"}"/>${catTitle}<c:numFmt formatCode="General" sourceLinked="1"/>` +
    `<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${AXIS_TEXT}` +
    `<c:crossAx val="${valId}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const val =
    `<c:valAx><c:axId val="${valId}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${horizontal ? "b" : "l"}"/><c:majorGridlines>${GRID_LINE}</c:majorGridlines>${valTitle}` +
    `<c:numFmt formatCode="${escapeXml(chart.valueFormat ?? "General")}" sourceLinked="0"/>` +
    `<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${AXIS_TEXT}` +
    `<c:crossAx val="${catId}"/><c:crosses val="${horizontal ? "max" : "autoZero"}"/><c:crossBetween val="between"/></c:valAx>`;
  return cat + val;
}

/** The chartN.xml part for one chart of a generated sheet named `sheetName`. */
export function chartXml(chart: ChartSpec, spec: SheetSpec, sheetName: string, date1904: boolean, chartIndex: number): string {
  const prefix = sheetPrefix(sheetName);
  const catRef = prefix + absoluteRange(chart.categories);
  const catCells = rangeCells(spec, chart.categories);
  const format = chart.valueFormat ?? "General";
  const isLine = chart.kind === "line";
  const horizontal = chart.kind === "bar";
  const single = chart.series.length === 1;
  const stacked = !isLine && chart.stacked === true && !single;
  const series = chart.series.map((s, i) => {
    const color = (s.color ?? PALETTE[i % PALETTE.length]).replace(/^#/, "").toUpperCase();
    const look = isLine
      ? `<c:spPr><a:ln w="28575" cap="rnd">${solid(color)}<a:round/></a:ln></c:spPr><c:marker><c:symbol val="circle"/><c:size val="5"/><c:spPr>${solid(color)}</c:spPr></c:marker>`
      : `<c:spPr>${solid(color)}</c:spPr><c:invertIfNegative val="0"/>`;
    const body = `${categoriesXml(catRef, catCells)}${valuesXml(prefix + absoluteRange(s.ref), rangeCells(spec, s.ref), format)}`;
    return `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx>${look}${body}${isLine ? '<c:smooth val="0"/>' : ""}</c:ser>`;
  });
  // Axis ids only need to be unique within the chart; derive them from its index for readability.
  const ids: [number, number] = [100000 + chartIndex * 2, 100001 + chartIndex * 2];
  const labels = single && !isLine
    ? `<c:dLbls><c:numFmt formatCode="${escapeXml(format)}" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>${AXIS_TEXT}<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>`
    : "";
  const group = isLine
    ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series.join("")}<c:marker val="1"/><c:axId val="${ids[0]}"/><c:axId val="${ids[1]}"/></c:lineChart>`
    : `<c:barChart><c:barDir val="${horizontal ? "bar" : "col"}"/><c:grouping val="${stacked ? "stacked" : "clustered"}"/><c:varyColors val="0"/>${series.join("")}${labels}<c:gapWidth val="${single || stacked ? 80 : 150}"/>${stacked ? '<c:overlap val="100"/>' : ""}<c:axId val="${ids[0]}"/><c:axId val="${ids[1]}"/></c:barChart>`;
  const legend = single ? "" : `<c:legend><c:legendPos val="b"/><c:overlay val="0"/>${AXIS_TEXT}</c:legend>`;
  return [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`,
    `<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">`,
    `<c:date1904 val="${date1904 ? 1 : 0}"/><c:lang val="en-US"/><c:roundedCorners val="0"/>`,
    `<c:chart>${titleXml(chart.title, 1200)}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${group}${axesXml(chart, ids, horizontal)}</c:plotArea>`,
    `${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>`,
    `<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr>`,
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"><a:latin typeface="Calibri"/></a:defRPr></a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr>`,
    `</c:chartSpace>`,
  ].join("");
}

/** The drawing part anchoring the sheet's charts; chart i uses relationship id rId{i+1}. */
export function drawingXml(charts: ChartSpec[]): string {
  const anchors = charts.map((c, i) => {
    const from = `<xdr:from><xdr:col>${c.anchor.from.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${c.anchor.from.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>`;
    const to = `<xdr:to><xdr:col>${c.anchor.to.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${c.anchor.to.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>`;
    return (
      `<xdr:twoCellAnchor editAs="oneCell">${from}${to}<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(`Chart ${i + 1}: ${c.title}`)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
      `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rId${i + 1}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
    );
  });
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    anchors.join("") +
    `</xdr:wsDr>`
  );
}
