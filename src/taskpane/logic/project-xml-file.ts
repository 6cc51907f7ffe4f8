/**
 * The Project XML file of the last check, as the pane saves it: the same export as
 * `pmo-rulebook export --to project-xml` (src/core/project-xml), named after the workbook. The text
 * goes into a Blob a few megabytes at a time, never one string: 10,000 projects make a file of
 * hundreds of megabytes.
 */
import { writeProjectXmlChunks } from "../../adapters/project-xml/write-xml";
import { fieldIdOf } from "../../core/project-xml/attributes";
import { exportPortfolio } from "../../core/project-xml/export";
import type { DayNumber } from "../../core/model/dates";
import type { Portfolio } from "../../core/model/portfolio";
import type { Ruleset } from "../../core/ruleset/types";

/** What the export needs of a check: its portfolio, ruleset and as-of date, and the workbook's label. */
export interface ProjectXmlJob {
  portfolio: Portfolio;
  ruleset: Ruleset;
  asOf: DayNumber;
  label: string;
}

/** How far the export has come: list items (tasks, resources, assignments) written of all. */
export interface ProjectXmlProgress {
  phase: "exporting";
  written: number;
  total: number;
}

export interface ProjectXmlFile {
  name: string;
  blob: Blob;
  /** "31 projects, 72 gates, 0 milestones, 21 resources, 58 assignments" ("10,000 projects, …"). */
  summary: string;
  /** What Project XML cannot carry, left out or flagged (the CLI's stderr lines). */
  notes: string[];
}

/** Characters of text gathered before they go into the Blob (UTF-16 in memory: about 8 MB). */
const CHUNK_CHARS = 4_000_000;

/** The export of a check's portfolio, for a workbook labelled `label` ("Portfolio.xlsx" -> "Portfolio.xml"). */
export function projectXmlFile({ portfolio, ruleset, asOf, label }: ProjectXmlJob, onProgress?: (progress: ProjectXmlProgress) => void): ProjectXmlFile {
  const { document, notes } = exportPortfolio(portfolio, ruleset, { title: label, asOf });
  const kind = fieldIdOf("task", "kind");
  const count = (k: string) => n(document.tasks.filter((t) => t.extended.some((e) => e.fieldId === kind && e.value === k)).length);
  const n = (x: number) => x.toLocaleString("en");
  const base = label.replace(/\.(xlsx|xlsm|xls)$/i, "") || "Portfolio";
  const blobs: Blob[] = [];
  writeProjectXmlChunks(document, CHUNK_CHARS, (text) => blobs.push(new Blob([text])), onProgress && ((written, total) => onProgress({ phase: "exporting", written, total })));
  return {
    name: `${base}.xml`,
    blob: new Blob(blobs, { type: "application/xml" }),
    summary: `${count("project")} projects, ${count("gate")} gates, ${count("milestone")} milestones, ${n(document.resources.length)} resources, ${n(document.assignments.length)} assignments`,
    notes,
  };
}
