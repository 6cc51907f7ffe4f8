/** Gate Status: project × gate, coloured by where each project stands at each gate. */
import type { GateCellStatus } from "../metrics/types";
import type { SheetSpec, SpecCell } from "../../workbook/sheet-spec";
import { col, fitWidths, header, text } from "./cells";
import { FIRST_CONTENT_ROW, headerRows } from "./header";
import type { ReportInput } from "./index";

export const GATE_STATUS_LABEL: Record<GateCellStatus, string> = {
  passed: "Passed",
  pending: "Pending",
  rejected: "Rejected",
  missing: "Missing",
  "not-due": "Not due",
};

export function gateSheet(input: ReportInput): SheetSpec {
  const { gates, rows } = input.result.metrics.gateMatrix;
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
        return c ? text(GATE_STATUS_LABEL[c.status], undefined, c.location) : text("");
      }),
    ];
  });
  if (data.length === 0) data.push([text("No projects found.", "note")]);
  const bottom = top + data.length;
  const lastCol = col(Math.max(3, labels.length));
  return {
    key: "gates",
    name: "Gate Status",
    tabColor: "7030A0",
    columns: fitWidths([14, 30, 14, ...gates.map(() => 12)], labels),
    rows: [
      ...headerRows("Gate Status", input, "Passed = approved decision on record; Pending/Rejected = decision not passing; Missing = gate due for the project's stage but not passed; Not due = later gate."),
      header(labels),
      ...data,
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
              { type: "textEquals", text: "Missing", style: "bad" },
              { type: "textEquals", text: "Not due", style: "neutral" },
            ],
          },
        ]
      : [],
    print: { landscape: true, fitToWidth: true },
  };
}
