/**
 * A plain view of the stand-in workbook's active sheet, so that what the task pane does (select a
 * cell, write sheets) is visible in the harness. Shows a window of rows around the selection.
 */
import { useEffect, useRef } from "react";
import type { SheetState, WorkbookState } from "../excel-standin/state";
import { cellAddress, columnLetters } from "../excel-standin/a1";

const ROWS = 60;
const COLS = 26;

function display(value: unknown, format: string | undefined): string {
  if (value === undefined || value === "") return "";
  if (typeof value === "number" && format && /y{2}|d{1,2}.m{1,2}|m{1,2}.d{1,2}/i.test(format) && value > 0 && value < 2958466) {
    return new Date(Math.round((value - 25569) * 86_400_000)).toISOString().slice(0, 10);
  }
  if (typeof value === "number" && format?.includes("%")) return `${Math.round(value * 1000) / 10}%`;
  return String(value);
}

export function GridView({ state, onActivate }: { state: WorkbookState; onActivate: (sheetId: string) => void }) {
  const sheet: SheetState | undefined = state.sheets.find((s) => s.id === state.activeSheetId) ?? state.sheets.find((s) => s.visibility === "Visible");
  const selectedRef = useRef<HTMLTableCellElement | null>(null);
  const sel = state.selection && state.selection.sheetId === sheet?.id ? state.selection.rect : null;

  useEffect(() => {
    selectedRef.current?.scrollIntoView({ block: "center", inline: "center" });
  });

  if (!sheet) return <p>This workbook has no visible sheet.</p>;
  const firstRow = sel ? Math.max(0, sel.row - Math.floor(ROWS / 2)) : 0;
  const firstCol = sel ? Math.max(0, sel.col - COLS + 4) : 0;
  // Like Excel, hidden rows and columns do not show (a selected cell in one is selected but unseen).
  const rows = Array.from({ length: ROWS }, (_, i) => firstRow + i).filter((r) => !sheet.hiddenRows.has(r));
  const cols = Array.from({ length: COLS }, (_, i) => firstCol + i).filter((c) => !sheet.hiddenColumns.has(c));
  const inSel = (r: number, c: number) => sel !== null && r >= sel.row && r < sel.row + sel.rows && c >= sel.col && c < sel.col + sel.cols;
  const address = sel ? `${sheet.name}!${cellAddress(sel.row, sel.col)}` : `${sheet.name}`;

  return (
    <>
      <div className="namebox" data-testid="selection" role="status" aria-label="Selected cell">
        {address}
      </div>
      {/* Keyed by sheet so switching sheets starts at A1 instead of the last sheet's scroll position. */}
      <div key={sheet.id} className="grid" tabIndex={0} role="region" aria-label={`Sheet ${sheet.name}`}>
        <table>
          <thead>
            <tr>
              <th className="row" scope="col">
                <span className="sr-only">Row</span>
              </th>
              {cols.map((c) => (
                <th key={c} scope="col">
                  {columnLetters(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r}>
                <th className="row" scope="row">
                  {r + 1}
                </th>
                {cols.map((c) => {
                  const v = sheet.values[r]?.[c];
                  const selected = inSel(r, c);
                  return (
                    <td
                      key={c}
                      className={[typeof v === "number" ? "num" : "", selected ? "selected" : ""].join(" ").trim() || undefined}
                      ref={selected && r === sel!.row && c === sel!.col ? selectedRef : undefined}
                      data-cell={selected ? cellAddress(r, c) : undefined}
                    >
                      {display(v, sheet.formats[r]?.[c])}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav className="tabs" aria-label="Sheets">
        {state.sheets
          .filter((s) => s.visibility === "Visible")
          .map((s) => (
            <button key={s.id} type="button" aria-current={s.id === sheet.id} onClick={() => onActivate(s.id)}>
              {s.name}
            </button>
          ))}
      </nav>
    </>
  );
}
