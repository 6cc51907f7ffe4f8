/**
 * Per-project figures on a sheet of their own, keyed by project ID (a budget sheet with ProjectID,
 * BudgetAmount, SpentAmount): they fill the register's empty fields, and each filled value keeps its own
 * cell, so a finding about it points at the budget sheet. A sheet whose IDs are mostly not the
 * register's is not figures for it.
 */
import { fieldNames } from "../model/fields";
import type { EntityDetection, Project, ReadIssue, SheetNotRead } from "../model/portfolio";
import { fieldCell } from "../model/record-source";
import type { Ruleset } from "../ruleset/types";
import { matchKey } from "../lookup/keys";
import { columnLetter } from "./a1";
import { arbitrateStatus } from "./entities/arbitrate";
import { readProjects } from "./entities/projects";
import type { ReadContext } from "./entities/table";
import type { Located } from "./locate";

const FILLABLE = fieldNames("projects").filter((f) => f !== "id" && f !== "name");

export interface FiguresRead {
  detections: EntityDetection[];
  notRead: SheetNotRead[];
  /** Register fields the figures supplied (their missing-column issues no longer hold). */
  supplied: Set<string>;
}

/** Fills the register's projects from each figures candidate whose IDs are the register's. */
export function fillFromFigures(candidates: Located[], projects: Project[], ruleset: Ruleset, ctx: ReadContext): FiguresRead {
  const out: FiguresRead = { detections: [], notRead: [], supplied: new Set() };
  if (projects.length === 0) return out;
  const byId = new Map<string, Project>();
  for (const p of projects) if (!byId.has(matchKey(p.id))) byId.set(matchKey(p.id), p);
  for (const cand of candidates) {
    const loc = arbitrateStatus(cand, ruleset);
    const issues: ReadIssue[] = [];
    const rows = readProjects(loc, ruleset, { ...ctx, issues });
    const matched = rows.filter((r) => byId.has(matchKey(r.id)));
    const sheet = loc.view.name;
    if (rows.length === 0 || matched.length * 2 < rows.length) {
      out.notRead.push({ sheet, why: `its header names project fields, but ${rows.length - matched.length} of its ${rows.length} IDs are not in the register` });
      continue;
    }
    const fields = FILLABLE.filter((f) => loc.header.match.fields.has(f));
    const filled = new Set<string>();
    let count = 0;
    for (const rec of matched) {
      const p = byId.get(matchKey(rec.id))!;
      const values = p as unknown as Record<string, unknown>;
      const from = rec as unknown as Record<string, unknown>;
      let any = false;
      for (const f of fields) {
        if (values[f] !== undefined || from[f] === undefined) continue;
        values[f] = from[f];
        (p.source.cells ??= {})[f] = fieldCell(rec.source, f)!;
        (p.source.sheets ??= {})[f] = sheet;
        filled.add(f);
        any = true;
      }
      if (any) count++;
    }
    // The sheet's unreadable cells count where they fill a field the register has no column for.
    const registerHas = (f: string) => projects.some((p) => p.source.columns?.[f] !== undefined);
    for (const i of issues) if (i.kind === "invalid-value" && !registerHas(i.field)) ctx.issues.push(i);
    for (const f of fields) if (!registerHas(f)) out.supplied.add(f);
    const columns: EntityDetection["columns"] = {};
    for (const c of loc.header.match.fields.values()) columns[c.field] = { header: c.header, column: columnLetter(c.col) };
    const list = [...filled].map((f) => loc.header.match.fields.get(f)!.header).join(", ");
    out.detections.push({
      entity: "projects",
      how: loc.how,
      sheet,
      headerRow: loc.header.row,
      columns,
      unmatched: loc.header.match.unmatched.map((u) => u.text),
      dataRows: rows.length,
      role: "figures",
      why: `per-project figures keyed by project ID: ${matched.length} of its ${rows.length} IDs are in the register; ${list ? `${list} filled for ${count} projects` : "nothing the register lacks"}`,
    });
  }
  return out;
}
