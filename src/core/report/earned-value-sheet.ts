/** Earned Value: per project PV, EV, AC, CPI, SPI, EAC, ETC, VAC, TCPI with the ruleset's RAG bands. */
import type { SheetSpec, SpecCell } from "../../workbook/sheet-spec";
import type { EarnedValueInput } from "../metrics/types";
import { colRange, fitWidths, header, num, printSetup, ratio, text } from "./cells";
import { FIRST_CONTENT_ROW, headerRows } from "./header";
import type { ReportInput } from "./index";
import { amountCell, indexBands } from "./summary-sheet";

export const EV_COLUMNS = ["Project", "Name", "Program", "Stage", "BAC", "PV", "EV", "AC", "CPI", "SPI", "EAC", "ETC", "VAC", "TCPI", "PV from"];

const INPUT_TEXT: Record<EarnedValueInput, string> = {
  budget: "no budget (BAC)",
  plannedValue: "no planned value (no start and finish dates, no time-phased plan)",
  percentComplete: "no % complete (so no earned value)",
  actualCost: "no actual cost",
};

/** Why a project is left out of the portfolio sums, in words. */
export function missingText(missing: EarnedValueInput[]): string {
  return missing.map((m) => INPUT_TEXT[m]).join("; ");
}

/** Columns of numbers (BAC to TCPI): their headers are right-aligned over them. */
const NUMERIC = (i: number) => i >= 4 && i <= 13;

/** TCPI: the CPI the rest of the work needs; negative when the budget is already spent, so not achievable. */
export function tcpiCell(tcpi: number | undefined): SpecCell {
  if (typeof tcpi === "number" && Number.isFinite(tcpi) && tcpi < 0) return { value: "not achievable", type: "text", style: "bad", align: "right" };
  return ratio(tcpi);
}

export function earnedValueSheet(input: ReportInput): SheetSpec {
  const { earnedValue, portfolioEv, eacFormula } = input.result.metrics;
  const money = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? num(undefined) : amountCell(v, input.currencyFormat));
  const t = input.ruleset.thresholds;
  const top = FIRST_CONTENT_ROW;
  const rows = [...earnedValue].sort((a, b) => (a.projectId < b.projectId ? -1 : a.projectId > b.projectId ? 1 : 0));
  const data: SpecCell[][] = rows.map((e) => [
    text(e.projectId),
    text(e.name),
    text(e.program),
    text(e.stage),
    money(e.bac),
    money(e.pv),
    money(e.ev),
    money(e.ac),
    ratio(e.cpi),
    ratio(e.spi),
    money(e.eac),
    money(e.etc),
    money(e.vac),
    tcpiCell(e.tcpi),
    text(e.pvSource === "financials" ? "Financials" : e.pvSource === "schedule" ? "Schedule" : ""),
  ]);
  if (data.length === 0) data.push([text("No project in an executing stage has the figures for earned value.", "note")]);
  const bottom = top + data.length;
  const total: SpecCell[] = [
    text("Portfolio", "bold"), text(""), text(""), text(""),
    money(portfolioEv.bac), money(portfolioEv.pv), money(portfolioEv.ev), money(portfolioEv.ac),
    ratio(portfolioEv.cpi), ratio(portfolioEv.spi),
  ];
  const totalRow = bottom + 2;
  const basis = portfolioEv.projects.length + portfolioEv.excluded.length;
  total.push(text(""), text(""), text(""), text(""), text(basis ? `Sums over ${portfolioEv.projects.length} of ${basis} projects: those with BAC, PV, EV and AC, so CPI = EV ÷ AC and SPI = EV ÷ PV of these sums.` : "", "note"));
  const excluded: SpecCell[][] = portfolioEv.excluded.map((x) => [text(x.projectId), text(x.name), text(missingText(x.missing))]);
  const leftOut = excluded.length ? [[], [text("Left out of the Portfolio row", "subtitle")], header(["Project", "Name", "Missing"]), ...excluded] : [];
  const bands = `${eacFormula}. CPI and SPI: red below ${t.cpiError} / ${t.spiError}, amber below ${t.cpiWarning} / ${t.spiWarning}, green otherwise (ruleset thresholds). TCPI below 0: the budget is spent, not achievable.`;
  const columns = fitWidths([14, 28, 18, 13, 13, 13, 13, 13, 8, 8, 13, 13, 13, 15, 11], EV_COLUMNS);
  return {
    key: "earned-value",
    name: "Earned Value",
    tabColor: "70AD47",
    columns,
    rows: [...headerRows("Earned Value", input, bands), header(EV_COLUMNS, NUMERIC), ...data, [], total, ...leftOut],
    freeze: { rows: top, cols: 2 },
    // Only over cells that hold a figure or "n/a": Excel reads a blank as 0, which a band would colour.
    conditionalFormats: rows.length
      ? [
          { ref: colRange(9, top + 1, bottom), rules: indexBands(t.cpiError, t.cpiWarning) },
          { ref: `I${totalRow}`, rules: indexBands(t.cpiError, t.cpiWarning) },
          { ref: colRange(10, top + 1, bottom), rules: indexBands(t.spiError, t.spiWarning) },
          { ref: `J${totalRow}`, rules: indexBands(t.spiError, t.spiWarning) },
          { ref: colRange(13, top + 1, bottom), rules: [{ type: "cellIs", operator: "lessThan", values: [0], style: "bad" }] },
        ]
      : [],
    print: printSetup(columns),
  };
}
