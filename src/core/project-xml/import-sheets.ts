/**
 * The imported rows as sheets in the documented workbook format (docs/workbook-format.md): Projects,
 * Gates, Milestones, Resources, Assignments, each a header row and one row a record, with headers the
 * reader knows. They are written as the product's own data sheets (keys starting `import-`,
 * src/workbook/markers.ts): a later import replaces them, and the check reads them.
 */
import { isoFromDay, type DayNumber } from "../model/dates";
import { IMPORT_KEY_PREFIX } from "../../workbook/markers";
import type { SheetSpec, SpecCell, SpecStyle } from "../../workbook/sheet-spec";
import type { ImportedPortfolio } from "./import";

type Column<R> = {
  header: string;
  width: number;
  value: (row: R) => string | number | DayNumber | undefined;
  kind?: "date" | SpecStyle;
  /**
   * Written only when some row has a value: a column the source never filled (no objective in the
   * file) is left out, as it was in the original, rather than written empty for the rules to flag.
   */
  ifAny?: true;
};

function sheet<R>(key: string, name: string, rows: R[], all: Column<R>[]): SheetSpec {
  const columns = all.filter((c) => !c.ifAny || rows.some((r) => c.value(r) !== undefined));
  const header: SpecCell[] = columns.map((c) => ({ value: c.header, type: "text", style: "header" }));
  const body = rows.map((row) =>
    columns.map((c): SpecCell | null => {
      const v = c.value(row);
      if (v === undefined || (typeof v === "number" && !Number.isFinite(v))) return null;
      if (c.kind === "date" && typeof v === "number") return { value: isoFromDay(v), type: "date", style: "date" };
      if (typeof v === "string") return { value: v, type: "text" };
      return c.kind && c.kind !== "date" ? { value: v, style: c.kind } : { value: v };
    }),
  );
  return { key: IMPORT_KEY_PREFIX + key, name, columns: columns.map((c) => ({ width: c.width })), rows: [header, ...body], freeze: { rows: 1, cols: 0 } };
}

/** The sheets of an import; Gates and Milestones only when there are rows for them. */
export function importSheets(imported: ImportedPortfolio): SheetSpec[] {
  const specs: SheetSpec[] = [
    sheet("projects", "Projects", imported.projects, [
      { header: "Project ID", width: 14, value: (p) => p.id },
      { header: "Project Name", width: 36, value: (p) => p.name },
      { header: "Programme", width: 24, value: (p) => p.program },
      { header: "Project Manager", width: 20, value: (p) => p.manager },
      { header: "Sponsor", width: 20, value: (p) => p.sponsor },
      { header: "Stage", width: 14, value: (p) => p.stage },
      { header: "RAG Status", width: 12, value: (p) => p.status },
      { header: "Start Date", width: 12, value: (p) => p.start, kind: "date" },
      { header: "Finish Date", width: 12, value: (p) => p.finish, kind: "date" },
      { header: "Budget", width: 14, value: (p) => p.budget, kind: "currency" },
      { header: "Actual Cost", width: 14, value: (p) => p.actualCost, kind: "currency" },
      { header: "Forecast", width: 14, value: (p) => p.forecast, kind: "currency" },
      { header: "% Complete", width: 11, value: (p) => p.percentComplete, kind: "percent1" },
      { header: "Status Date", width: 12, value: (p) => p.lastUpdate, kind: "date" },
      { header: "Objective", width: 24, value: (p) => p.objective, ifAny: true },
      { header: "Strategic Score", width: 10, value: (p) => p.strategicScore, ifAny: true },
      { header: "Priority", width: 10, value: (p) => p.priority, ifAny: true },
    ]),
  ];
  if (imported.gates.length) {
    const artefacts = [...new Set(imported.gates.flatMap((g) => Object.keys(g.artefacts)))];
    specs.push(
      sheet("gates", "Gates", imported.gates, [
        { header: "Project ID", width: 14, value: (g) => g.projectId },
        { header: "Gate", width: 10, value: (g) => g.gate },
        { header: "Decision", width: 22, value: (g) => g.decision },
        { header: "Decision Date", width: 13, value: (g) => g.date, kind: "date" },
        { header: "Approved By", width: 18, value: (g) => g.approver },
        ...artefacts.map((a) => ({ header: a, width: 16, value: (g: (typeof imported.gates)[number]) => g.artefacts[a] })),
      ]),
    );
  }
  if (imported.milestones.length) {
    specs.push(
      sheet("milestones", "Milestones", imported.milestones, [
        { header: "Project ID", width: 14, value: (m) => m.projectId },
        { header: "Milestone ID", width: 12, value: (m) => m.id },
        { header: "Milestone", width: 32, value: (m) => m.name },
        { header: "Baseline Date", width: 13, value: (m) => m.baseline, kind: "date" },
        { header: "Forecast Date", width: 13, value: (m) => m.forecast, kind: "date" },
        { header: "Actual Date", width: 13, value: (m) => m.actual, kind: "date" },
        { header: "Status", width: 12, value: (m) => m.status },
      ]),
    );
  }
  specs.push(
    sheet("resources", "Resources", imported.resources, [
      { header: "Resource Name", width: 24, value: (r) => r.name },
      { header: "Role", width: 20, value: (r) => r.role },
      { header: "Team", width: 18, value: (r) => r.team },
      { header: "Capacity (FTE)", width: 12, value: (r) => r.capacity, kind: "decimal2" },
    ]),
    sheet("assignments", "Assignments", imported.assignments, [
      { header: "Project ID", width: 14, value: (a) => a.projectId },
      { header: "Resource", width: 24, value: (a) => a.resource },
      { header: "Start", width: 12, value: (a) => a.start, kind: "date" },
      { header: "Finish", width: 12, value: (a) => a.finish, kind: "date" },
      { header: "FTE", width: 8, value: (a) => a.allocation, kind: "decimal2" },
    ]),
  );
  return specs;
}
