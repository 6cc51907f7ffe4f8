/**
 * Whether a custom rule's expressions name columns the workbook has. An expression over a missing
 * column would fail (or pass) on every row alike, so the rule is skipped with the reason instead: a
 * typo such as `risk_scor` or a Sponsor column the sheet lacks is reported once, not per project.
 */
import type { Portfolio } from "../../model/portfolio";
import type { CustomRule } from "../../ruleset/types";
import { compileExpression } from "./expressions";

/** Names every row of the entity offers (besides extra columns), as row-context.ts builds them. */
const FIELDS: Record<CustomRule["entity"], string[]> = {
  projects: ["id", "name", "program", "manager", "sponsor", "stage", "stageIndex", "inactive", "status", "start", "finish", "budget", "actualCost", "forecast", "percentComplete", "lastUpdate", "extra", "row"],
  gates: ["projectId", "gate", "gateIndex", "decision", "date", "approver", "project", "artifacts", "row"],
  resources: ["name", "role", "team", "capacity", "row"],
  assignments: ["projectId", "resource", "start", "finish", "allocation", "period", "layout", "project", "row"],
};
const COMMON = ["asOf", "stageAt"];
/** Fields computed by the engine rather than read from a column. */
const DERIVED = new Set(["stageIndex", "inactive", "extra", "row", "project", "artifacts", "gateIndex", "layout", "asOf", "stageAt"]);
const ENTITY_LABEL: Record<CustomRule["entity"], string> = { projects: "Projects", gates: "Gates", resources: "Resources", assignments: "Assignments" };

interface Node {
  type?: string;
  value?: unknown;
  from?: unknown;
  relative?: boolean;
  [key: string]: unknown;
}

/** Top-level names an expression reads (`budget`, `project` in `project.stage`), from jexl's syntax tree. */
export function expressionNames(text: string): string[] {
  const ast = (compileExpression(text) as unknown as { _ast?: Node })._ast;
  const names = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== "object") return;
    const n = node as Node;
    if (n.type === "Identifier" && n.from === undefined && !n.relative && typeof n.value === "string") names.add(n.value);
    for (const [key, child] of Object.entries(n)) if (key !== "value" || n.type !== "Literal") walk(child);
  };
  walk(ast);
  return [...names];
}

/** Why the custom rule cannot run on this workbook, or null when every name it reads is there. */
export function missingColumns(rule: CustomRule, portfolio: Portfolio): string | null {
  const names = new Set([...(rule.when ? expressionNames(rule.when) : []), ...expressionNames(rule.assert)]);
  const entity = rule.entity;
  const known = new Set([...FIELDS[entity], ...COMMON]);
  if (entity === "projects") for (const p of portfolio.projects) for (const k of Object.keys(p.extra)) known.add(k);
  if (entity === "gates") for (const g of portfolio.gates) for (const k of Object.keys(g.artifacts)) known.add(k);
  const unknown = [...names].filter((n) => !known.has(n));
  if (unknown.length > 0) return `its expressions name ${unknown.map((n) => `"${n}"`).join(", ")}, which the ${ENTITY_LABEL[entity]} rows do not have`;
  const detection = portfolio.detections.find((d) => d.entity === entity);
  if (!detection) return null;
  const absent = [...names].filter((n) => FIELDS[entity].includes(n) && !DERIVED.has(n) && !(n in detection.columns));
  return absent.length > 0 ? `the ${detection.sheet} sheet has no ${absent.join(", ")} column${absent.length > 1 ? "s" : ""}` : null;
}
