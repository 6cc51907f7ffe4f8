/**
 * Writes assets/sample-portfolio.xlsx: a realistic, deliberately messy PMO workbook with planted
 * problems (see docs/sample.md). Deterministic: fixed dates, a seeded PRNG, fixed zip timestamps, so
 * regenerating it gives the same bytes.  Usage: npm run sample [-- out.xlsx]
 */
import ExcelJS from "exceljs";
import { strFromU8, unzipSync, zipSync } from "fflate";
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { PEOPLE, PROJECTS, UNKNOWN_RESOURCE } from "./sample/portfolio-data";
import { ARTIFACT_COLUMNS, assignmentRows, gateRows, projectFigures, type ProjectFigures } from "./sample/plan";
import { ALIGNMENT } from "./sample/strategy-data";
import { DATE_FMT, MONEY_FMT, dateOf, headerRow } from "./sample/cells";
import { writeMilestones, writeObjectives, writeRaidLog } from "./sample/write-strategy";
import { seededRandom } from "./seeded-random";
import { dayFromIso } from "../src/core/model/dates";

const FIXED_TIME = new Date(Date.UTC(2026, 10, 25, 9, 0, 0));
/** Zip entries store local wall-clock time (DOS format): built from local fields, the bytes match in every time zone. */
const ZIP_TIME = new Date(2026, 10, 25, 9, 0, 0);

function writeProjects(wb: ExcelJS.Workbook, figures: ProjectFigures[]) {
  const ws = wb.addWorksheet("Projects", { views: [{ state: "frozen", ySplit: 4 }] });
  ws.getCell("A1").value = "Northwind Group - Project Portfolio Register";
  ws.getCell("A1").font = { bold: true, size: 14 };
  ws.getCell("A2").value = "Status as of 25 November 2026";
  ws.getCell("F2").value = "Owner: Portfolio Office";
  const headers = ["Proj. ID", "Project Name", "Programme", "PM", "Sponsor", "Stage", "RAG", "Start Date", "Finish Date",
    "Approved Budget (USD)", "Actual Cost", "Forecast (EAC)", "% Complete", "Status Date", "Strategic Objective", "Strategic Score", "Notes"];
  headerRow(ws, 4, headers);
  const widths = [10, 36, 24, 16, 16, 13, 8, 13, 13, 14, 14, 14, 11, 13, 30, 10, 32];
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  let row = 5;
  PROJECTS.forEach((p, i) => {
    const f = figures[i];
    const r = ws.getRow(row++);
    const start = p.style?.startAsText ? p.start : dateOf(dayFromIso(p.start));
    let budget: ExcelJS.CellValue = p.budget ?? null;
    if (p.plant === "budget-tbd") budget = "TBD";
    else if (p.style?.budgetAsText && p.budget !== undefined) budget = `$${p.budget.toLocaleString("en-US")}`;
    const pc = f.percentComplete === undefined ? null : p.style?.percentAsText ? `${Math.round(f.percentComplete * 100)}%` : f.percentComplete;
    r.values = [p.id, p.name, p.program, p.manager, p.sponsor ?? null, p.stage, p.rag, start, dateOf(dayFromIso(p.finish)),
      budget, f.actualCost ?? null, f.forecast ?? null, pc, dateOf(f.lastUpdate), ALIGNMENT[i].objective ?? null, ALIGNMENT[i].score, p.note ?? null];
    for (const c of [8, 9, 14]) r.getCell(c).numFmt = DATE_FMT;
    for (const c of [10, 11, 12]) r.getCell(c).numFmt = MONEY_FMT;
    r.getCell(13).numFmt = "0%";
  });
  // Real registers carry a totals row under the data (SUM ignores the budgets typed as text).
  const last = row - 1;
  const total = ws.getRow(row + 1);
  total.getCell(1).value = "Total";
  [10, 11, 12].forEach((c) => {
    const col = ws.getColumn(c).letter;
    const sum = PROJECTS.reduce((s, _p, i) => {
      const v = ws.getRow(5 + i).getCell(c).value;
      return s + (typeof v === "number" ? v : 0);
    }, 0);
    total.getCell(c).value = { formula: `SUM(${col}5:${col}${last})`, result: sum };
    total.getCell(c).numFmt = MONEY_FMT;
  });
  total.font = { bold: true };
  // Drop-downs as PMO templates have them (they do not stop people typing other values).
  for (let r = 5; r <= last; r++) {
    ws.getCell(r, 6).dataValidation = { type: "list", allowBlank: true, formulae: ["Lists!$A$2:$A$9"] };
    ws.getCell(r, 7).dataValidation = { type: "list", allowBlank: true, formulae: ['"Green,Amber,Red"'] };
  }
}

function writeGates(wb: ExcelJS.Workbook) {
  const ws = wb.addWorksheet("Gate Log", { views: [{ state: "frozen", ySplit: 1 }] });
  headerRow(ws, 1, ["Project ID", "Gate", "Decision", "Decision Date", "Approved By", ...ARTIFACT_COLUMNS, "Comments"]);
  [11, 7, 24, 14, 18, ...ARTIFACT_COLUMNS.map(() => 15), 30].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  gateRows().forEach((g, i) => {
    // PMs write gates both ways; the reader accepts "G3" and "Gate 3".
    const gate = g.gate === "G3" ? "Gate 3" : g.gate;
    const comment = g.decision === "Rejected" ? "Benefits case not evidenced; resubmit" : g.decision === "Pending" ? "Awaiting board" : null;
    const r = ws.getRow(i + 2);
    r.values = [g.projectId, gate, g.decision, dateOf(g.date), g.approver, ...ARTIFACT_COLUMNS.map((a) => artifactCell(g.projectId, a, g.artifacts[a])), comment];
    r.getCell(4).numFmt = DATE_FMT;
  });
}

/** Charters and closure reports are filed as links to the document library, the rest as "Y". */
function artifactCell(projectId: string, artifact: string, value: string | undefined): ExcelJS.CellValue {
  if (!value) return null;
  if (artifact !== "Project Charter" && artifact !== "Closure Report") return value;
  const slug = artifact.toLowerCase().replace(/ /g, "-");
  return { text: `${artifact} ${projectId}`, hyperlink: `https://northwind.sharepoint.example/pmo/${projectId}/${slug}.docx` };
}

function writeResources(wb: ExcelJS.Workbook) {
  const ws = wb.addWorksheet("Resources");
  ws.addTable({
    name: "Resources",
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: [{ name: "Resource" }, { name: "Role" }, { name: "Team" }, { name: "Capacity (FTE)" }],
    rows: PEOPLE.map((p) => [p.name, p.role, p.team, p.capacity ?? null]),
  });
  [22, 24, 18, 14].forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

function writeAssignments(wb: ExcelJS.Workbook, rand: () => number) {
  const ws = wb.addWorksheet("Assignments", { views: [{ state: "frozen", ySplit: 1 }] });
  headerRow(ws, 1, ["Project ID", "Resource", "Start", "Finish", "Allocation"]);
  [11, 22, 13, 13, 11].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  assignmentRows(rand).forEach((a, i) => {
    const r = ws.getRow(i + 2);
    // Some planners type "50%" as text; the reader accepts both.
    const allocation = i % 7 === 3 || a.resource === UNKNOWN_RESOURCE ? `${a.allocation * 100}%` : a.allocation;
    r.values = [a.projectId, a.resource, dateOf(a.start), dateOf(a.finish), allocation];
    r.getCell(3).numFmt = DATE_FMT;
    r.getCell(4).numFmt = DATE_FMT;
    r.getCell(5).numFmt = "0%";
  });
}

function writeLists(wb: ExcelJS.Workbook) {
  const ws = wb.addWorksheet("Lists", { state: "hidden" });
  const stages = ["Idea", "Initiation", "Planning", "Execution", "Closing", "Closed", "On Hold", "Cancelled"];
  ws.getColumn(1).values = ["Stage values", ...stages];
}

/** Rewrites the zip with a fixed timestamp on every entry so the file is byte-for-byte reproducible. */
function normaliseZip(bytes: Uint8Array): Uint8Array {
  const entries = unzipSync(bytes);
  const out: Record<string, [Uint8Array, { mtime: Date; level: 6 }]> = {};
  for (const name of Object.keys(entries).sort()) out[name] = [entries[name], { mtime: ZIP_TIME, level: 6 }];
  return zipSync(out);
}

/** Builds the sample workbook's bytes. */
export async function buildSample(): Promise<Uint8Array> {
  const rand = seededRandom(20261125);
  const figures = PROJECTS.map((p, i) => projectFigures(p, i, rand));
  const wb = new ExcelJS.Workbook();
  wb.creator = "Northwind Portfolio Office";
  wb.lastModifiedBy = "Northwind Portfolio Office";
  wb.created = FIXED_TIME;
  wb.modified = FIXED_TIME;
  writeProjects(wb, figures);
  writeGates(wb);
  writeResources(wb);
  writeAssignments(wb, rand);
  // A generator of its own, so the figures above stay what they were before these sheets existed.
  writeMilestones(wb, seededRandom(20261126));
  writeRaidLog(wb);
  writeObjectives(wb);
  writeLists(wb);
  const raw = new Uint8Array(await wb.xlsx.writeBuffer());
  return normaliseZip(raw);
}

const isMain = process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const out = resolve(process.argv[2] ?? "assets/sample-portfolio.xlsx");
  const bytes = await buildSample();
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, bytes);
  const sheets = strFromU8(unzipSync(bytes)["xl/workbook.xml"]).match(/<sheet /g)?.length ?? 0;
  console.log(`wrote ${out} (${bytes.length} bytes, ${sheets} sheets, ${PROJECTS.length} project rows)`);
}
