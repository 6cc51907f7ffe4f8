/**
 * Derives the figures of the sample from portfolio-data.ts: progress, costs and forecasts consistent
 * with each project's schedule (so only planted problems show up), the gate log, and a resource plan
 * built so nobody is over-allocated except the planted double booking. Deterministic: a seeded PRNG.
 */
import { DOUBLE_BOOKED, PEOPLE, PROJECTS, UNKNOWN_RESOURCE, type SampleProject } from "./portfolio-data";
import { dayFromIso, isoFromDay, weekday } from "../../src/core/model/dates";

export const AS_OF_DAY = dayFromIso("2026-11-25");
const STAGES = ["Idea", "Initiation", "Planning", "Execution", "Closing", "Closed"];


export interface ProjectFigures {
  percentComplete?: number;
  actualCost?: number;
  forecast?: number;
  lastUpdate: number;
}

/** Progress and money for one project; planted CPI and forecast problems are set here. */
export function projectFigures(p: SampleProject, index: number, rand: () => number): ProjectFigures {
  const lastUpdate = p.plant === "stale" ? dayFromIso("2026-09-30") : AS_OF_DAY - 2 - ((index * 5) % 19);
  if (p.budget === undefined || p.stage === "Idea") return { lastUpdate };
  const start = dayFromIso(p.start);
  const finish = dayFromIso(p.finish);
  const elapsed = finish > start ? Math.min(1, Math.max(0, (AS_OF_DAY - start) / (finish - start))) : 0;
  let pc: number;
  if (p.stage === "Closed") pc = 1;
  else if (p.stage === "Closing") pc = 0.97 + Math.round(rand() * 2) / 100;
  else if (p.plant === "overdue") pc = 0.96;
  else if (p.stage === "On Hold") pc = 0.35 + Math.round(rand() * 10) / 100;
  else if (["Initiation", "Planning"].includes(p.stage)) pc = 0.04 + Math.round(rand() * 8) / 100;
  else pc = Math.min(0.95, Math.ceil((elapsed + 0.04) * 100) / 100);
  pc = Math.round(pc * 100) / 100;
  const ev = pc * p.budget;
  // Cost efficiency 0.97..1.03 keeps CPI well inside the green band (never below 1 near the end, so no
  // finished project is overspent); the planted project runs at 0.82.
  const efficiency = p.plant === "cpi-low" ? 0.82 : (pc >= 0.9 ? 1 : 0.97) + rand() * 0.03;
  const actualCost = Math.round(ev / efficiency / 100) * 100;
  // The planted CPI project's PM has not re-forecast: the forecast stays within 5% of budget.
  const drift = p.plant === "forecast-over" ? 0.18 : p.plant === "cpi-low" ? 0.03 : -0.03 + rand() * 0.07;
  const forecast = p.stage === "Closed" ? actualCost : Math.round((p.budget * (1 + drift)) / 1000) * 1000;
  return { percentComplete: pc, actualCost, forecast, lastUpdate };
}

export interface GateRow {
  projectId: string;
  gate: string;
  decision: string;
  date: number;
  approver: string;
  artifacts: Record<string, string>;
}

/** Artefacts filed at each gate (the default ruleset requires Business Case at G1, Project Plan at G2, Closure Report at G4). */
export const GATE_ARTIFACTS: Record<string, string[]> = {
  G0: [],
  G1: ["Business Case", "Project Charter"],
  G2: ["Project Plan"],
  G3: ["Acceptance Sign-off"],
  G4: ["Closure Report"],
};
export const ARTIFACT_COLUMNS = [...new Set(Object.values(GATE_ARTIFACTS).flat())];
const APPROVERS = ["Investment Board", "Portfolio Board", "Design Authority", "Portfolio Board", "Investment Board"];
const OFFSETS = [-14, 45, 110];

/** The gate log: every gate before a project's stage passed in order, except the planted ones. */
export function gateRows(): GateRow[] {
  const rows: GateRow[] = [];
  for (const p of PROJECTS) {
    if (p.plant === "duplicate-id") continue;
    const stageIndex = p.stage === "Stabilisation" ? 3 : p.stage === "On Hold" ? 2 : STAGES.indexOf(p.stage);
    const start = Math.min(dayFromIso(p.start), dayFromIso(p.finish));
    const finish = dayFromIso(p.finish);
    const dates = [0, 1, 2].map((g) => start + OFFSETS[g]);
    dates.push(finish - 30, finish + 20);
    // Gates of projects that start late were still decided before the as-of date.
    const lastPassed = dates[Math.max(0, stageIndex - 1)];
    const shift = Math.min(0, AS_OF_DAY - 10 - lastPassed);
    for (let g = 0; g < stageIndex; g++) {
      const gate = `G${g}`;
      let decision = g === 1 && p.id === "PRJ-104" ? "Approved with conditions" : "Approved";
      if (p.plant === "g2-pending" && g === 2) decision = "Pending";
      if (p.plant === "g1-rejected" && g === 1) decision = "Rejected";
      const passed = decision.startsWith("Approved");
      const artifacts: Record<string, string> = {};
      for (const a of GATE_ARTIFACTS[gate]) artifacts[a] = passed || decision === "Rejected" ? "Y" : "";
      if (p.plant === "missing-artifact" && g === 2) artifacts["Project Plan"] = "";
      rows.push({ projectId: p.id, gate, decision, date: workday(dates[g] + shift), approver: APPROVERS[g], artifacts });
    }
  }
  return rows.sort((a, b) => a.date - b.date || a.projectId.localeCompare(b.projectId));
}

/** Moves a weekend day to the following Monday (boards do not sit on Saturdays). */
function workday(day: number): number {
  const w = weekday(day);
  return w === 5 ? day + 2 : w === 6 ? day + 1 : day;
}

export interface AssignmentRow {
  projectId: string;
  resource: string;
  start: number;
  finish: number;
  allocation: number;
}

const PLAN_FROM = dayFromIso("2025-01-01");
const PLAN_TO = dayFromIso("2027-12-31");

/**
 * Long-form assignments: two or three people a project, placed only where their load stays within
 * capacity (allocations in quarters, so sums are exact in binary floating point). Then the planted
 * one-week double booking and the misspelt resource name.
 */
export function assignmentRows(rand: () => number): AssignmentRow[] {
  const load = new Map(PEOPLE.map((p) => [p.name, new Float64Array(PLAN_TO - PLAN_FROM + 1)]));
  const rows: AssignmentRow[] = [];
  const place = (projectId: string, resource: string, start: number, finish: number, allocation: number) => {
    const days = load.get(resource);
    if (days) for (let d = start; d <= finish; d++) days[d - PLAN_FROM] += allocation;
    rows.push({ projectId, resource, start, finish, allocation });
  };
  const fits = (resource: string, capacity: number, start: number, finish: number, allocation: number) => {
    const days = load.get(resource)!;
    for (let d = start; d <= finish; d++) if (days[d - PLAN_FROM] + allocation > capacity) return false;
    return true;
  };
  const staffed = PROJECTS.filter((p) => !["Idea", "Closed"].includes(p.stage) && p.plant !== "finish-before-start");
  for (const p of staffed) {
    const start = Math.max(dayFromIso(p.start), PLAN_FROM);
    const finish = Math.min(p.stage === "On Hold" ? dayFromIso("2026-08-28") : dayFromIso(p.finish), PLAN_TO);
    const want = 2 + Math.floor(rand() * 2);
    const offset = Math.floor(rand() * PEOPLE.length);
    let placed = 0;
    for (let i = 0; i < PEOPLE.length && placed < want; i++) {
      const person = PEOPLE[(offset + i) % PEOPLE.length];
      if (person.name === DOUBLE_BOOKED) continue;
      const allocation = rand() < 0.4 ? 0.5 : 0.25;
      if (!fits(person.name, person.capacity ?? 1, start, finish, allocation)) continue;
      place(p.id, person.name, start, finish, allocation);
      placed++;
    }
  }
  // The architect is full-time on two projects that overlap for the week of 9-13 March 2026: March
  // averages 91%, yet that week she is booked at 200%.
  place("PRJ-107", DOUBLE_BOOKED, dayFromIso("2026-01-05"), dayFromIso("2026-03-13"), 1);
  place("PRJ-119", DOUBLE_BOOKED, dayFromIso("2026-03-09"), dayFromIso("2026-03-20"), 1);
  place("PRJ-119", DOUBLE_BOOKED, dayFromIso("2026-04-06"), dayFromIso("2026-06-26"), 0.5);
  place("PRJ-114", UNKNOWN_RESOURCE, dayFromIso("2026-02-02"), dayFromIso("2026-07-31"), 0.5);
  return rows.sort((a, b) => a.projectId.localeCompare(b.projectId) || a.start - b.start || a.resource.localeCompare(b.resource));
}

export { isoFromDay };
