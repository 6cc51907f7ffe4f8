import { isOpen } from "../../lookup/raid";
import { cellOf } from "../../lookup/location";
import { isBlank } from "../../lookup/keys";
import { entryData } from "../support/raid-entry";
import { defineRule } from "../rule";

/** Every open entry of the RAID log (risk, issue, assumption or dependency) needs someone who owns it. */
export default defineRule({
  id: "risk/no-owner",
  meta: {
    description: "An open risk, issue, assumption or dependency has no owner.",
    defaultSeverity: "warning",
    options: {},
    messages: {
      noOwner: "{type} {riskId} \"{summary}\" {project} is open and has no owner.",
    },
    requires: [{ entity: "risks", fields: ["owner"] }],
  },
  check({ portfolio, report }) {
    // Indexed, not for-of: a rule runs once per check, often before it is optimised, and each for-of step then allocates a result object.
    for (let i = 0; i < portfolio.risks.length; i++) {
      const r = portfolio.risks[i];
      if (!isOpen(r) || !isBlank(r.owner)) continue;
      report({ messageId: "noOwner", data: entryData(r), projectId: r.projectId || undefined, location: cellOf(r.source, "owner") });
    }
  },
});
