/**
 * Excel refuses (or "repairs") parts whose elements are out of the schema's sequence, while
 * LibreOffice is lenient; so the order is pinned here against ECMA-376's sequences.
 */
import { expect, it } from "vitest";
import { addSheetsToXlsx } from "../../../src/adapters/xlsx/write/index";
import { buildReport } from "../../../src/core/report/index";
import { sampleInput } from "../../core/report/fixtures";
import { FEATURE_RICH_FILE, featureRich, textOf } from "./write-helpers";
import { describeShared } from "../../support/shared-files";

/** Names of the direct children of the first element named `parent`. */
function children(xml: string, parent: string): string[] {
  const start = xml.search(new RegExp(`<${parent}[\\s>/]`));
  if (start < 0) throw new Error(`no <${parent}> element`);
  const names: string[] = [];
  let depth = 0;
  for (const m of xml.slice(start).matchAll(/<(\/?)([\w:]+)[^>]*?(\/?)>/g)) {
    const [, close, name, selfClose] = m;
    if (close) {
      depth--;
      if (depth === 0) break;
    } else {
      if (depth === 1) names.push(name);
      if (!selfClose) depth++;
    }
  }
  return names;
}

/** True when `actual` lists its names in the order of `sequence` (repeats allowed). */
function inSequence(actual: string[], sequence: string[]): boolean {
  if (actual.length === 0) return false;
  const positions = actual.map((n) => sequence.indexOf(n));
  return positions.every((p, i) => p >= 0 && (i === 0 || p >= positions[i - 1]));
}

const CT_WORKSHEET = ["sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetCalcPr", "sheetProtection", "protectedRanges", "scenarios", "autoFilter", "sortState", "dataConsolidate", "customSheetViews", "mergeCells", "phoneticPr", "conditionalFormatting", "dataValidations", "hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks", "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"];
const CT_CHART = ["c:title", "c:autoTitleDeleted", "c:pivotFmts", "c:view3D", "c:floor", "c:sideWall", "c:backWall", "c:plotArea", "c:legend", "c:plotVisOnly", "c:dispBlanksAs"];
const CT_BAR_CHART = ["c:barDir", "c:grouping", "c:varyColors", "c:ser", "c:dLbls", "c:gapWidth", "c:overlap", "c:serLines", "c:axId"];
const CT_BAR_SER = ["c:idx", "c:order", "c:tx", "c:spPr", "c:invertIfNegative", "c:pictureOptions", "c:dPt", "c:dLbls", "c:trendline", "c:errBars", "c:cat", "c:val", "c:shape", "c:extLst"];
const CT_LINE_SER = ["c:idx", "c:order", "c:tx", "c:spPr", "c:marker", "c:dPt", "c:dLbls", "c:trendline", "c:errBars", "c:cat", "c:val", "c:smooth", "c:extLst"];
const CT_CAT_AX = ["c:axId", "c:scaling", "c:delete", "c:axPos", "c:majorGridlines", "c:minorGridlines", "c:title", "c:numFmt", "c:majorTickMark", "c:minorTickMark", "c:tickLblPos", "c:spPr", "c:txPr", "c:crossAx", "c:crosses", "c:crossesAt", "c:auto", "c:lblAlgn", "c:lblOffset", "c:noMultiLvlLbl"];
const CT_VAL_AX = ["c:axId", "c:scaling", "c:delete", "c:axPos", "c:majorGridlines", "c:minorGridlines", "c:title", "c:numFmt", "c:majorTickMark", "c:minorTickMark", "c:tickLblPos", "c:spPr", "c:txPr", "c:crossAx", "c:crosses", "c:crossesAt", "c:crossBetween"];

describeShared("element order of the written parts", [FEATURE_RICH_FILE], () => {
  const bytes = addSheetsToXlsx(featureRich(), buildReport(sampleInput())).bytes;

  it("follows CT_Worksheet in every generated sheet", () => {
    for (let n = 16; n <= 20; n++) {
      const names = children(textOf(bytes, `xl/worksheets/sheet${n}.xml`), "worksheet");
      expect(inSequence(names, CT_WORKSHEET), names.join(",")).toBe(true);
    }
  });

  it("follows the chart sequences of DrawingML in every chart", () => {
    for (let n = 2; n <= 5; n++) {
      const xml = textOf(bytes, `xl/charts/chart${n}.xml`);
      expect(inSequence(children(xml, "c:chart"), CT_CHART)).toBe(true);
      if (xml.includes("<c:barChart>")) {
        expect(inSequence(children(xml, "c:barChart"), CT_BAR_CHART)).toBe(true);
        expect(inSequence(children(xml, "c:ser"), CT_BAR_SER)).toBe(true);
      } else {
        expect(inSequence(children(xml, "c:ser"), CT_LINE_SER)).toBe(true);
      }
      expect(inSequence(children(xml, "c:catAx"), CT_CAT_AX)).toBe(true);
      expect(inSequence(children(xml, "c:valAx"), CT_VAL_AX)).toBe(true);
    }
  });
});
