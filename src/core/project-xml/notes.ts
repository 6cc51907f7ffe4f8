/**
 * What an export tells the person about the data it could not carry or carried flagged: a few short
 * lines (the CLI prints them on stderr), each counting its cases and naming the first of them.
 */
import { matchKey } from "../lookup/keys";
import { isoFromDay, type DayNumber } from "../model/dates";
import type { Assignment, Portfolio } from "../model/portfolio";

const SHOWN = 3;

/** "1 project", "3 projects". */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The first few items, then how many more ("A, B, C and 4 more"). */
export function some(items: string[]): string {
  const shown = items.slice(0, SHOWN).join(", ");
  return items.length > SHOWN ? `${shown} and ${items.length - SHOWN} more` : shown;
}

export class ExportNotes {
  private readonly notListedNames: string[] = [];
  private readonly undated: string[] = [];
  private readonly reversed: string[] = [];
  private readonly gatesUndated: string[] = [];
  private readonly leftOut: string[] = [];
  private readonly general: string[] = [];

  notListed(name: string): void {
    this.notListedNames.push(name.trim());
  }

  projectDates(id: string, missing: string[]): void {
    this.undated.push(`${id} (${missing.join(", ")})`);
  }

  finishBeforeStart(id: string, start: DayNumber, finish: DayNumber): void {
    this.reversed.push(`${id} (${isoFromDay(finish)} before ${isoFromDay(start)})`);
  }

  gateWithoutDate(projectId: string, gate: string): void {
    this.gatesUndated.push(`${projectId} ${gate}`);
  }

  assignmentLeftOut(a: Assignment, why: string): void {
    this.leftOut.push(`${a.resource} on ${a.projectId} (${a.source.sheet}!${a.source.row}: ${why})`);
  }

  /** Records that name no exported project, and invalid values the reader set aside. */
  orphans(portfolio: Portfolio, keys: Set<string>): void {
    const orphaned = (items: { projectId: string }[]) => items.filter((x) => !keys.has(matchKey(x.projectId))).length;
    const gates = orphaned(portfolio.gates);
    const milestones = orphaned(portfolio.milestones);
    const assignments = orphaned(portfolio.assignments);
    const parts = [gates && `${gates} gate rows`, milestones && `${milestones} milestones`, assignments && `${assignments} assignments`].filter(Boolean);
    if (parts.length) this.general.push(`Left out: ${parts.join(", ")} naming no project of the register.`);
    const invalid = portfolio.issues.filter((i) => i.kind === "invalid-value");
    if (invalid.length) {
      const first = invalid.map((i) => (i.kind === "invalid-value" ? `${i.location.sheet}!${i.location.cell} "${i.raw}"` : ""));
      this.general.push(`Left out: ${count(invalid.length, "value")} the check found invalid (${some(first)}); the fields stay empty.`);
    }
  }

  /** What a Project XML file has no place for. */
  notCarried(portfolio: Portfolio, single: boolean, otherColumns: readonly string[]): void {
    const financials = portfolio.financials.length;
    if (financials) this.general.push(`Not carried: ${count(financials, "financial period row")} (planned value, earned value, actual cost by period); each project's budget, actual cost and forecast are.`);
    if (portfolio.risks.length && !single) this.general.push(`Not carried: ${count(portfolio.risks.length, "RAID entry", "RAID entries")}; Project XML has no risk register.`);
    if (portfolio.objectives.length && !single) this.general.push(`Not carried: the ${portfolio.objectives.length} objectives and their weights; each project's objective is (PMO Objective).`);
    if (otherColumns.length) this.general.push(`Not carried: the register's other columns (${some([...otherColumns])}).`);
  }

  lines(): string[] {
    const out = [...this.general];
    if (this.reversed.length) out.push(`Flagged: ${count(this.reversed.length, "project finishes", "projects finish")} before ${this.reversed.length === 1 ? "it starts" : "they start"}: ${some(this.reversed)}; the task finishes on its start, and PMO Finish As Written keeps the date.`);
    if (this.undated.length) out.push(`Flagged: ${count(this.undated.length, "project lacks", "projects lack")} dates: ${some(this.undated)}; stand-in dates are shown, and PMO Not Given says which.`);
    if (this.gatesUndated.length) out.push(`Flagged: ${count(this.gatesUndated.length, "gate decision has", "gate decisions have")} no date: ${some(this.gatesUndated)}; each stands at its project's start (PMO Not Given: date).`);
    if (this.notListedNames.length) out.push(`Flagged: ${count(this.notListedNames.length, "booked person is", "booked people are")} not in the Resources list: ${some(this.notListedNames)}; exported as ${this.notListedNames.length === 1 ? "a resource" : "resources"} marked not-listed.`);
    if (this.leftOut.length) out.push(`Left out: ${count(this.leftOut.length, "assignment")}: ${some(this.leftOut)}.`);
    return out;
  }
}
