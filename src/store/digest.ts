/**
 * What the run history keeps of a finding: enough to list it and to tell, between two runs, whether
 * it is new, still there or fixed. Messages are kept for display; the key decides identity.
 */
import type { Finding, FindingSeverity } from "../core/findings";
import type { CellLocation } from "../workbook/port";

export interface FindingDigest {
  key: string;
  ruleId: string;
  severity: FindingSeverity;
  message: string;
  projectId?: string;
  location?: CellLocation;
}

/**
 * The stable identity of a finding across runs: rule, subject (project, resource, period) and cell.
 * The message is left out on purpose: "over budget by 12%" and "by 14%" are the same problem.
 * @example findingKey({ ruleId: "gate/missing", projectId: "P-1", location: { sheet: "Projects", cell: "D4", row: 4 } })
 * // "gate/missing|P-1|||Projects!D4"
 */
export function findingKey(f: Pick<Finding, "ruleId" | "projectId" | "resource" | "period" | "location">): string {
  const cell = f.location ? `${f.location.sheet}!${f.location.cell}` : "";
  return [f.ruleId, f.projectId ?? "", f.resource ?? "", f.period ?? "", cell].join("|");
}

/** Reduces findings to digests for storage. */
export function digestFindings(findings: readonly Finding[]): FindingDigest[] {
  return findings.map((f) => ({
    key: findingKey(f),
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    ...(f.projectId !== undefined ? { projectId: f.projectId } : {}),
    ...(f.location ? { location: f.location } : {}),
  }));
}
