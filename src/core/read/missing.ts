/** Precise reasons for what could not be found: a missing Projects entity, missing key columns. */
import { ENTITY_SPECS } from "../model/fields";
import type { ReadIssue } from "../model/portfolio";
import type { Ruleset } from "../ruleset/types";
import type { WorkbookSource } from "../../workbook/grid";
import type { Location } from "./locate";
import { extraKey, normalizeHeader } from "./normalize";
import { appendAll } from "../arrays";

/** Says why no projects were found: what each sheet that looked like a register is instead, what else was found, and what a register needs. */
export function missingProjectsReason(source: WorkbookSource, location: Location): string {
  const noted = location.notes.get("projects");
  if (noted) return noted;
  const sheets = location.views.map((v) => `"${v.name}"`);
  if (sheets.length === 0) return "the workbook has no sheets to read";
  const other = [...location.found.entries()].flatMap(([e, locs]) => locs.map((l) => `${e} on "${l.view.name}"`));
  const found = other.length > 0 ? `; found ${other.join(", ")}` : "";
  const rejected = location.rejected.map((r) => `"${r.sheet}" is ${r.why}`);
  const tables = (source.tables ?? []).length > 0 ? ` or Excel Table` : "";
  const needs = "a register needs a header row with a project ID or name column plus stage, status, budget, manager, sponsor or progress";
  if (rejected.length > 0) return `no project register: ${rejected.join("; ")}${found}; ${needs}`;
  return `no Excel Table or sheet is named Projects, Portfolio, Project List or Register, and no sheet${tables} among ${sheets.join(", ")} has a header row with a project ID or name column plus stage, status, budget, manager or dates${found}`;
}

/** Key columns each located entity lacks, plus project columns the ruleset requires but no sheet has. */
export function missingColumns(location: Location, ruleset: Ruleset): ReadIssue[] {
  const issues: ReadIssue[] = [];
  for (const [entity, locs] of location.found) {
    for (const loc of locs) {
      const fields = loc.header.match.fields;
      const wanted: string[] = [...ENTITY_SPECS[entity].keyColumns];
      if (entity === "projects") {
        appendAll(appendAll(wanted, ruleset.requiredFields.always), Object.values(ruleset.requiredFields.fromStage).flat());
        if (!fields.has("id") && !fields.has("name")) wanted.push("name");
      }
      // A plan's project column is readPlans' to report: only it knows when the project comes from elsewhere
      // (the sheet's key/value block, project heading rows).
      if (entity === "assignments" && loc.header.periods.length < 2) wanted.push("allocation");
      // A required field that is no built-in field may be a custom column kept in extra ("riskLevel").
      const extras = new Set(loc.header.match.unmatched.flatMap((u) => [extraKey(u.text), normalizeHeader(u.text)]));
      for (const field of new Set(wanted)) {
        if (!fields.has(field) && !extras.has(field) && !extras.has(normalizeHeader(field))) issues.push({ kind: "missing-column", entity, field, sheet: loc.view.name });
      }
    }
  }
  return issues;
}
