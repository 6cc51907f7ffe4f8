import type { GateDefinition } from "../../ruleset/types";
import type { Project } from "../../model/portfolio";
import type { GateMatrix } from "../../metrics/types";
import type { RuleContext } from "../rule";

type GateCell = GateMatrix["rows"][number]["cells"][number];

/**
 * Calls visit for every gate that lies before an active project's current stage (gate k leads into
 * stage k+1), with the project's gate-matrix cell. Inactive and unknown stages are not visited.
 */
export function forEachGateBeforeStage(
  { metrics, index, ruleset }: Pick<RuleContext, "metrics" | "index" | "ruleset">,
  visit: (project: Project, stage: string, gate: GateDefinition, cell: GateCell) => void,
): void {
  for (const row of metrics.gateMatrix.rows) {
    const project = index.projectNamed(row.projectId);
    if (!project) continue;
    const position = index.stageOf(project);
    if (position.kind !== "active") continue;
    for (let k = 0; k < position.index! && k < row.cells.length; k++) {
      visit(project, position.name!, ruleset.lifecycle.gates[k], row.cells[k]);
    }
  }
}
