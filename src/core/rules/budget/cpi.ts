import { formatAmount, formatIndex } from "../support/format";
import { matchKey } from "../../lookup/keys";
import { cellOf } from "../../lookup/location";
import { defineRule } from "../rule";

/**
 * Cost performance index (CPI = EV / AC) below the thresholds, for projects in the executing stages
 * (earned value is computed once by the engine; see the metrics). Projects elsewhere have no EV.
 */
export default defineRule({
  id: "budget/cpi",
  meta: {
    description: "The cost performance index (CPI = EV / AC) is below the thresholds.",
    defaultSeverity: "error",
    options: {},
    messages: {
      lowCpi: "{projectId}: CPI {cpi} is below {threshold} (EV {ev}, AC {ac}; {eacFormula} gives {eac}).",
    },
    requires: [{ entity: "projects", fields: ["budget", "percentComplete", "actualCost"] }],
  },
  check({ metrics, index, ruleset, report }) {
    const { cpiWarning, cpiError } = ruleset.thresholds;
    for (const ev of metrics.earnedValue) {
      if (ev.cpi === undefined) continue;
      const band = ev.cpi < cpiError ? "error" : ev.cpi < cpiWarning ? "warning" : undefined;
      if (!band) continue;
      const project = index.projectsById.get(matchKey(ev.projectId));
      report({
        messageId: "lowCpi",
        band,
        data: {
          projectId: ev.projectId,
          cpi: formatIndex(ev.cpi),
          threshold: formatIndex(band === "error" ? cpiError : cpiWarning),
          ev: formatAmount(ev.ev ?? 0),
          ac: formatAmount(ev.ac ?? 0),
          eac: ev.eac !== undefined ? formatAmount(ev.eac) : "no estimate",
          eacFormula: metrics.eacFormula,
          value: ev.cpi,
        },
        projectId: ev.projectId,
        location: project ? cellOf(project.source, "actualCost") : undefined,
      });
    }
  },
});
