/** Long-form assignments: one row per project, resource and date range at a constant allocation. */
import type { Assignment } from "../../model/portfolio";
import type { Located } from "../locate";
import { EntityTable } from "./table";
import type { ReadContext } from "./table";

/** Reads long-form rows; `fallbackProject` serves sheets without a project column (one sheet per project). */
export function readLongAssignments(loc: Located, ctx: ReadContext, fallbackProject?: string): Assignment[] {
  const allocHeader = loc.header.match.fields.get("allocation")?.header ?? "";
  // "Hours per week" allocations are hours; everything else is FTE or a percentage.
  const hours = /\bhours?\b|\bhrs?\b|h\/w/i.test(allocHeader);
  const t = new EntityTable(loc, { projectId: "text", resource: "text", start: "date", finish: "endDate", allocation: hours ? "number" : "fte" }, ctx);
  const out: Assignment[] = [];
  for (const row of t.rows) {
    const resource = t.get<string>("resource", row);
    const projectId = t.getFilled<string>("projectId", row) ?? fallbackProject;
    if (!resource && !projectId) {
      t.discard();
      continue;
    }
    const a: Assignment = { projectId: projectId ?? "", resource: resource ?? "", layout: "long", source: t.source(row) };
    const start = t.get<number>("start", row);
    if (start !== undefined) a.start = start;
    const finish = t.get<number>("finish", row);
    if (finish !== undefined) a.finish = finish;
    const alloc = t.get<number>("allocation", row);
    if (alloc !== undefined) {
      if (alloc < 0) t.invalid("allocation", row, String(alloc), "fte");
      else a.allocation = hours ? alloc / ctx.hoursPerWeek : alloc;
    }
    t.flush(a.projectId || undefined, a.resource || undefined);
    out.push(a);
  }
  return out;
}
