/**
 * The Project XML file of the last check, as the pane saves it: the same export as
 * `pmo-rulebook export --to project-xml` (src/core/project-xml), named after the workbook.
 */
import { writeProjectXml } from "../../adapters/project-xml/write-xml";
import { fieldIdOf } from "../../core/project-xml/attributes";
import { exportPortfolio } from "../../core/project-xml/export";
import type { CheckOutcome } from "../../core/pipeline";

export interface ProjectXmlFile {
  name: string;
  bytes: Uint8Array;
  /** "31 projects, 72 gates, 0 milestones, 21 resources, 58 assignments". */
  summary: string;
  /** What Project XML cannot carry, left out or flagged (the CLI's stderr lines). */
  notes: string[];
}

/** The export of a check's portfolio, for a workbook labelled `label` ("Portfolio.xlsx" -> "Portfolio.xml"). */
export function projectXmlFile(outcome: CheckOutcome, label: string): ProjectXmlFile {
  const { document, notes } = exportPortfolio(outcome.portfolio, outcome.ruleset, { title: label, asOf: outcome.asOf });
  const kind = fieldIdOf("task", "kind");
  const count = (k: string) => document.tasks.filter((t) => t.extended.some((e) => e.fieldId === kind && e.value === k)).length;
  const base = label.replace(/\.(xlsx|xlsm|xls)$/i, "") || "Portfolio";
  return {
    name: `${base}.xml`,
    bytes: new TextEncoder().encode(writeProjectXml(document)),
    summary: `${count("project")} projects, ${count("gate")} gates, ${count("milestone")} milestones, ${document.resources.length} resources, ${document.assignments.length} assignments`,
    notes,
  };
}
