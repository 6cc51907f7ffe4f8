/** Long-form assignments: one row per project, resource and date range at a constant allocation. */
import type { Assignment } from "../../model/portfolio";
import type { Ruleset } from "../../ruleset/types";
import { cellText } from "../cells";
import { splitCamel } from "../normalize";
import type { Located } from "../locate";
import { parsePlainNumber } from "../values/numbers";
import { EntityTable } from "./table";
import type { ReadContext } from "./table";

/**
 * What an allocation column holds, from its header: FTE or a percentage (the default), hours per week,
 * hours per day, or the total effort over the assignment's dates ("Hours", "Work", "Effort (h)").
 */
export type AllocationUnit = "fte" | "hoursPerWeek" | "hoursPerDay" | "totalHours";

export function allocationUnit(written: string): AllocationUnit {
  const header = splitCamel(written);
  if (/per\s*week|weekly|\/\s*w(?:ee)?k\b|h\/w|\bhpw\b/i.test(header)) return "hoursPerWeek";
  if (/per\s*day|daily|\/\s*day\b|h\/d/i.test(header)) return "hoursPerDay";
  if (/\bhours?\b|\bhrs?\b|\beffort\b|\bwork\b/i.test(header) && !/fte|%|percent/i.test(header)) return "totalHours";
  return "fte";
}

const EFFORT = /^([\d.,]+)\s*(h|hr|hrs|hours?|d|days?|w|wks?|weeks?)?$/i;

/** Reads long-form rows; `fallbackProject` serves sheets without a project column (one sheet per project). */
export function readLongAssignments(loc: Located, ruleset: Ruleset, ctx: ReadContext, fallbackProject?: string): Assignment[] {
  const unit = allocationUnit(loc.header.match.fields.get("allocation")?.header ?? "");
  const t = new EntityTable(loc, { projectId: "text", resource: "text", start: "date", finish: "endDate", allocation: unit === "fte" ? "fte" : "text" }, ctx);
  const { hoursPerDay, workingDays } = ruleset.thresholds;
  const workDays = new Set(workingDays);
  const allocCol = loc.header.match.fields.get("allocation")?.col ?? 0;
  const out: Assignment[] = [];
  // Indexed: on 100k rows a for-of iterator's result objects were not always optimised away.
  for (let k = 0; k < t.rows.length; k++) {
    const row = t.rows[k];
    const resource = t.get<string>("resource", row);
    const projectId = t.getFilled<string>("projectId", row) ?? fallbackProject;
    // A row with neither its own project nor a resource holds no assignment (a note, a spacer).
    if (!resource && (!projectId || t.filledFromAbove)) {
      t.discard();
      continue;
    }
    const start = t.get<number>("start", row);
    const finish = t.get<number>("finish", row);
    let allocation: number | undefined;
    if (unit === "fte") {
      const alloc = t.get<number>("allocation", row);
      if (alloc !== undefined && alloc < 0) t.invalid("allocation", row, String(alloc), "fte");
      else allocation = alloc;
    } else {
      const text = allocCol ? cellText(loc.view, row, allocCol) : undefined;
      const hours = text === undefined ? undefined : effortHours(text, hoursPerDay);
      if (hours === undefined && text !== undefined) t.invalid("allocation", row, text, "number");
      else if (hours !== undefined) {
        const days = unit === "totalHours" ? workingDaysBetween(start, finish, workDays) : 0;
        if (unit === "hoursPerWeek") allocation = hours / (hoursPerDay * Math.max(1, workDays.size));
        else if (unit === "hoursPerDay") allocation = hours / hoursPerDay;
        // Total effort needs the dates to become a rate; without them it stays unread (the dates are reported).
        else if (days > 0) allocation = hours / (days * hoursPerDay);
      }
    }
    // Every field in one literal: records share one shape, which keeps 100k of them cheap to build and read.
    const a: Assignment = { projectId: projectId ?? "", resource: resource ?? "", layout: "long", start, finish, allocation, source: t.source(row) };
    t.flush(a.projectId || undefined, a.resource || undefined);
    out.push(a);
  }
  return out;
}

/** Hours in "40", "40 h", "37.5 hrs", "5 d", "2 weeks"; undefined for anything else or a negative. */
function effortHours(text: string, hoursPerDay: number): number | undefined {
  const m = EFFORT.exec(text.trim());
  if (!m) return undefined;
  const n = parsePlainNumber(m[1]);
  if (Number.isNaN(n) || n < 0) return undefined;
  const u = (m[2] ?? "h").toLowerCase();
  return u.startsWith("d") ? n * hoursPerDay : u.startsWith("w") ? n * hoursPerDay * 5 : n;
}

function workingDaysBetween(start: number | undefined, finish: number | undefined, workDays: Set<number>): number {
  if (start === undefined || finish === undefined || finish < start) return 0;
  let n = 0;
  for (let d = start; d <= finish; d++) if (workDays.has((((d + 3) % 7) + 7) % 7)) n++;
  return n;
}
