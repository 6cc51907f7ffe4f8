/**
 * A submission template made from the PMO's ruleset (issue 16): one Excel Table per entity the reader
 * knows, with the headers it expects, drop-downs and range checks from the ruleset and the messages
 * the check would give, number and date formats, frozen headers, a "How to fill this in" sheet, and
 * the ruleset itself to store in the workbook. Pure: writers render the sheet specs (docs/template.md).
 */
import { ENTITIES, ENTITY_SPECS, type EntityName } from "../model/fields";
import { col } from "../report/cells";
import type { Ruleset } from "../ruleset/types";
import type { DefinedNameSpec, SheetSpec, SpecCell } from "../../workbook/sheet-spec";
import { LIST_SOURCES, entityColumns, vocabularies, type TemplateColumn } from "./columns";
import { guideSheet } from "./guide";

export { GUIDE_KEY, GUIDE_SHEET } from "./guide";
export { isBlankTemplate } from "./blank";
export { LIST_SOURCES, headerOf, requiredSentence, vocabularies } from "./columns";

/** Rows below each header that get the formats and validations (the tables grow into them). */
export const TEMPLATE_ROWS = 1000;

export interface TemplateOptions {
  /** Entities to give a sheet, in order (default: every entity the reader knows). */
  entities?: EntityName[];
  rows?: number;
}

export interface Template {
  /** The guide first, then one sheet per entity. */
  sheets: SheetSpec[];
  /** The ruleset as JSON, to store in the workbook (the check then uses it by default). */
  rulesetJson: string;
  /** The tab name and table of each entity's sheet, with its headers in order. */
  tables: { entity: EntityName; sheet: string; table: string; headers: string[] }[];
}

/** The sheet key of an entity's template sheet. */
export const templateKey = (entity: EntityName) => `template-${entity}`;

/** The sheet and table name an entity gets: the ruleset's mapping when it names one, else the entity's usual name. */
function namesOf(ruleset: Ruleset, entity: EntityName): { sheet: string; table: string } {
  const m = ruleset.mapping[entity];
  const usual = ENTITY_SPECS[entity].sheetNames[0];
  const sheet = m?.sheet?.trim() || usual;
  const table = (m?.table?.trim() || usual).replace(/[^A-Za-z0-9_]/g, "_").replace(/^(?=[0-9])/, "_");
  return { sheet, table };
}

/** The template for `ruleset`. */
export function buildTemplate(ruleset: Ruleset, opts: TemplateOptions = {}): Template {
  const entities = opts.entities ?? ENTITIES;
  const rowCount = opts.rows ?? TEMPLATE_ROWS;
  const vocab = vocabularies(ruleset);
  const placed = entities.map((entity) => ({ entity, ...namesOf(ruleset, entity) }));
  const guide = guideSheet({ ruleset, vocab, sheets: placed.map((p) => ({ entity: p.entity, name: p.sheet })) });
  const tableOf = new Map(placed.map((p) => [p.entity, p.table]));
  const sheets: SheetSpec[] = [guide.spec];
  const tables: Template["tables"] = [];
  for (const p of placed) {
    const columns = entityColumns(ruleset, p.entity, vocab, guide.vocabRefs);
    const spec = entitySheet(p, columns, rowCount, ruleset, tableOf);
    sheets.push(spec);
    tables.push({ entity: p.entity, sheet: p.sheet, table: p.table, headers: columns.map((c) => c.header) });
  }
  return { sheets, rulesetJson: JSON.stringify(ruleset, null, 2), tables };
}

function entitySheet(p: { entity: EntityName; sheet: string; table: string }, columns: TemplateColumn[], rowCount: number, ruleset: Ruleset, tableOf: Map<EntityName, string>): SheetSpec {
  const last = col(columns.length);
  const header: SpecCell[] = columns.map((c) => ({ value: c.header, type: "text", style: "header" }));
  const names: DefinedNameSpec[] = [];
  const validations = columns.flatMap((c, i) => {
    if (!c.validation) return [];
    const letter = col(i + 1);
    if (c.validation.rule.type === "listRef") {
      const source = Object.values(LIST_SOURCES).find((s) => s.name === (c.validation!.rule as { ref: string }).ref);
      if (source) {
        const table = tableOf.get(source.entity);
        // The source table is not in this template: no drop-down, the input message stays.
        if (table === undefined) return [{ ref: `${letter}2:${letter}${rowCount + 1}`, rule: { type: "any" as const }, prompt: c.validation.prompt }];
        const sourceHeader = entityColumns(ruleset, source.entity, vocabularies(ruleset)).find((x) => x.field === source.field)!.header;
        names.push({ name: source.name, ref: `${table}[${escapeColumn(sourceHeader)}]` });
      }
    }
    return [{ ref: `${letter}2:${letter}${rowCount + 1}`, ...(crossColumn(p.entity, c, columns, rowCount) ?? c.validation) }];
  });
  return {
    key: templateKey(p.entity),
    name: p.sheet,
    userSheet: true,
    columns: columns.map((c) => (c.style ? { width: c.width, style: c.style } : { width: c.width })),
    rows: [header],
    freeze: { rows: 1, cols: 0 },
    print: { landscape: true, fitToWidth: true },
    tables: [{ name: p.table, ref: `A1:${last}2`, style: "TableStyleMedium2" }],
    validations,
    ...(names.length > 0 ? { names: uniqueNames(names) } : {}),
  };
}

/**
 * Rules that look at other cells, as the check does: a project ID or a person's name used twice
 * (data/duplicate-id), a finish before its start (data/date-order). Undefined for any other column.
 */
function crossColumn(entity: EntityName, c: TemplateColumn, columns: TemplateColumn[], rowCount: number): TemplateColumn["validation"] | undefined {
  const letterOf = (field: string) => {
    const i = columns.findIndex((x) => x.field === field);
    return i < 0 ? undefined : col(i + 1);
  };
  const me = letterOf(c.field ?? "");
  if (me === undefined || !c.validation) return undefined;
  const unique = (entity === "projects" && c.field === "id") || (entity === "resources" && c.field === "name");
  if (unique) {
    const what = entity === "projects" ? "project ID" : "name";
    const again = entity === "projects" ? "Project id … is used again here" : "Resource … is listed again here";
    return {
      rule: { type: "custom", formula: `COUNTIF($${me}$2:$${me}$${rowCount + 1},${me}2)<=1` },
      prompt: c.validation.prompt,
      error: { title: `${what.charAt(0).toUpperCase() + what.slice(1)} used twice`, text: `This ${what} is already in the list; the check reports "${again}". Each row needs its own.`, style: "stop" },
    };
  }
  if (c.field === "finish" && (entity === "projects" || entity === "assignments")) {
    const start = letterOf("start");
    if (start === undefined) return undefined;
    return {
      rule: { type: "custom", formula: `AND(ISNUMBER(${me}2),OR(ISBLANK(${start}2),${me}2>=${start}2))` },
      prompt: c.validation.prompt,
      error: { title: "Finish before start", text: "This is not a date on or after Start (Finish); the check reports a finish before its start. Type a date such as 2026-03-31.", style: "stop" },
    };
  }
  return undefined;
}

/** A table column name in a structured reference: ' [ ] # are escaped with an apostrophe. */
function escapeColumn(name: string): string {
  return name.replace(/['[\]#]/g, "'$&");
}

function uniqueNames(names: DefinedNameSpec[]): DefinedNameSpec[] {
  const seen = new Set<string>();
  return names.filter((n) => (seen.has(n.name) ? false : (seen.add(n.name), true)));
}


