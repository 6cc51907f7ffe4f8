/**
 * Run as a child process (under a chosen TZ) by round-trip.test.ts: exports the sample portfolio to
 * Project XML, imports it back, checks both and prints what a round trip must keep, as JSON.
 */
import { readFileSync } from "node:fs";
import { readXlsx } from "../../src/adapters/xlsx/read-workbook";
import { addSheetsToXlsx } from "../../src/adapters/xlsx/write/index";
import { blankWorkbook } from "../../src/adapters/project-xml/blank-workbook";
import { readProjectXml } from "../../src/adapters/project-xml/read-xml";
import { writeProjectXml } from "../../src/adapters/project-xml/write-xml";
import { dayFromIso, isoFromDay } from "../../src/core/model/dates";
import type { Portfolio } from "../../src/core/model/portfolio";
import { checkSource } from "../../src/core/pipeline";
import { exportPortfolio } from "../../src/core/project-xml/export";
import { importProject } from "../../src/core/project-xml/import";
import { importSheets } from "../../src/core/project-xml/import-sheets";
import { defaultRuleset } from "../../src/core/ruleset/default-ruleset";

const asOf = dayFromIso("2026-11-25");
const d = (day: number | undefined) => (day === undefined ? null : isoFromDay(day));

function summary(portfolio: Portfolio, findings: { ruleId: string; data?: unknown; messageId?: string }[]) {
  return {
    projects: portfolio.projects.map((p) => ({ id: p.id, name: p.name, program: p.program ?? null, manager: p.manager ?? null, sponsor: p.sponsor ?? null, stage: p.stage ?? null, status: p.status ?? p.statusRaw ?? null, start: d(p.start), finish: d(p.finish), budget: p.budget ?? null, actualCost: p.actualCost ?? null, forecast: p.forecast ?? null, percentComplete: p.percentComplete ?? null, lastUpdate: d(p.lastUpdate) })),
    gates: portfolio.gates.map((g) => ({ projectId: g.projectId, gate: g.gate, decision: g.decision ?? g.decisionRaw ?? null, date: d(g.date), approver: g.approver ?? null })),
    milestones: portfolio.milestones.map((m) => ({ projectId: m.projectId, id: m.id, name: m.name, baseline: d(m.baseline), forecast: d(m.forecast), actual: d(m.actual), status: m.status ?? null, achieved: m.achieved })),
    resources: portfolio.resources.map((r) => ({ name: r.name, role: r.role ?? null, team: r.team ?? null, capacity: r.capacity, defaulted: r.capacityDefaulted })),
    assignments: portfolio.assignments.map((a) => ({ projectId: a.projectId, resource: a.resource, start: d(a.start), finish: d(a.finish), allocation: a.allocation ?? null })),
    overAllocation: findings.filter((f) => f.ruleId === "resource/over-allocated").map((f) => ({ data: f.data, messageId: f.messageId })),
    findings: findings.map((f) => `${f.ruleId}:${f.messageId ?? ""}`).sort(),
  };
}

const ruleset = defaultRuleset();
const original = checkSource(await readXlsx(new Uint8Array(readFileSync(process.argv[2])), { label: "sample-portfolio.xlsx" }), ruleset, { asOf });
const exported = exportPortfolio(original.portfolio, ruleset, { title: "sample-portfolio.xlsx", asOf });
const xml = writeProjectXml(exported.document);
const imported = importProject(readProjectXml(xml), { fileBase: "portfolio" });
const bytes = addSheetsToXlsx(blankWorkbook(), importSheets(imported)).bytes;
const back = checkSource(await readXlsx(bytes, { label: "imported.xlsx" }), ruleset, { asOf });
const taskDates = exported.document.tasks.map((t) => `${t.start} ${t.finish}`);
process.stdout.write(JSON.stringify({ original: summary(original.portfolio, original.result.findings), back: summary(back.portfolio, back.result.findings), taskDates, notes: exported.notes }));
