import rule from "../../../../src/core/rules/schedule/spi";
import { financial, portfolio, project } from "../../../factories";
import { ruleTester } from "../rule-tester";

// 2026-01-01 .. 2026-12-31 is 365 days; at 2026-06-15 (day 166) 45.5% has elapsed.
const year = { stage: "Execution", budget: 365_000, start: "2026-01-01", finish: "2026-12-31" };
const one = (fields: Parameters<typeof project>[0]) => portfolio({ projects: [project({ ...year, ...fields })] });

ruleTester(rule, {
  valid: [
    { name: "progress in line with elapsed time", portfolio: one({ percentComplete: 0.46 }) },
    { name: "a project not started at the as-of date (PV 0)", portfolio: one({ start: "2026-07-01", percentComplete: 0 }) },
    { name: "a project in Planning", portfolio: one({ stage: "Planning", percentComplete: 0 }) },
    { name: "no dates and no financials (no PV)", portfolio: one({ start: undefined, finish: undefined, percentComplete: 0.1 }) },
    {
      name: "financials whose planned value to date is matched",
      portfolio: portfolio({
        projects: [project({ ...year, percentComplete: 0.3 })],
        financials: [financial({ periodEnd: "2026-03-31", plannedValue: 50_000 }), financial({ periodEnd: "2026-05-31", plannedValue: 59_500 }), financial({ periodEnd: "2026-06-30", plannedValue: 100_000 })],
      }),
    },
  ],
  invalid: [
    {
      name: "progress behind the schedule as an error",
      portfolio: one({ id: "P-2", percentComplete: 0.3 }),
      findings: [{ messageId: "lowSpi", projectId: "P-2", at: "Projects!M2", severity: "error", data: { spi: "0.66", pvSource: "schedule", pv: "166,000" } }],
    },
    {
      name: "progress slightly behind as a warning",
      portfolio: one({ percentComplete: 0.42 }),
      findings: [{ messageId: "lowSpi", severity: "warning", data: { spi: "0.92" } }],
    },
    {
      name: "planned value from Financials rather than the schedule",
      portfolio: portfolio({
        projects: [project({ ...year, percentComplete: 0.3 })],
        financials: [financial({ periodEnd: "2026-03-31", plannedValue: 100_000 }), financial({ periodEnd: "2026-05-31", plannedValue: 60_000 }), financial({ periodEnd: "2026-12-31", plannedValue: 205_000 })],
      }),
      findings: [{ messageId: "lowSpi", data: { pv: "160,000", pvSource: "Financials sheet", spi: "0.68" } }],
    },
    {
      name: "cumulative planned values read as such",
      portfolio: portfolio({
        projects: [project({ ...year, budget: 100_000, percentComplete: 0.3 })],
        financials: [financial({ periodEnd: "2026-02-28", plannedValue: 20_000 }), financial({ periodEnd: "2026-04-30", plannedValue: 40_000 }), financial({ periodEnd: "2026-06-15", plannedValue: 60_000 }), financial({ periodEnd: "2026-08-31", plannedValue: 80_000 }), financial({ periodEnd: "2026-12-31", plannedValue: 100_000 })],
      }),
      findings: [{ messageId: "lowSpi", data: { pv: "60,000", spi: "0.50" } }],
    },
  ],
});
