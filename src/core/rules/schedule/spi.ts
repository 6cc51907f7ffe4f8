import { formatAmount, formatIndex } from "../support/format";
import { matchKey } from "../../lookup/keys";
import { cellOf } from "../../lookup/location";
import { defineRule } from "../rule";

/**
 * Schedule performance index (SPI = EV / PV) below the thresholds, for projects in the executing
 * stages. PV comes from Financials when the project has planned values there, else from the share of
 * the planned duration elapsed at the as-of date; the finding says which.
 */
export default defineRule({
  id: "schedule/spi",
  meta: {
    description: "The schedule performance index (SPI = EV / PV) is below the thresholds.",
    defaultSeverity: "error",
    options: {},
    messages: {
      lowSpi: "{projectId}: SPI {spi} is below {threshold} (EV {ev}, PV {pv} from the {pvSource}).",
    },
    requires: [{ entity: "projects", fields: ["budget", "percentComplete"] }],
  },
  check({ metrics, index, ruleset, report }) {
    const { spiWarning, spiError } = ruleset.thresholds;
    for (const ev of metrics.earnedValue) {
      if (ev.spi === undefined) continue;
      const band = ev.spi < spiError ? "error" : ev.spi < spiWarning ? "warning" : undefined;
      if (!band) continue;
      const project = index.projectsById.get(matchKey(ev.projectId));
      report({
        messageId: "lowSpi",
        band,
        data: {
          projectId: ev.projectId,
          spi: formatIndex(ev.spi),
          threshold: formatIndex(band === "error" ? spiError : spiWarning),
          ev: formatAmount(ev.ev ?? 0),
          pv: formatAmount(ev.pv ?? 0),
          pvSource: ev.pvSource === "financials" ? "Financials sheet" : "schedule",
          value: ev.spi,
        },
        projectId: ev.projectId,
        location: project ? cellOf(project.source, "percentComplete") : undefined,
      });
    }
  },
});
