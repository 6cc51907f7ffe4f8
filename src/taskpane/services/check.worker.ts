/**
 * Runs the check (read the portfolio from the grids, apply the rules) off the pane's main thread, so
 * the pane stays responsive on a 10,000-project workbook. Pure core code only: the workbook was read
 * through Office.js on the main thread and arrives here as plain grids, in pieces (see worker-job.ts).
 */
import { checkSource, type CheckProgress } from "../../core/pipeline";
import type { CheckJob } from "./checker";
import { serveJob, type JobScope } from "./worker-job";

serveJob<CheckJob, ReturnType<typeof checkSource>, CheckProgress>(self as unknown as JobScope<CheckProgress>, ({ source, ruleset, options }, progress) =>
  checkSource(source, ruleset, { ...options, onProgress: progress }),
);
