import { isoFromDay } from "../../model/dates";
import type { GateRecord } from "../../model/portfolio";
import { passesWith } from "../../metrics/gate-matrix";
import { cellOf } from "../../lookup/location";
import { defineRule } from "../rule";

/**
 * Gate decisions must follow the lifecycle: a later gate dated before an earlier gate of the same
 * project was decided is out of order; a decision dated after the as-of date has not happened yet.
 * Checked for every project whatever its stage (the dates themselves are wrong).
 */
export default defineRule({
  id: "gate/out-of-order",
  meta: {
    description: "Gate decisions dated out of gate order, or dated after the as-of date.",
    defaultSeverity: "warning",
    options: {},
    messages: {
      beforeEarlierGate: "{projectId}: gate {gate} is dated {date}, before gate {earlierGate} on {earlierDate}.",
      future: "{projectId}: gate {gate} decision is dated {date}, after the as-of date {asOf}.",
    },
    requires: [{ entity: "gates" }],
  },
  check({ index, ruleset, asOf, report }) {
    const gates = ruleset.lifecycle.gates;
    const passes = passesWith(ruleset);
    const isDated = (r: GateRecord) => r.date !== undefined && r.gateIndex !== undefined && gates[r.gateIndex] !== undefined;
    // One slot per gate, reused for every project (a Map and sorted key list per project was garbage).
    const earliest: (GateRecord | undefined)[] = new Array<GateRecord | undefined>(gates.length).fill(undefined);
    for (const records of index.gatesByProject.values()) {
      for (const r of records) {
        if (isDated(r) && r.date! > asOf) {
          report({
            messageId: "future",
            data: { projectId: r.projectId, gate: gates[r.gateIndex!].id, date: isoFromDay(r.date!), asOf: isoFromDay(asOf) },
            projectId: r.projectId,
            location: cellOf(r.source, "date"),
          });
        }
      }
      // When each gate was decided: its earliest passing decision (a rejection later re-approved counts
      // from the approval), else its earliest decision. Each gate is compared with the gates before it.
      for (const r of records) {
        if (!isDated(r)) continue;
        const seen = earliest[r.gateIndex!];
        const better = !seen || (passes(r) && !passes(seen)) || (passes(r) === passes(seen) && r.date! < seen.date!);
        if (better) earliest[r.gateIndex!] = r;
      }
      let latestBefore: GateRecord | undefined;
      for (let k = 0; k < gates.length; k++) {
        const r = earliest[k];
        if (r === undefined) continue;
        earliest[k] = undefined;
        if (latestBefore && r.date! < latestBefore.date!) {
          report({
            messageId: "beforeEarlierGate",
            data: {
              projectId: r.projectId,
              gate: gates[k].id,
              date: isoFromDay(r.date!),
              earlierGate: gates[latestBefore.gateIndex!].id,
              earlierDate: isoFromDay(latestBefore.date!),
            },
            projectId: r.projectId,
            location: cellOf(r.source, "date"),
          });
        }
        if (!latestBefore || r.date! > latestBefore.date!) latestBefore = r;
      }
    }
  },
});
