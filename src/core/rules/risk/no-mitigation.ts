import { isOpen, riskLevel, riskScore } from "../../lookup/raid";
import { cellOf } from "../../lookup/location";
import { isBlank } from "../../lookup/keys";
import { fieldPresent } from "../support/requirements";
import { entryData } from "../support/raid-entry";
import { defineRule } from "../rule";

/**
 * An open risk rated High has no mitigation. High is probability × impact at or above
 * thresholds.riskHighScore3 (6, on Low / Medium / High = 1 / 2 / 3) or riskHighScore5 (15, on 1–5),
 * or a rating written as a word (High, Critical, Red). Issues have risk/issue-without-action;
 * assumptions and dependencies are not rated this way.
 */
export default defineRule({
  id: "risk/no-mitigation",
  meta: {
    description: "An open risk rated high has no mitigation.",
    defaultSeverity: "error",
    options: {},
    messages: {
      noMitigation: "Risk {riskId} \"{summary}\" {project} is rated High{score} and has no mitigation.",
    },
    requires: [{ entity: "risks", fields: ["mitigation"] }],
  },
  check({ portfolio, ruleset, report, skip }) {
    const rated = ["probability", "impact", "rating"].some((f) => fieldPresent(portfolio, "risks", f));
    if (!rated) {
      skip("the RAID log rates no entry (no Probability and Impact, nor Rating column)");
      return;
    }
    // Indexed, not for-of: a rule runs once per check, often before it is optimised, and each for-of step then allocates a result object.
    for (let i = 0; i < portfolio.risks.length; i++) {
      const r = portfolio.risks[i];
      if (r.type !== "Risk" || !isOpen(r) || !isBlank(r.mitigation)) continue;
      if (riskLevel(r, ruleset.thresholds) !== "High") continue;
      const score = riskScore(r);
      report({
        messageId: "noMitigation",
        data: { ...entryData(r), score: score === undefined ? "" : ` (score ${score})` },
        projectId: r.projectId || undefined,
        location: cellOf(r.source, "mitigation"),
      });
    }
  },
});
