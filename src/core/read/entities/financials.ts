/** Time-phased financials: planned value, earned value and actual cost per project and period. */
import type { FinancialPeriod } from "../../model/portfolio";
import type { Located } from "../locate";
import { EntityTable } from "./table";
import type { ReadContext } from "./table";

export function readFinancials(loc: Located, ctx: ReadContext): FinancialPeriod[] {
  const t = new EntityTable(loc, { projectId: "text", period: "endDate", plannedValue: "amount", earnedValue: "amount", actualCost: "amount" }, ctx);
  const out: FinancialPeriod[] = [];
  for (const row of t.rows) {
    const projectId = t.get<string>("projectId", row);
    if (!projectId) {
      t.discard();
      continue;
    }
    const label = loc.view.text(row, loc.header.match.fields.get("period")?.col ?? 0);
    const f: FinancialPeriod = { projectId, periodLabel: label, source: t.source(row) };
    // Periods are labels as much as dates ("FY26 P03"); one that is not a date is kept as its label.
    const end = t.get<number>("period", row);
    t.discard();
    if (end !== undefined) f.periodEnd = end;
    for (const k of ["plannedValue", "earnedValue", "actualCost"] as const) {
      const v = t.get<number>(k, row);
      if (v !== undefined) f[k] = v;
    }
    t.flush(projectId);
    out.push(f);
  }
  return out;
}
