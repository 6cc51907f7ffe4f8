/**
 * The pane's Project XML export of the last check, in a Web Worker of its own (project-xml.worker.ts)
 * so the pane keeps answering while a large portfolio is written; on this thread where workers are
 * not available. The writing code is loaded on first use.
 */
import type { CheckOutcome } from "../../core/pipeline";
import type { ProjectXmlFile, ProjectXmlJob, ProjectXmlProgress } from "../logic/project-xml-file";
import { runInWorker, type TransferProgress } from "./worker-job";

export type ExportProgress = ProjectXmlProgress | TransferProgress;

export function exportProjectXml(outcome: CheckOutcome, label: string, onProgress?: (progress: ExportProgress) => void): Promise<ProjectXmlFile> {
  const job: ProjectXmlJob = { portfolio: outcome.portfolio, ruleset: outcome.ruleset, asOf: outcome.asOf, label };
  const inline = async () => (await import(/* webpackChunkName: "project-xml" */ "../logic/project-xml-file")).projectXmlFile(job, onProgress);
  if (typeof Worker === "undefined") return inline();
  return runInWorker<ProjectXmlJob, ProjectXmlFile, ProjectXmlProgress>({
    start: () => new Worker(new URL("./project-xml.worker.ts", import.meta.url), { name: "pmo-rulebook-project-xml" }),
    job,
    inline,
    ...(onProgress ? { onProgress } : {}),
    what: "Project XML",
    instead: "exporting on the main thread instead",
  });
}
