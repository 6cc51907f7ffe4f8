/**
 * The docs' tables that list entities, fields and rules, generated from the descriptions they come
 * from (model/fields, rules/registry). A doc marks each generated table with
 * `<!-- generated: <name> -->` … `<!-- /generated -->`; `npm run generate` rewrites what lies between,
 * and a test fails while a doc is out of date.
 */
import { CUSTOM_RULE_ENTITIES, ENTITIES, ENTITY_SPECS, fieldEntries } from "../../src/core/model/fields";
import type { EntityName, ValueKind } from "../../src/core/model/fields";
import { rules } from "../../src/core/rules/registry";

const KIND: Record<ValueKind, string> = {
  text: "text",
  date: "a date",
  endDate: "a date (a month, quarter, half or week means its last day)",
  amount: "an amount",
  percent: "a percentage",
  fte: "FTE",
  capacity: "FTE",
  number: "a number",
  level: "a level (1–5, or Low / Medium / High)",
};

const code = (s: string) => `\`${s}\``;
const cell = (s: string) => s.replace(/\|/g, "\\|");

function entitiesTable(): string {
  const rows = ENTITIES.map((e) => `| ${ENTITY_SPECS[e].label} | ${ENTITY_SPECS[e].required ? "yes" : "no"} | ${ENTITY_SPECS[e].holds} |`);
  return ["| Entity | Required | What it holds |", "|---|---|---|", ...rows].join("\n");
}

function sheetNamesTable(): string {
  const rows = ENTITIES.map((e) => `| ${ENTITY_SPECS[e].label} | ${ENTITY_SPECS[e].sheetNames.join(", ")} |`);
  return ["| Entity | Sheet and table names recognised |", "|---|---|", ...rows].join("\n");
}

function fieldsTable(entity: EntityName): string {
  const rows = fieldEntries(entity).map(([field, s]) => {
    const holds = `${s.description} — ${KIND[s.kind]}${s.fallback ? `; when empty: ${s.fallback}` : ""}`;
    const qualifiers = s.qualifiers?.length ? s.qualifiers.join(", ") : "";
    return `| ${code(field)} | ${cell(holds)} | ${cell(s.synonyms.join(", "))} | ${cell(qualifiers)} |`;
  });
  return ["| Field | Holds | Headers recognised | Qualifiers |", "|---|---|---|---|", ...rows].join("\n");
}

function customRuleTable(): string {
  const rows = CUSTOM_RULE_ENTITIES.map((e) => {
    const spec = ENTITY_SPECS[e];
    const derived = Object.entries(spec.customRule ?? {}).map(([n, d]) => `${code(n)} (${d})`);
    const extra = spec.keepsExtra ? ", and every other column under its key (`Risk Level` → `riskLevel`)" : e === "gates" ? ", and the artefact columns by name" : "";
    return `| ${e} | ${fieldEntries(e).map(([f]) => code(f)).join(" ")}; ${derived.join(", ")}${extra} |`;
  });
  return ["| Entity | Names |", "|---|---|", ...rows, "| every row | `asOf` (the as-of date) and `stageAt` (stage → index: `stageIndex >= stageAt.Planning`) |"].join("\n");
}

function ruleIndex(): string {
  const rows = rules.map((r) => `| [${r.id}](${r.id}.md) | ${r.meta.defaultSeverity} | ${cell(r.meta.description)} |`);
  return ["| Rule | Default severity | Checks |", "|---|---|---|", ...rows].join("\n");
}

/** Generated tables by doc file (relative to the repository root) and section name. */
export function generatedSections(): Record<string, Record<string, string>> {
  return {
    "docs/workbook-format.md": {
      entities: entitiesTable(),
      "sheet-names": sheetNamesTable(),
      ...Object.fromEntries(ENTITIES.map((e) => [`fields-${e}`, fieldsTable(e)])),
    },
    "docs/ruleset.md": { "custom-rule-context": customRuleTable() },
    "docs/rules/README.md": { "rule-index": ruleIndex() },
  };
}

const SECTION = /(<!-- generated: ([a-z0-9-]+) -->\n)([\s\S]*?)(<!-- \/generated -->)/g;

/** The doc's text with each marked section replaced; throws when a section has no marker in the doc. */
export function fillSections(text: string, sections: Record<string, string>, file: string): string {
  const seen = new Set<string>();
  const out = text.replace(SECTION, (_, open: string, name: string, _body: string, close: string) => {
    if (!(name in sections)) return `${open}${_body}${close}`;
    seen.add(name);
    return `${open}${sections[name]}\n${close}`;
  });
  const missing = Object.keys(sections).filter((n) => !seen.has(n));
  if (missing.length > 0) throw new Error(`${file} has no <!-- generated: ${missing[0]} --> section`);
  return out;
}
