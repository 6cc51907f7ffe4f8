/**
 * One check as the task pane runs it: the core's check workflow (src/core/check-workflow.ts: read,
 * ruleset, check, write the summary sheets), then the run recorded in the pane's history. Stages are
 * reported so the pane can say what it is doing; the slow synchronous check yields first so the
 * progress bar paints.
 */
import type { CheckOutcome } from "../../core/pipeline";
import { checkWorkbook } from "../../core/check-workflow";
import { inlineChecker, type Checker, type CheckProgress } from "./checker";
import type { DayNumber } from "../../core/model/dates";
import type { Ruleset } from "../../core/ruleset/types";
import type { WorkbookSource } from "../../workbook/grid";
import type { WorkbookReader, WorkbookWriter, WriteResult } from "../../workbook/port";
import type { RulebookStore } from "../../store/store";
import type { RunOrigin, StoredRun } from "../../store/db";

export type CheckStage = "reading" | "checking" | "writing" | "saving";

export const STAGE_LABELS: Record<CheckStage, string> = {
  reading: "Reading the workbook",
  checking: "Checking the rules",
  writing: "Writing the summary sheets",
  saving: "Saving the run to history",
};

export interface CheckRequest {
  asOf: DayNumber;
  /** The ruleset to use; when absent, the workbook's own (or the default) is used. */
  ruleset?: Ruleset;
  writeSheets: boolean;
  origin: RunOrigin;
  onStage?: (stage: CheckStage) => void;
  /** Progress within the checking stage (reading the portfolio, then each rule). */
  onProgress?: (progress: CheckProgress) => void;
}

export interface CheckRun {
  source: WorkbookSource;
  outcome: CheckOutcome;
  rulesetOrigin: "file" | "workbook" | "default";
  written?: WriteResult;
  /** Why the summary sheets could not be written; the findings are still good. */
  writeError?: string;
  run: StoredRun;
  /** The run before this one on the same workbook, for "new" and "fixed". */
  previous?: StoredRun;
}

/** A check that cannot run: an invalid ruleset. Carries the loader's errors for the user. */
export class RulesetError extends Error {
  constructor(readonly errors: { path: string; message: string }[]) {
    super(`The ruleset is not valid: ${errors.map((e) => `${e.path || "/"} ${e.message}`).join("; ")}`);
    this.name = "RulesetError";
  }
}

const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function runCheck(
  deps: { reader: WorkbookReader; writer: WorkbookWriter; store: RulebookStore; check?: Checker },
  request: CheckRequest,
): Promise<CheckRun> {
  const checked = await checkWorkbook<CheckProgress>(
    { reader: deps.reader, writer: deps.writer, check: deps.check ?? inlineChecker },
    {
      asOf: request.asOf,
      ruleset: request.ruleset,
      writeSheets: request.writeSheets,
      yieldBetween: nextFrame,
      ...(request.onStage ? { onStage: request.onStage } : {}),
      ...(request.onProgress ? { onProgress: request.onProgress } : {}),
    },
  );
  if (!checked.ok) throw new RulesetError(checked.errors);
  const { source, outcome, written, writeError } = checked;

  request.onStage?.("saving");
  const [previous] = await deps.store.listRuns(source.label, 1);
  const run = await deps.store.recordRun(outcome, source.label, request.origin);
  return {
    source,
    outcome,
    rulesetOrigin: checked.rulesetOrigin,
    ...(written ? { written } : {}),
    ...(writeError ? { writeError } : {}),
    run,
    ...(previous ? { previous } : {}),
  };
}
