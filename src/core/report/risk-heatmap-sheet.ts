/**
 * Risk Heatmap: the probability × impact matrix with the count of open risks in each cell, coloured
 * green (Low) to amber (Medium) to red (High) by the ruleset's thresholds, the top open risks by
 * rating beside it, and the open RAID entries by type and level below. Built only when the workbook
 * has a RAID log.
 */
import type { SheetSpec, SpecCell, SpecStyle } from "../../workbook/sheet-spec";
import { cellOf } from "../lookup/location";
import { highScore, levelOfScore, mediumScore, type RiskLevel } from "../lookup/raid";
import type { Thresholds } from "../ruleset/types";
import { date, header, num, text } from "./cells";
import { BlockLayout, type Row } from "./block-layout";
import { headerRows } from "./header";
import { appendAll } from "../arrays";
import type { ReportInput } from "./index";
import { riskFigures, TOP_RISKS, type RatedRisk, type RiskMatrix } from "./risk-figures";

export const LEVEL_STYLE: Record<RiskLevel, SpecStyle> = { High: "bad", Medium: "warn", Low: "good" };
const WORDS = ["Low", "Medium", "High"];
/** The top-risks table starts in this column (1-based), right of the matrix. */
const RIGHT = 9;

const axisLabel = (scale: 3 | 5, n: number) => (scale === 3 ? WORDS[n - 1] : String(n));

/** The matrix rows: a subtitle, the impact header, one row per probability from the highest down. */
function matrixRows(m: RiskMatrix, t: Thresholds): Row[] {
  const rows: Row[] = [[text(`Open risks by probability and impact (${m.scale} × ${m.scale}): ${m.total}`, "subtitle")]];
  rows.push([text("Probability ↓  Impact →", "header"), ...Array.from({ length: m.scale }, (_x, i) => text(axisLabel(m.scale, i + 1), "header"))]);
  for (let p = m.scale; p >= 1; p--) {
    rows.push([text(axisLabel(m.scale, p), "bold"), ...m.counts[p - 1].map((count, i) => num(count, LEVEL_STYLE[levelOfScore(p * (i + 1), m.scale, t)]))]);
  }
  rows.push([text(`High from a score of ${highScore(m.scale, t)}, Medium from ${mediumScore(m.scale, t)} (probability × impact).`, "note")]);
  return rows;
}

function topRow(r: RatedRisk, rank: number): SpecCell[] {
  const { risk } = r;
  return [
    num(rank, "integer"),
    text(risk.id, undefined, cellOf(risk.source, "id")),
    text(risk.projectId),
    text(risk.description),
    num(risk.probability, "integer"),
    num(risk.impact, "integer"),
    r.score === undefined ? text(risk.ratingRaw) : num(r.score, "integer"),
    r.level ? text(r.level, LEVEL_STYLE[r.level]) : text(""),
    text(risk.owner),
    date(risk.reviewDate),
  ];
}

/** Puts `right` beside `left`, from column RIGHT on, row by row. */
function beside(left: Row[], right: Row[]): Row[] {
  const out: Row[] = [];
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const l = left[i] ?? [];
    const r = right[i];
    out.push(r ? [...l, ...Array.from({ length: RIGHT - 1 - l.length }, () => null), ...r] : l);
  }
  return out;
}

export function riskHeatmapSheet(input: ReportInput): SheetSpec {
  const t = input.ruleset.thresholds;
  const f = riskFigures(input.portfolio, t, input.asOf);
  const layout = new BlockLayout(headerRows("Risk Heatmap", input, "Open risks of the RAID log (closed, resolved and mitigated ones left out). Green: Low, amber: Medium, red: High, by the ruleset's thresholds."));
  const left: Row[] = [];
  for (const m of f.matrices) appendAll(left, [...matrixRows(m, t), []]);
  if (f.matrices.length === 0) left.push([text("Open risks by probability and impact", "subtitle")], [text("No open risk has both a probability and an impact.", "note")]);
  if (f.offMatrix) left.push([text(`${f.offMatrix} open ${f.offMatrix === 1 ? "risk has" : "risks have"} no probability or impact and ${f.offMatrix === 1 ? "is" : "are"} not on the matrix.`, "note")]);
  const right: Row[] = [
    [text(`Top open risks by rating (up to ${TOP_RISKS})`, "subtitle")],
    header(["#", "ID", "Project", "Description", "P", "I", "Score", "Level", "Owner", "Review date"]),
    ...(f.top.length ? f.top.map((r, i) => topRow(r, i + 1)) : [[text("No open risk is rated.", "note")]]),
  ];
  appendAll(layout.rows, beside(left, right));
  layout.block("Open entries by type and level", ["Type", "Open", "High", "Medium", "Low", "Not rated", "Closed"],
    f.byType.filter((c) => c.open + c.closed > 0).map((c) => [text(c.type), num(c.open, "integer"), num(c.High, "integer"), num(c.Medium, "integer"), num(c.Low, "integer"), num(c.unrated, "integer"), num(c.closed, "integer")]),
    "The RAID log has no entries.");
  return {
    key: "risks",
    name: "Risk Heatmap",
    tabColor: "C00000",
    // Column B also holds the header's as-of date; the matrix columns share its width.
    columns: [{ width: 24 }, ...Array.from({ length: 5 }, () => ({ width: 11 })), { width: 9 }, { width: 3 }, { width: 5 }, { width: 10 }, { width: 11 }, { width: 60 }, { width: 5 }, { width: 5 }, { width: 8 }, { width: 9 }, { width: 18 }, { width: 12 }],
    rows: layout.rows,
    print: { landscape: true, fitToWidth: true },
  };
}
