/**
 * How the harness page hands a workbook to the task pane frame. The pane runs in its own iframe, as it
 * does in Excel (its own document, viewport and scroll), and finds what it needs on its parent window.
 */
import type { WorkbookState } from "../excel-standin/state";
import type { ThemeKind } from "../taskpane/services/app-services";

export interface HarnessHost {
  /** The workbook the stand-in Excel serves; the pane's writes change it in place. */
  state: WorkbookState;
  label: string;
  theme: ThemeKind;
  /** Called after every batch the pane sends, so the harness repaints its grid view. */
  changed(): void;
}

/** Property of the harness window under which each pane frame finds its host, by the frame's key. */
export const HOST_PROPERTY = "pmoRulebookHarnessHosts";

export type HostRegistry = Record<string, HarnessHost>;

/** Pane widths Excel gives a task pane: its narrowest, the harness's default, and a wide one. */
export const PANE_WIDTHS = [320, 380, 450] as const;
