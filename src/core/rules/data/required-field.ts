import type { EntityDetection, Project } from "../../model/portfolio";
import { isBlank, looseKey, matchKey } from "../../lookup/keys";
import { cellOf, columnNumber } from "../../lookup/location";
import { fieldLabelOf, fieldNames } from "../../model/fields";
import { defineRule } from "../rule";

const PROJECT_FIELDS = new Set(fieldNames("projects"));

/**
 * ruleset.requiredFields: `always` for every project, `fromStage[S]` from stage S on (cumulative in
 * lifecycle order). Projects in inactive, unknown or blank stages get only `always`. A required column
 * missing from the sheet is reported once; cells the reader could not parse are data/invalid-value's.
 */
export default defineRule({
  id: "data/required-field",
  meta: {
    description: "A field the ruleset requires at the project's stage is empty.",
    defaultSeverity: "error",
    options: {},
    messages: {
      empty: "{projectId}: {fieldLabel} is required{fromStageText} but is empty.",
      missingColumn: "The {sheet} sheet has no {fieldLabel} column, required{fromStageText} ({count} projects affected).",
    },
    requires: [{ entity: "projects" }],
  },
  check({ portfolio, index, ruleset, report }) {
    const { stages } = ruleset.lifecycle;
    // requiredAt[k] = [field, fromStage?][] required at stage index k.
    const base = ruleset.requiredFields.always.map((f) => [f, undefined] as [string, string | undefined]);
    const requiredAt: [string, string | undefined][][] = [];
    let acc = base;
    const fromStage = new Map(Object.entries(ruleset.requiredFields.fromStage).map(([s, f]) => [matchKey(s), f]));
    stages.forEach((stage, k) => {
      const added = (fromStage.get(matchKey(stage)) ?? []).filter((f) => !acc.some(([g]) => g === f));
      acc = [...acc, ...added.map((f) => [f, stage] as [string, string | undefined])];
      requiredAt[k] = acc;
    });
    const detection = projectsDetection(portfolio.detections);
    const missing = new Map<string, { fromStage?: string; count: number }>();
    const columnPresent = new Map<string, boolean>();
    // Indexed, not for-of or destructuring: a rule runs once per check, often before it is optimised, and
    // each for-of step (and each [a, b] = pair) then allocates an iterator result.
    const { projects } = portfolio;
    for (let i = 0; i < projects.length; i++) {
      const p = projects[i];
      const position = index.stageOf(p);
      const fields = position.kind === "active" ? requiredAt[position.index!] : base;
      for (let k = 0; k < fields.length; k++) {
        const field = fields[k][0];
        const stage = fields[k][1];
        let present = columnPresent.get(field);
        if (present === undefined) columnPresent.set(field, (present = hasColumn(field, detection, portfolio.projects)));
        if (!present) {
          const entry = missing.get(field) ?? { fromStage: stage, count: 0 };
          entry.count++;
          missing.set(field, entry);
          continue;
        }
        const { value, cellKey } = fieldValue(p, field);
        if (!isBlank(value)) continue;
        const location = cellOf(p.source, cellKey);
        if (index.invalidCells.has(`${location.sheet}!${location.cell}`)) continue;
        report({
          messageId: "empty",
          data: { projectId: p.id, field, fieldLabel: label(field, detection), fromStage: stage, fromStageText: stage ? ` from ${stage} on` : "" },
          projectId: p.id,
          location,
        });
      }
    }
    for (const [field, { fromStage: stage, count }] of missing) {
      const sheet = detection?.sheet ?? portfolio.projects[0]?.source.sheet ?? "Projects";
      const headerRow = detection?.headerRow ?? 1;
      // The header row's first mapped column (the table may not start in column A).
      const column = Object.values(detection?.columns ?? {}).map((c) => c.column).sort((a, b) => columnNumber(a) - columnNumber(b))[0] ?? "A";
      report({
        messageId: "missingColumn",
        data: { sheet, field, fieldLabel: label(field, detection), fromStage: stage, fromStageText: stage ? ` from ${stage} on` : "", count },
        location: { sheet, cell: `${column}${headerRow}`, row: headerRow },
      });
    }
  },
});

function fieldValue(p: Project, field: string): { value: unknown; cellKey: string } {
  if (PROJECT_FIELDS.has(field)) return { value: (p as unknown as Record<string, unknown>)[field], cellKey: field };
  if (field in p.extra) return { value: p.extra[field], cellKey: field };
  const wanted = looseKey(field);
  for (const [key, value] of Object.entries(p.extra)) if (looseKey(key) === wanted) return { value, cellKey: key };
  return { value: undefined, cellKey: field };
}

/** Whether the Projects sheet has the field's column (from detection when known, else from the records). */
function hasColumn(field: string, detection: EntityDetection | undefined, projects: Project[]): boolean {
  const wanted = looseKey(field);
  if (detection) {
    if (PROJECT_FIELDS.has(field)) return field in detection.columns;
    return Object.entries(detection.columns).some(([f, c]) => looseKey(f) === wanted || looseKey(c.header) === wanted) || detection.unmatched.some((h) => looseKey(h) === wanted);
  }
  if (PROJECT_FIELDS.has(field)) return true;
  return projects.some((p) => Object.keys(p.extra).some((k) => looseKey(k) === wanted));
}

function label(field: string, detection: EntityDetection | undefined): string {
  return detection?.columns[field]?.header ?? fieldLabelOf("projects", field);
}

/** The register's detection, with the columns of sheets of per-project figures that filled it (their cells are on those sheets). */
function projectsDetection(detections: EntityDetection[]): EntityDetection | undefined {
  const all = detections.filter((d) => d.entity === "projects");
  const register = all.find((d) => d.role !== "figures");
  if (!register) return undefined;
  const figures = all.filter((d) => d.role === "figures");
  if (figures.length === 0) return register;
  const columns = { ...register.columns };
  for (const f of figures) for (const [field, c] of Object.entries(f.columns)) columns[field] ??= c;
  return { ...register, columns };
}
