/**
 * What the adapter needs from Office, injected so tests and the browser harness pass the stand-in:
 * the `Excel` namespace (only `run`) and `Office.context.requirements`.
 */

export interface ExcelRunner {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  run<T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

export interface RequirementChecker {
  isSetSupported(name: string, minVersion?: string): boolean;
}

/** ExcelApi versions each capability needs (the highest API member used, per the Office docs). */
export const REQUIRED = {
  /** getUsedRangeOrNullObject, getItemOrNullObject (1.4); functions.date (1.2). */
  read: "1.4",
  /** Range.hyperlink, freezePanes, tabColor, ChartSeriesCollection.add / setValues (1.7); CF and calc suspension (1.6). */
  write: "1.7",
  /** Range.getMergedAreasOrNullObject: the reader fills SheetGrid.merges. */
  merges: "1.13",
  /** Range.getSpecialCellsOrNullObject("Visible"): the reader fills SheetGrid.hiddenRows. */
  specialCells: "1.9",
  /** PageLayout orientation and zoom (fit to width). */
  print: "1.9",
  /** Excel.run({ delayForCellEdit }): Excel holds the batch until the user leaves cell-edit mode. */
  delayForCellEdit: "1.11",
} as const;

export interface OfficeAdapterOptions {
  excel: ExcelRunner;
  requirements: RequirementChecker;
  /**
   * Office.context.diagnostics.platform ("PC", "Mac", "OfficeOnline"...). On "PC" and "Mac" a read
   * rides in three syncs; anywhere else it keeps under Excel on the web's 5 MB response limit.
   */
  platform?: string;
  /** Label for messages (the document title); defaults to the workbook's name. */
  label?: string;
  /** Pause before retrying when Excel is in cell-edit mode. */
  retry?: { attempts: number; pauseMs: number; sleep?: (ms: number) => Promise<void> };
  /** Largest request the writer sends, in bytes (Excel on the web rejects over 5 MB). */
  requestBudgetBytes?: number;
}

/** A runner that adds `defaults` to every Excel.run's options (the batch's own options win). */
export function withRunDefaults(excel: ExcelRunner, defaults: Excel.RunOptions): ExcelRunner {
  async function run<T>(a: Excel.RunOptions | ((c: Excel.RequestContext) => Promise<T>), b?: (c: Excel.RequestContext) => Promise<T>): Promise<T> {
    const options = typeof a === "function" ? {} : a;
    const batch = typeof a === "function" ? a : b!;
    return excel.run({ ...defaults, ...options }, batch);
  }
  return { run } as ExcelRunner;
}
