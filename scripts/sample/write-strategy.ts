/**
 * The sample's Milestones, RAID Log and Objectives sheets, written the way PMOs keep them: a milestone
 * tracker per project, a portfolio RAID log under a title and a block of counters (dates raised typed
 * as dd/mm/yy text, pasted from the old tool), and the strategic objectives with their weights.
 */
import type ExcelJS from "exceljs";
import { DATE_FMT, dateOf, headerRow } from "./cells";
import { milestoneRows } from "./milestones";
import { OBJECTIVES, RAID } from "./strategy-data";
import { dayFromIso, partsFromDay } from "../../src/core/model/dates";

export function writeMilestones(wb: ExcelJS.Workbook, rand: () => number) {
  const ws = wb.addWorksheet("Milestones", { views: [{ state: "frozen", ySplit: 1 }] });
  headerRow(ws, 1, ["Project ID", "Milestone", "Baseline Date", "Forecast Date", "Actual Date", "Status", "Comments"]);
  [11, 28, 13, 13, 13, 12, 40].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  milestoneRows(rand).forEach((m, i) => {
    const r = ws.getRow(i + 2);
    const date = (d: number | undefined) => (d === undefined ? null : dateOf(d));
    r.values = [m.projectId, m.name, date(m.baseline), date(m.forecast), date(m.actual), m.status, m.comment ?? null];
    for (const c of [3, 4, 5]) r.getCell(c).numFmt = DATE_FMT;
  });
}

const RAID_HEADER_ROW = 8;
const RAID_HEADERS = ["Ref", "Type", "Project", "Description", "Likelihood", "Impact", "Score", "Owner", "Mitigation", "Status", "Date Raised", "Review Date"];

/** dd/mm/yy, as the old RAID tool exported dates. */
function ddmmyy(iso: string): string {
  const { year, month, day } = partsFromDay(dayFromIso(iso));
  return `${String(day).padStart(2, "0")}/${String(month).padStart(2, "0")}/${String(year % 100).padStart(2, "0")}`;
}

export function writeRaidLog(wb: ExcelJS.Workbook) {
  const ws = wb.addWorksheet("RAID Log", { views: [{ state: "frozen", ySplit: RAID_HEADER_ROW }] });
  ws.getCell("A1").value = "Northwind Group - Portfolio RAID Log";
  ws.getCell("A1").font = { bold: true, size: 14 };
  ws.getCell("A2").value = "Risks, assumptions, issues and dependencies; reviewed at the fortnightly Portfolio Board";
  const first = RAID_HEADER_ROW + 1;
  const last = RAID_HEADER_ROW + RAID.length;
  const open = (e: (typeof RAID)[number]) => e.status === "Open" || e.status === "In Progress";
  const counters: [string, string, number][] = [
    ["Open risks", `COUNTIFS(B${first}:B${last},"Risk",J${first}:J${last},"Open")`, RAID.filter((e) => e.type === "Risk" && e.status === "Open").length],
    ["Open issues", `COUNTIFS(B${first}:B${last},"Issue",J${first}:J${last},"<>Closed")`, RAID.filter((e) => e.type === "Issue" && open(e)).length],
    ["Scored 15 or more", `COUNTIF(G${first}:G${last},">=15")`, RAID.filter((e) => (e.probability ?? 0) * (e.impact ?? 0) >= 15).length],
  ];
  counters.forEach(([label, formula, result], i) => {
    ws.getCell(4 + i, 1).value = label;
    ws.getCell(4 + i, 3).value = { formula, result };
  });
  headerRow(ws, RAID_HEADER_ROW, RAID_HEADERS);
  [8, 11, 10, 48, 10, 8, 7, 16, 44, 11, 11, 12].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  RAID.forEach((e, i) => {
    const row = first + i;
    const r = ws.getRow(row);
    const scored = e.probability !== undefined && e.impact !== undefined;
    const score: ExcelJS.CellValue = scored ? { formula: `E${row}*F${row}`, result: e.probability! * e.impact! } : null;
    r.values = [e.ref, e.type, e.projectId, e.description, e.probability ?? null, e.impact ?? null, score, e.owner ?? null, e.mitigation ?? null, e.status,
      ddmmyy(e.raised), e.review ? dateOf(dayFromIso(e.review)) : null];
    r.getCell(12).numFmt = DATE_FMT;
  });
  // Drop-downs as the RAID template has them.
  for (let row = first; row <= last; row++) {
    ws.getCell(row, 2).dataValidation = { type: "list", allowBlank: true, formulae: ['"Risk,Assumption,Issue,Dependency"'] };
    ws.getCell(row, 10).dataValidation = { type: "list", allowBlank: true, formulae: ['"Open,In Progress,Mitigated,Closed"'] };
  }
}

export function writeObjectives(wb: ExcelJS.Workbook) {
  const ws = wb.addWorksheet("Objectives");
  headerRow(ws, 1, ["Objective ID", "Strategic Objective", "Description", "Weight", "Owner"]);
  [12, 34, 48, 9, 16].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  OBJECTIVES.forEach((o, i) => {
    const r = ws.getRow(i + 2);
    r.values = [o.id, o.name, o.description, o.weight, o.owner];
    r.getCell(4).numFmt = "0%";
  });
}
