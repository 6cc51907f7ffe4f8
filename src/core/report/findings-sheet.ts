/** Findings: one row per finding, an Excel Table with filters, each row linked to the offending cell. */
import type { Finding } from "../findings";
import type { SheetSpec, SpecCell } from "../../workbook/sheet-spec";
import { colRange, fitWidths, header, printSetup, text } from "./cells";
import { FIRST_CONTENT_ROW, headerRows } from "./header";
import type { ReportInput } from "./index";

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;
const SEVERITY_LABEL = { error: "Error", warning: "Warning", info: "Info" } as const;
// Message last: long messages overflow into the empty cells to its right instead of being cut off.
export const FINDINGS_COLUMNS = ["Severity", "Rule", "Project", "Project name", "Resource", "Period", "Cell", "Message"];

/** Errors first, then by rule, project and location, so the sheet reads the same on every run. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) =>
      SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] ||
      cmp(a.f.ruleId, b.f.ruleId) ||
      cmp(a.f.projectId ?? "", b.f.projectId ?? "") ||
      cmp(a.f.location?.sheet ?? "", b.f.location?.sheet ?? "") ||
      (a.f.location?.row ?? 0) - (b.f.location?.row ?? 0) ||
      a.i - b.i,
    )
    .map((x) => x.f);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function findingsSheet(input: ReportInput): SheetSpec {
  const names = new Map(input.portfolio.projects.map((p) => [p.id, p.name]));
  const data: SpecCell[][] = sortFindings(input.result.findings).map((f) => [
    text(SEVERITY_LABEL[f.severity]),
    text(f.ruleId),
    text(f.projectId),
    text(f.projectId ? names.get(f.projectId) : undefined),
    text(f.resource),
    text(f.period),
    f.location ? text(`${f.location.sheet}!${f.location.cell}`, "link", f.location) : text(""),
    text(f.message),
  ]);
  // A table needs at least one data row; an empty one says so in plain words.
  if (data.length === 0) data.push([text("—"), text(""), text(""), text(""), text(""), text(""), text(""), text("No findings: the portfolio passes every enabled rule.")]);
  const top = FIRST_CONTENT_ROW;
  const bottom = top + data.length;
  const s = input.result.summary;
  const counts = `${s.total} findings: ${s.error} errors, ${s.warning} warnings, ${s.info} info. Click a cell reference to go to the data.`;
  const columns = fitWidths([12, 26, 14, 28, 18, 10, 18, 90], FINDINGS_COLUMNS);
  return {
    key: "findings",
    name: "Findings",
    tabColor: "C00000",
    columns,
    rows: [...headerRows("Findings", input, counts), header(FINDINGS_COLUMNS), ...data],
    freeze: { rows: top, cols: 0 },
    tables: [{ name: "PMO_Findings", ref: `A${top}:H${bottom}`, style: "TableStyleLight9" }],
    conditionalFormats: [
      {
        ref: colRange(1, top + 1, bottom),
        rules: [
          { type: "textEquals", text: "Error", style: "bad" },
          { type: "textEquals", text: "Warning", style: "warn" },
          { type: "textEquals", text: "Info", style: "info" },
        ],
      },
    ],
    print: printSetup(columns),
  };
}
