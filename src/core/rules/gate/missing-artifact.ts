import type { GateRecord, Portfolio } from "../../model/portfolio";
import { recordFields } from "../../model/record-source";
import { passesWith } from "../../metrics/gate-matrix";
import { isBlank, looseKey } from "../../lookup/keys";
import { cellOf } from "../../lookup/location";
import { defineRule } from "../rule";

/**
 * A passed gate must have its required artefacts (deliverables) filled in on the gate row, as
 * Sciforma refuses an approval until every mandatory deliverable is complete. Checked on every
 * passed gate record, whatever the project's stage (the record itself is wrong).
 */
export default defineRule({
  id: "gate/missing-artifact",
  meta: {
    description: "A passed gate lacks an artefact the ruleset requires at that gate.",
    defaultSeverity: "warning",
    options: {},
    messages: {
      missingArtifact: "{projectId}: gate {gate} ({gateName}) is passed but \"{artifact}\" is empty.",
    },
    requires: [{ entity: "gates" }],
  },
  check({ portfolio, ruleset, report, skip }) {
    const gates = ruleset.lifecycle.gates;
    const passes = passesWith(ruleset);
    const missingColumns = new Set<string>();
    for (const gate of gates) {
      for (const artifact of gate.requiredArtifacts) {
        if (!hasColumn(portfolio, artifact)) missingColumns.add(artifact);
      }
    }
    if (missingColumns.size > 0) {
      skip(`the gate log has no column for ${[...missingColumns].map((a) => `"${a}"`).join(", ")}`);
    }
    // Indexed, not for-of: a rule runs once per check, often before it is optimised, and each for-of step then allocates a result object.
    for (let i = 0; i < portfolio.gates.length; i++) {
      const record = portfolio.gates[i];
      if (record.gateIndex === undefined || !gates[record.gateIndex] || !passes(record)) continue;
      const gate = gates[record.gateIndex];
      for (const artifact of gate.requiredArtifacts) {
        if (missingColumns.has(artifact)) continue;
        const { key, value } = artifactValue(record, artifact);
        if (!isBlank(value)) continue;
        report({
          messageId: "missingArtifact",
          data: { projectId: record.projectId, gate: gate.id, gateName: gate.name, artifact },
          projectId: record.projectId,
          location: cellOf(record.source, key ?? artifact),
        });
      }
    }
  },
});

/** The artefact's value on a gate row, matching the column name loosely ("business_case" = "Business Case"). */
function artifactValue(record: GateRecord, artifact: string): { key?: string; value: unknown } {
  if (artifact in record.artifacts) return { key: artifact, value: record.artifacts[artifact] };
  const wanted = looseKey(artifact);
  for (const [key, value] of Object.entries(record.artifacts)) {
    if (looseKey(key) === wanted) return { key, value };
  }
  for (const key of recordFields(record.source)) {
    if (looseKey(key) === wanted) return { key, value: undefined };
  }
  return { value: undefined };
}

/** Whether the gate log has a column for the artefact (from detection, else from the records). */
function hasColumn(portfolio: Portfolio, artifact: string): boolean {
  const wanted = looseKey(artifact);
  const detection = portfolio.detections.find((d) => d.entity === "gates");
  if (detection) {
    return Object.entries(detection.columns).some(([field, c]) => looseKey(field) === wanted || looseKey(c.header) === wanted);
  }
  return portfolio.gates.some((g) => Object.keys(g.artifacts).some((k) => looseKey(k) === wanted) || recordFields(g.source).some((k) => looseKey(k) === wanted));
}
