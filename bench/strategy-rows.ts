/**
 * The benchmark's milestone plan and RAID log (issue 11 §5): `milestonesPer` milestones and `risksPer`
 * RAID entries a project, dated within its schedule, with the same small share of problems as the rest
 * of the synthetic portfolio (slips, overdue milestones, open risks without owner or mitigation).
 */
import type ExcelJS from "exceljs";

const AS_OF = Date.UTC(2026, 10, 25) / 86_400_000;
const date = (day: number) => new Date(Math.round(day) * 86_400_000);
const MILESTONES = ["Charter approved", "Plan baselined", "Design signed off", "Build complete", "Go-live", "Benefits review", "Project closed"];
const RISKS = ["Vendor delivers late", "Key person leaves", "Scope grows", "Budget cut", "Integration fails testing", "Data quality poor", "Regulation changes"];

export interface StrategyOptions {
  milestonesPer: number;
  risksPer: number;
}

/** Adds the Milestones and RAID Log sheets for projects `ids` with schedules `spans`; returns the row counts. */
export function writeStrategySheets(wb: ExcelJS.stream.xlsx.WorkbookWriter, ids: string[], spans: [number, number][], opts: StrategyOptions, rand: () => number, problemRate: number) {
  const odd = () => rand() < problemRate;
  const addRow = (ws: ExcelJS.Worksheet, values: ExcelJS.CellValue[], dates: number[]) => {
    const row = ws.addRow(values);
    for (const c of dates) row.getCell(c).numFmt = "yyyy-mm-dd";
    row.commit();
  };
  const milestones = wb.addWorksheet("Milestones");
  milestones.columns = ["Project ID", "Milestone", "Baseline Date", "Forecast Date", "Actual Date", "Status"].map((header) => ({ header, width: 14 }));
  for (let i = 0; i < ids.length; i++) {
    const [start, finish] = spans[i];
    for (let k = 0; k < opts.milestonesPer; k++) {
      const baseline = Math.round(start + ((k + 1) * (finish - start)) / (opts.milestonesPer + 1));
      const done = baseline < AS_OF - 10 && !odd();
      const late = odd() ? 15 + Math.floor(rand() * 40) : Math.floor(rand() * 10);
      const name = opts.milestonesPer <= MILESTONES.length ? MILESTONES[k] : `Milestone ${k + 1}`;
      // Past and not done: overdue; otherwise forecast (or achieved) a few days late, now and then weeks late.
      const when = baseline + late;
      addRow(milestones, [ids[i], name, odd() ? null : date(baseline), done ? null : date(when), done ? date(when) : null, done ? "Complete" : "On Track"], [3, 4, 5]);
    }
  }
  milestones.commit();

  const raid = wb.addWorksheet("RAID Log");
  raid.columns = ["ID", "Type", "Project ID", "Description", "Probability", "Impact", "Owner", "Mitigation", "Status", "Review Date"].map((header) => ({ header, width: 14 }));
  let n = 0;
  for (let i = 0; i < ids.length; i++) {
    const closed = spans[i][1] < AS_OF;
    for (let k = 0; k < opts.risksPer; k++) {
      const issue = rand() < 0.2;
      const open = !closed || odd();
      addRow(raid, [`R-${++n}`, issue ? "Issue" : "Risk", ids[i], RISKS[Math.floor(rand() * RISKS.length)], issue ? null : 1 + Math.floor(rand() * 5), 1 + Math.floor(rand() * 5),
        odd() ? null : `Owner ${n % 500}`, odd() ? null : "Agreed response", open ? "Open" : "Closed", date(AS_OF + (odd() ? -20 : 7 + Math.floor(rand() * 60)))], [10]);
    }
  }
  raid.commit();
  return { milestones: ids.length * opts.milestonesPer, risks: n };
}
