/**
 * The harness page: a workbook picker, a grid view of the stand-in's active sheet, and the real task
 * pane wired to the stand-in through the same Office adapter as in Excel.
 */
import { useEffect, useMemo, useReducer, useState } from "react";
import { createStandinExcel } from "../excel-standin/standin";
import type { WorkbookState } from "../excel-standin/state";
import type { ExcelRunner } from "../adapters/office/office-api";
import { officeServices } from "../taskpane/services/office-services";
import type { ThemeKind } from "../taskpane/services/app-services";
import { mountTaskpane } from "../taskpane/mount";
import { GridView } from "./GridView";
import { loadFile } from "./workbook-loader";

export interface LoadedWorkbook {
  state: WorkbookState;
  label: string;
}

/** Wraps Excel.run so the grid view repaints after every batch the pane sends. */
function observed(excel: ExcelRunner, changed: () => void): ExcelRunner {
  const run = async (...args: unknown[]) => {
    try {
      return await (excel.run as (...a: unknown[]) => Promise<unknown>)(...args);
    } finally {
      changed();
    }
  };
  return { run } as ExcelRunner;
}

function TaskPaneHost({ workbook, theme, onChange }: { workbook: LoadedWorkbook; theme: ThemeKind; onChange: () => void }) {
  const [container, setContainer] = useState<HTMLDivElement | null>(null);
  useEffect(() => {
    if (!container) return;
    const standin = createStandinExcel(workbook.state);
    const services = officeServices({ excel: observed(standin.Excel, onChange), requirements: standin.requirements, label: workbook.label, theme });
    // Lets the end-to-end test measure how long the pane takes to become usable once mounted.
    performance.mark("pmo-pane-mount");
    const root = mountTaskpane(container, services);
    // The pane is its own React root, as in Excel where it lives in its own frame.
    return () => {
      setTimeout(() => root.unmount(), 0);
    };
  }, [container, workbook, theme, onChange]);
  return <div className="pane" ref={setContainer} />;
}

export function HarnessApp({ initial, initialError, theme: initialTheme }: { initial: LoadedWorkbook | null; initialError?: string; theme: ThemeKind }) {
  const [workbook, setWorkbook] = useState(initial);
  // Stands in for Office's theme setting: switching remounts the pane, as reopening it in Excel would.
  const [theme, setTheme] = useState<ThemeKind>(initialTheme);
  const [error, setError] = useState<string | null>(initialError ?? null);
  const [, repaint] = useReducer((n: number) => n + 1, 0);
  const onChange = useMemo(() => () => repaint(), []);

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
          <TaskPaneHost key={workbook.label + theme} workbook={workbook} theme={theme} onChange={onChange} />
        </>
      )}
    </div>
  );
}
