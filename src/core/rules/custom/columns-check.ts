/**
 * Whether a custom rule's expressions name columns the workbook has. An expression over a missing
 * column would fail (or pass) on every row alike, so the rule is skipped with the reason instead: a
 * typo such as `risk_scor` or a Sponsor column the sheet lacks is reported once, not per project.
 */
import type { Portfolio } from "../../model/portfolio";
import type { CustomRule } from "../../ruleset/types";
import { ENTITY_SPECS, fieldNames } from "../../model/fields";
import { compileExpression } from "./expressions";
import { contextNames } from "./row-context";

const COMMON = ["asOf", "stageAt"];

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
  const spec = ENTITY_SPECS[entity];
  const known = new Set([...contextNames(entity), ...COMMON]);
  const records = portfolio[entity] as unknown as { extra?: Record<string, unknown>; artifacts?: Record<string, unknown> }[];
  for (const r of records) for (const k of Object.keys(r.extra ?? r.artifacts ?? {})) known.add(k);
  const unknown = [...names].filter((n) => !known.has(n));
  if (unknown.length > 0) return `its expressions name ${unknown.map((n) => `"${n}"`).join(", ")}, which the ${spec.label} rows do not have`;
  const detection = portfolio.detections.find((d) => d.entity === entity);
  if (!detection) return null;
  // Fields are read from columns; the derived names (stageIndex, project, row…) are always there.
  const fields = new Set(fieldNames(entity));
  const absent = [...names].filter((n) => fields.has(n) && !(n in detection.columns));
  return absent.length > 0 ? `the ${detection.sheet} sheet has no ${absent.join(", ")} column${absent.length > 1 ? "s" : ""}` : null;
}
