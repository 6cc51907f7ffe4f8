/** Milestones: per project, the baseline, forecast and actual dates of each milestone. */
import { fieldKinds, fieldNames } from "../../model/fields";
import type { Milestone } from "../../model/portfolio";
import type { Located } from "../locate";
import { milestoneAchieved } from "../values/raid";
import { extraColumns, extrasFor, readExtras } from "./extras";
import { EntityTable } from "./table";
import type { ReadContext } from "./table";

const PLAIN = fieldNames("milestones").filter((f) => f !== "projectId" && f !== "id");

/** `fallbackProject` serves a sheet without a project column (one milestone plan per project). */
export function readMilestones(loc: Located, ctx: ReadContext, fallbackProject?: string): Milestone[] {
  const t = new EntityTable(loc, fieldKinds("milestones"), ctx, loc.header.match.unmatched.map((u) => u.col));
  const extras = extraColumns(loc);
  const out: Milestone[] = [];
  for (let k = 0; k < t.rows.length; k++) {
    const row = t.rows[k];
    // The project is often written once above its milestones.
    const projectId = t.getFilled<string>("projectId", row) ?? fallbackProject;
    const id = t.get<string>("id", row);
    // Every field in the literal, in the order they were once added: the record is born in its final shape.
    const m = { projectId: projectId ?? "", id: "", name: "", achieved: false, baseline: undefined, forecast: undefined, actual: undefined, status: undefined, extra: undefined, source: undefined } as unknown as Milestone;
    t.readInto(m as unknown as Record<string, unknown>, PLAIN, row);
    if (m.name === undefined && id === undefined) {
      t.discard();
      continue;
    }
    m.name = (m.name as string | undefined) ?? id!;
    m.id = id ?? m.name;
    // The status says it when it says it ("Delayed" with a date in Actual is not achieved); else the actual date.
    m.achieved = (m.status === undefined ? undefined : milestoneAchieved(m.status)) ?? m.actual !== undefined;
    m.extra = extrasFor(extras);
    readExtras(loc, row, extras, m.extra, ctx.date1904);
    m.source = t.source(row);
    t.flush(m.projectId || undefined);
    out.push(m);
  }
  return out;
}
