/**
 * The Office.js adapter: the workbook port (reader, writer, selector) over an injected `Excel` runner
 * and requirement checker, so the same code runs in Excel, in the browser harness and in tests.
 */
import type { WorkbookSource } from "../../workbook/grid";
import type { CellLocation, CellSelector, WorkbookReader, WorkbookWriter, WriteResult } from "../../workbook/port";
import { EMBEDDED_RULESET_SHEET, type SheetSpec } from "../../workbook/sheet-spec";
import { embeddedRulesetRows } from "../../core/ruleset/embedded";
import { requirementError, toOfficeWorkbookError } from "./errors";
import { REQUIRED, withRunDefaults, type ExcelRunner, type OfficeAdapterOptions } from "./office-api";
import { DESKTOP_READ, readEmbeddedRulesetJson, readWorkbookSource, WEB_READ } from "./reader";
import { DEFAULT_RETRY, withCellEditRetry, type RetryPolicy } from "./retry";
import { selectCell } from "./selector";
import { writeSpecs, type WriterEnv } from "./writer";

export { OfficeWorkbookError, type OfficeProblem } from "./errors";
export { GENERATED_NAME_PREFIX, markerName } from "./names";
export type { ExcelRunner, RequirementChecker, OfficeAdapterOptions } from "./office-api";

/** Stays under Excel on the web's 5 MB request limit with room for Office.js's own framing. */
export const DEFAULT_REQUEST_BUDGET = 3.5 * 1024 * 1024;

export class OfficeWorkbook implements WorkbookReader, WorkbookWriter, CellSelector {
  private readonly options: OfficeAdapterOptions;
  private readonly retry: RetryPolicy;
  /** The injected runner; where Excel can, it holds batches while the user edits a cell instead of failing them. */
  private readonly excel: ExcelRunner;
  /** The date system seen by the last read; it lets a big write skip a sync (see writer.ts). */
  private date1904: boolean | undefined;

  constructor(options: OfficeAdapterOptions) {
    this.options = options;
    this.retry = options.retry ?? DEFAULT_RETRY;
    this.excel = this.supports(REQUIRED.delayForCellEdit) ? withRunDefaults(options.excel, { delayForCellEdit: true }) : options.excel;
  }

  private supports(version: string): boolean {
    return this.options.requirements.isSetSupported("ExcelApi", version);
  }

  private require(version: string, activity: string): void {
    if (!this.supports(version)) throw requirementError(version, activity);
  }

  async read(): Promise<WorkbookSource> {
    this.require(REQUIRED.read, "read the workbook");
    const label = this.options.label ?? (this.supports("1.7") ? undefined : "Workbook");
    // Desktop Excel has no response limit; Excel on the web and hosts that do not say what they are get 5 MB responses.
    const desktop = this.options.platform === "PC" || this.options.platform === "Mac";
    const features = { merges: this.supports(REQUIRED.merges), hiddenRows: this.supports(REQUIRED.specialCells) };
    try {
      const source = await withCellEditRetry(() => readWorkbookSource(this.excel, label, desktop ? DESKTOP_READ : WEB_READ, features), this.retry, true);
      this.date1904 = source.date1904;
      return source;
    } catch (error) {
      throw toOfficeWorkbookError(error, "read the workbook", true);
    }
  }

  async readEmbeddedRuleset(): Promise<string | null> {
    this.require(REQUIRED.read, "read the ruleset stored in the workbook");
    try {
      return await withCellEditRetry(() => readEmbeddedRulesetJson(this.excel), this.retry, true);
    } catch (error) {
      throw toOfficeWorkbookError(error, "read the ruleset stored in the workbook", true);
    }
  }

  private env(): WriterEnv {
    return {
      excel: this.excel,
      retry: this.retry,
      budget: this.options.requestBudgetBytes ?? DEFAULT_REQUEST_BUDGET,
      canPrint: this.supports(REQUIRED.print),
      cellProperties: this.supports("1.9"),
      axisFormat: this.supports("1.8"),
      knownDate1904: this.date1904,
    };
  }

  async writeSheets(specs: SheetSpec[]): Promise<WriteResult> {
    this.require(REQUIRED.write, "write the summary sheets");
    return writeSpecs(specs.filter((s) => s.key !== EMBEDDED_RULESET_SHEET), "report", this.env());
  }

  async writeEmbeddedRuleset(json: string): Promise<void> {
    this.require(REQUIRED.write, "store the ruleset in the workbook");
    const spec: SheetSpec = {
      key: EMBEDDED_RULESET_SHEET,
      name: EMBEDDED_RULESET_SHEET,
      columns: [{ width: 60 }],
      rows: embeddedRulesetRows(json).map((row) => row.map((text) => ({ value: text, type: "text" as const }))),
    };
    await writeSpecs([spec], "ruleset", this.env());
  }

  async select(location: CellLocation): Promise<void> {
    this.require("1.1", "select the cell");
    await selectCell(this.excel, location, this.retry);
  }
}
