/** Gate Status: project × gate, coloured by where each project stands at each gate. */
import type { GateCellStatus } from "../metrics/types";
import type { SheetSpec, SpecCell } from "../../workbook/sheet-spec";
import { col, fitWidths, header, num, printSetup, text } from "./cells";
import { gateRulesNotRun } from "./summary-health";
import { FIRST_CONTENT_ROW, headerRows } from "./header";
import type { ReportInput } from "./index";

export const GATE_STATUS_LABEL: Record<GateCellStatus, string> = {
  passed: "Passed",
  pending: "Pending",
  rejected: "Rejected",
  missing: "Missing",
  "not-due": "Not due",
};

/** Shown instead of Missing when the gate rules did not run (no gate log, say): nothing was checked. */
export const NOT_CHECKED = "Not checked";

const COUNTED: GateCellStatus[] = ["passed", "pending", "rejected", "missing", "not-due"];

export function gateSheet(input: ReportInput): SheetSpec {
  const { gates, rows } = input.result.metrics.gateMatrix;
  const notRun = gateRulesNotRun(input.result, input.ruleset);
  const label = (status: GateCellStatus) => (status === "missing" && notRun ? NOT_CHECKED : GATE_STATUS_LABEL[status]);
  const top = FIRST_CONTENT_ROW;
  const labels = ["Project", "Name", "Stage", ...gates.map((g) => (g.name && g.name !== g.id ? `${g.id} ${g.name}` : g.id))];
  const data: SpecCell[][] = rows.map((r) => {
    const byGate = new Map(r.cells.map((c) => [c.gateId, c]));
    return [
      text(r.projectId),
      text(r.name),
      text(r.stage),
      ...gates.map((g) => {
        const c = byGate.get(g.id);
        return c ? text(label(c.status), undefined, c.location) : text("");
      }),
    ];
  });
  if (data.length === 0) data.push([text("No projects found.", "note")]);
  const bottom = top + data.length;
  const lastCol = col(Math.max(3, labels.length));
  // Counts per gate: by where the projects stand, and the decisions as recorded.
  const countLabels = ["Gate", "Passed", "Pending", "Rejected", notRun ? NOT_CHECKED : "Missing", "Not due", "Decisions on record"];
  const counts = gates.map((g) => {
    const by = new Map<GateCellStatus, number>();
    const decisions = new Map<string, number>();
    for (const r of rows) {
      const c = r.cells.find((x) => x.gateId === g.id);
      if (!c) continue;
      by.set(c.status, (by.get(c.status) ?? 0) + 1);
      if (c.decision) decisions.set(c.decision, (decisions.get(c.decision) ?? 0) + 1);
    }
    const words = [...decisions].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([d, n]) => `${d} ${n}`).join(", ");
    // The gate's id only: the column is the narrow Project column; the matrix header above names it.
    return [text(g.id), ...COUNTED.map((st) => num(by.get(st) ?? 0, "integer")), text(words || "none")];
  });
  const countTop = bottom + 3;
  const countBlock = gates.length && rows.length ? [[], [text("Projects per gate", "subtitle")], header(countLabels, (i) => i >= 1 && i <= 5), ...counts] : [];
  const legend = notRun
    ? `The gate rules did not run (${notRun}), so no gate is reported as Missing: "Not checked". Passed = approved decision on record; Pending = decision not passing yet; Rejected = rejected or killed; Not due = later gate.`
    : "Passed (green) = approved decision on record; Pending (amber) = decision not passing yet; Rejected (red) = rejected or killed; Missing (blue) = the stage is past the gate and no decision is on record; Not due (grey) = later gate.";
  const columns = fitWidths([14, 30, 14, ...gates.map(() => 12)], labels);
  return {
    key: "gates",
    name: "Gate Status",
    tabColor: "7030A0",
    columns,
    rows: [
      ...headerRows("Gate Status", input, legend),
      header(labels),
      ...data,
      ...countBlock,
    ],
    freeze: { rows: top, cols: 2 },
    conditionalFormats: gates.length
      ? [
          {
            ref: `D${top + 1}:${lastCol}${bottom}`,
            rules: [
              { type: "textEquals", text: "Passed", style: "good" },
              { type: "textEquals", text: "Pending", style: "warn" },
              { type: "textEquals", text: "Rejected", style: "bad" },
              { type: "textEquals", text: "Missing", style: "info" },
              { type: "textEquals", text: "Not due", style: "neutral" },
              { type: "textEquals", text: NOT_CHECKED, style: "neutral" },
            ],
          },
        ]
      : [],
    print: printSetup(columns, countBlock.length ? [countTop - 2] : []),
  };
}
