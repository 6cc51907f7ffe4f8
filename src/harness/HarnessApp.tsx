/**
 * The harness page: a workbook picker, a grid view of the stand-in's active sheet, and the real task
 * pane in its own frame (as in Excel), at a width Excel gives a task pane.
 */
import { useEffect, useMemo, useReducer, useState } from "react";
import type { WorkbookState } from "../excel-standin/state";
import type { ThemeKind } from "../taskpane/services/app-services";
import { GridView } from "./GridView";
import { loadFile } from "./workbook-loader";
import { HOST_PROPERTY, PANE_WIDTHS, type HostRegistry } from "./host";

export interface LoadedWorkbook {
  state: WorkbookState;
  label: string;
}

let frames = 0;

/** The pane's frame; a new workbook or theme gives a new frame, as reopening the pane in Excel would. */
function TaskPaneFrame({ workbook, theme, width, onChange }: { workbook: LoadedWorkbook; theme: ThemeKind; width: number; onChange: () => void }) {
  const [key] = useState(() => `pane-${++frames}`);
  const registry = ((window as unknown as Record<string, HostRegistry>)[HOST_PROPERTY] ??= {});
  // Registered before the frame loads; the frame reads it once on start.
  registry[key] ??= { state: workbook.state, label: workbook.label, theme, changed: onChange };
  useEffect(
    () => () => {
      delete registry[key];
    },
    [registry, key],
  );
  return <iframe key={key} className="pane" name="taskpane" title="Task pane" src={`pane.html?key=${key}`} style={{ width }} />;
}

/** The pane width asked for in the address (?width=320), else the harness's default. */
export function initialWidth(search: string): number {
  const asked = Number(new URLSearchParams(search).get("width"));
  return Number.isFinite(asked) && asked >= 200 && asked <= 1200 ? asked : 380;
}

export function HarnessApp({ initial, initialError, theme: initialTheme }: { initial: LoadedWorkbook | null; initialError?: string; theme: ThemeKind }) {
  const [workbook, setWorkbook] = useState(initial);
  // Stands in for Office's theme setting: switching reloads the pane, as reopening it in Excel would.
  const [theme, setTheme] = useState<ThemeKind>(initialTheme);
  const [width, setWidth] = useState(() => initialWidth(window.location.search));
  const [error, setError] = useState<string | null>(initialError ?? null);
  const [, repaint] = useReducer((n: number) => n + 1, 0);
  const onChange = useMemo(() => () => repaint(), []);
  const widths = PANE_WIDTHS.includes(width as (typeof PANE_WIDTHS)[number]) ? PANE_WIDTHS : [...PANE_WIDTHS, width].sort((a, b) => a - b);

  return (
    <div className="harness">
      <div className="bar" role="region" aria-label="Harness">
        <h1>PMO Rulebook harness</h1>
        <label>
          Workbook
          <input
            type="file"
            accept=".xlsx"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (!file) return;
              setError(null);
              loadFile(file).then(setWorkbook, (err: Error) => setError(`${file.name} could not be opened: ${err.message}`));
            }}
          />
        </label>
        <label>
          <input type="checkbox" checked={theme === "dark"} onChange={(e) => setTheme(e.currentTarget.checked ? "dark" : "light")} />
          Dark Office theme
        </label>
        <label>
          Pane width
          <select value={width} onChange={(e) => setWidth(Number(e.currentTarget.value))}>
            {widths.map((w) => (
              <option key={w} value={w}>
                {w} px
              </option>
            ))}
          </select>
        </label>
        <span className="status" role="status">
          {error ?? workbook?.label ?? "Pick a workbook"}
        </span>
      </div>
      {workbook && (
        <>
          <section className="workbook" aria-label="Workbook">
            <GridView
              key={workbook.label}
              state={workbook.state}
              onActivate={(id) => {
                workbook.state.activeSheetId = id;
                repaint();
              }}
            />
          </section>
          <TaskPaneFrame key={workbook.label + theme} workbook={workbook} theme={theme} width={width} onChange={onChange} />
        </>
      )}
    </div>
  );
}
