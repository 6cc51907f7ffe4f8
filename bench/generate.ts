/**
 * Synthetic portfolios for the benchmarks: n projects, 10 long-form assignments and 2 gate rows per
 * project, n/5 people, realistic values (stages across the lifecycle, budgets 50k-3M, dates 2025-2027,
 * a few percent of problems), written with ExcelJS's streaming writer so 100k projects fit in memory.
 */
import ExcelJS from "exceljs";
import { seededRandom } from "../scripts/seeded-random";
import { writeStrategySheets, type StrategyOptions } from "./strategy-rows";

/** Stage mix (share of projects) and how many gates a project in that stage has passed: about 2 a project. */
const STAGES: { name: string; share: number; gates: number }[] = [
  { name: "Idea", share: 0.15, gates: 0 },
  { name: "Initiation", share: 0.2, gates: 1 },
  { name: "Planning", share: 0.2, gates: 2 },
  { name: "Execution", share: 0.3, gates: 3 },
  { name: "Closing", share: 0.05, gates: 4 },
  { name: "Closed", share: 0.05, gates: 5 },
  { name: "On Hold", share: 0.05, gates: 2 },
];
const PROGRAMS = ["Digital", "Finance", "Infrastructure", "Operations", "Compliance", "People", "Data", "Security"];
const ROLES = ["Developer", "Business Analyst", "Tester", "Architect", "Engineer", "Change Manager"];
const AS_OF = Date.UTC(2026, 10, 25) / 86_400_000;
const date = (day: number) => new Date(Math.round(day) * 86_400_000);
/** 10 assignments a project spread over 0.8 people a project: each person holds about 12 over three years. */
const PROJECTS_PER_PERSON = 1.25;
/** Share of projects with each kind of planted problem: a real portfolio has some, not everywhere. */
const PROBLEM_RATE = 0.04;

/** Adds and commits a row, giving its date cells a date format (the reader tells dates by format). */
function addRow(ws: ExcelJS.Worksheet, values: ExcelJS.CellValue[], dateColumns: number[] = []) {
  const row = ws.addRow(values);
  for (const c of dateColumns) row.getCell(c).numFmt = "yyyy-mm-dd";
  row.commit();
}

/** Start and finish consistent with the stage (an executing project started in the past, and so on). */
function scheduleFor(stage: string, rand: () => number): [number, number] {
  const between = (a: number, b: number) => Math.round(AS_OF + a + rand() * (b - a));
  switch (stage) {
    case "Idea":
    case "Initiation": { const s = between(-60, 300); return [s, s + 150 + Math.round(rand() * 450)]; }
    case "Planning": { const s = between(-150, 30); return [s, Math.max(AS_OF + 60, s + 200 + Math.round(rand() * 400))]; }
    case "Closing": return [between(-700, -300), between(-30, 30)];
    case "Closed": return [between(-800, -400), between(-300, -20)];
    default: // Execution, On Hold; a few are past their finish date
      return [between(-500, -60), rand() < PROBLEM_RATE ? between(-60, -10) : between(30, 500)];
  }
}

export interface GeneratedCounts {
  projects: number;
  gates: number;
  resources: number;
  assignments: number;
  milestones: number;
  risks: number;
}

/** Writes the synthetic workbook for n projects to path. */
export async function writeSyntheticPortfolio(path: string, n: number, seed = 42, strategy?: StrategyOptions): Promise<GeneratedCounts> {
  const rand = seededRandom(seed + n);
  const pick = <T>(items: T[]) => items[Math.floor(rand() * items.length)];
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: false });

  const projects = wb.addWorksheet("Projects");
  projects.columns = ["ID", "Name", "Program", "Manager", "Sponsor", "Stage", "Status", "Start", "Finish", "Budget", "Actual Cost", "Forecast", "% Complete", "Last Update"]
    .map((header) => ({ header, width: 14 }));
  const gates = wb.addWorksheet("Gates");
  gates.columns = ["Project ID", "Gate", "Decision", "Decision Date", "Approver", "Business Case", "Project Plan", "Closure Report"].map((header) => ({ header, width: 14 }));
  const spans: [number, number][] = [];
  let gateRows = 0;
  const odd = () => rand() < PROBLEM_RATE;
  for (let i = 0; i < n; i++) {
    const id = `P${String(i + 1).padStart(6, "0")}`;
    let r = rand();
    let k = 0;
    while (k < STAGES.length - 1 && r > STAGES[k].share) r -= STAGES[k++].share;
    const stage = STAGES[k];
    const [start, finish] = scheduleFor(stage.name, rand);
    spans.push([start, finish]);
    const budget = 50_000 + Math.round((rand() * 2_950_000) / 1000) * 1000;
    const elapsed = Math.min(1, Math.max(0, (AS_OF - start) / (finish - start)));
    const progress = { Idea: 0, Initiation: 0, Planning: 0.02 + rand() * 0.06, Closing: 0.97 + rand() * 0.03, Closed: 1, "On Hold": elapsed * 0.7 }[stage.name]
      ?? Math.min(0.99, elapsed * (odd() ? 0.8 : 0.97 + rand() * 0.11));
    const pc = Math.round(progress * 100) / 100;
    const cpi = odd() ? 0.8 + rand() * 0.1 : 0.96 + rand() * 0.12;
    // Only the planted share overspends: others stop just short of the budget however efficient.
    const actual = Math.round(Math.min((pc * budget) / cpi, cpi < 0.9 ? Infinity : budget * 0.995));
    const forecast = Math.round(budget * (odd() ? 1.06 + rand() * 0.2 : 0.97 + rand() * 0.07));
    const lastUpdate = AS_OF - (odd() ? 35 + Math.floor(rand() * 60) : Math.floor(rand() * 26));
    addRow(projects, [id, `Project ${i + 1}`, pick(PROGRAMS), `Manager ${i % 400}`, rand() < 0.99 ? `Sponsor ${i % 90}` : null,
      stage.name, pick(["Green", "Green", "Green", "Amber", "Red"]), date(start), date(finish), budget, stage.gates > 0 ? actual : null,
      stage.gates > 0 ? forecast : null, stage.gates > 0 ? pc : null, date(lastUpdate)], [8, 9, 14]);
    // The gates passed so far, dated in order between the start and today; now and then the last is not passed.
    const firstGate = Math.min(start - 20, AS_OF - 40 * stage.gates - 5);
    const span = Math.min(AS_OF - 5, finish + 15) - firstGate;
    for (let g = 0; g < stage.gates; g++) {
      const last = g === stage.gates - 1;
      const decision = last && odd() ? pick(["Pending", "Deferred", "Rejected"]) : pick(["Approved", "Approved", "Approved", "Approved with conditions"]);
      const when = firstGate + Math.round(((g + 1) * span) / (stage.gates + 1));
      addRow(gates, [id, `G${g}`, decision, date(when), "Portfolio Board", g >= 1 ? "Y" : null, g === 2 && !odd() ? "Y" : null, g === 4 ? "Y" : null], [4]);
      gateRows++;
    }
  }
  projects.commit();
  gates.commit();

  const people = Math.max(10, Math.floor(n / PROJECTS_PER_PERSON));
  const capacity: number[] = [];
  const resources = wb.addWorksheet("Resources");
  resources.columns = ["Resource", "Role", "Team", "Capacity"].map((header) => ({ header, width: 16 }));
  for (let p = 0; p < people; p++) {
    capacity.push(rand() < 0.8 ? 1 : pick([0.5, 0.8]));
    addRow(resources, [`Person ${p + 1}`, pick(ROLES), pick(PROGRAMS), capacity[p]]);
  }
  resources.commit();

  const assignments = wb.addWorksheet("Assignments");
  assignments.columns = ["Project ID", "Resource", "Start", "Finish", "Allocation"].map((header) => ({ header, width: 14 }));
  const staffing = new Staffing(capacity, rand);
  for (let i = 0; i < n; i++) {
    const [start, finish] = spans[i];
    for (let k = 0; k < 10; k++) {
      const from = start + Math.floor(rand() * (finish - start - 30));
      const to = Math.min(finish, from + 20 + Math.floor(rand() * 90));
      // One booking in 200 ignores availability: about one person in ten ends up double-booked somewhere.
      const { person, allocation } = staffing.book(from, to, rand() < 0.005);
      addRow(assignments, [`P${String(i + 1).padStart(6, "0")}`, `Person ${person + 1}`, date(from), date(to), allocation], [3, 4]);
    }
  }
  assignments.commit();
  const ids = Array.from({ length: n }, (_x, i) => `P${String(i + 1).padStart(6, "0")}`);
  const more = strategy ? writeStrategySheets(wb, ids, spans, strategy, rand, PROBLEM_RATE) : { milestones: 0, risks: 0 };
  await wb.commit();
  return { projects: n, gates: gateRows, resources: people, assignments: 10 * n, ...more };
}

/**
 * Books people the way a resource manager would: each person has two "lanes" of half their capacity,
 * and an assignment goes to someone with a free lane over its dates. When nobody suitable is found
 * quickly (or a problem is wanted), someone is booked anyway: that is how over-allocations happen.
 */
class Staffing {
  private readonly lanes: [number, number][][][];

  constructor(
    private readonly capacity: number[],
    private readonly rand: () => number,
  ) {
    this.lanes = capacity.map(() => [[], []]);
  }

  book(from: number, to: number, careless: boolean): { person: number; allocation: number } {
    const people = this.capacity.length;
    for (let attempt = 0; attempt < (careless ? 0 : 12); attempt++) {
      const person = Math.floor(this.rand() * people);
      const lane = this.lanes[person].find((l) => l.every(([a, b]) => to < a || from > b));
      if (!lane) continue;
      lane.push([from, to]);
      return { person, allocation: this.allocation(this.capacity[person] / 2) };
    }
    const person = Math.floor(this.rand() * people);
    return { person, allocation: this.allocation(this.capacity[person] / 2) };
  }

  /** An allocation of at most `max` FTE, in the steps planners use. */
  private allocation(max: number): number {
    const steps = [0.1, 0.2, 0.25, 0.4, 0.5].filter((a) => a <= max + 1e-9);
    return steps[Math.floor(this.rand() * steps.length)];
  }
}
