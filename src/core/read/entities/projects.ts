/** Projects: one record per data row, unmatched columns kept in `extra` for custom rules. */
import type { Project } from "../../model/portfolio";
import type { Ruleset } from "../../ruleset/types";
import type { ValueKind } from "../../model/fields";
import { cellText } from "../cells";
import { a1 } from "../a1";
import { isNonDataText, isNoteText } from "../rows";
import type { Located } from "../locate";
import { fieldKinds, fieldNames } from "../../model/fields";
import { statusVocabulary } from "../values/status";
import type { StatusVocabulary } from "../values/status";
import { stageVocabulary } from "../values/vocab";
import { extraColumns, extrasFor, readExtras } from "./extras";
import { EntityTable } from "./table";
import type { ReadContext } from "./table";

/** How each project field's cells are read (model/fields/projects.ts); the key/value block reader uses the same kinds. */
export const PROJECT_KINDS: Record<string, ValueKind> = fieldKinds("projects");

/** Fields read as their cells say; stage and status are matched to the ruleset's vocabularies, the ID decides the row. */
const PLAIN_FIELDS = fieldNames("projects").filter((f) => f !== "id" && f !== "stage" && f !== "status");

/**
 * Reads the projects of one located sheet or table. A row without an ID but with a name and some other
 * value is kept under its name as ID, with an invalid-value issue on the ID cell; a row with only a name
 * is a section label and is skipped, and so is a row with only a word in the ID column when the register's
 * IDs carry numbers (a programme heading: "Digital" above D-1 and D-2). When the sheet has no ID column at all, the name is the ID.
 */
export function readProjects(loc: Located, ruleset: Ruleset, ctx: ReadContext, headings?: SectionHeadings): Project[] {
  const extraCols = loc.header.match.unmatched.map((u) => u.col);
  const t = new EntityTable(loc, PROJECT_KINDS, ctx, extraCols);
  const stages = stageVocabulary(ruleset);
  const statuses = statusVocabulary(ruleset);
  // Without a programme column, a register grouped under section headings gives each project its heading's
  // (collected in `headings`, for the detection's why; without it, none are taken).
  const sections = headings === undefined || t.has("program") ? undefined : new Sections(loc, [...loc.header.match.fields.values()].map((f) => f.col).concat(extraCols), (text) => Boolean(stages.match(text) ?? statuses.match(text)));
  let previous = loc.header.row;
  const ragColumn = t.has("status") && isRagColumn(t, statuses);
  const extras = extraColumns(loc);
  const out: Project[] = [];
  /** Whether most IDs have a digit: asked only when a row has nothing but an ID without one. */
  let idsHaveDigits: boolean | undefined;
  // Indexed: on 100k rows a for-of iterator's result objects were not always optimised away.
  for (let k = 0; k < t.rows.length; k++) {
    const row = t.rows[k];
    sections?.between(previous, row);
    previous = row;
    const idText = t.get<string>("id", row);
    // Every field set on every record, in one order: records share one shape, cheap to build and to read
    // in the rules.
    const p = { id: "", stage: undefined, stageIndex: undefined, status: undefined, statusRaw: undefined } as Project;
    let filled = t.readInto(p as unknown as Record<string, unknown>, PLAIN_FIELDS, row);
    const name = p.name;
    p.id = idText ?? name ?? "";
    p.extra = extrasFor(extras);
    p.source = t.source(row);
    filled += readExtras(loc, row, extras, p.extra, ctx.date1904);
    if (!idText) {
      if (!name || filled <= 1) {
        if (name) {
          headings?.skipped.set(name, t.cell("name", row) ?? "");
          sections?.heading(name, t.cell("name", row));
        }
        t.discard();
        continue;
      }
      if (t.has("id")) t.invalid("id", row, "", "id");
    } else if (filled === 0 && !hasDigit(idText) && (idsHaveDigits ??= mostIdsHaveDigits(t))) {
      // A lone word in the ID column of a register whose IDs carry numbers ("Digital" above D-1, D-2) is
      // a section heading, as a lone name is.
      headings?.skipped.set(idText, t.cell("id", row) ?? "");
      sections?.heading(idText, t.cell("id", row));
      t.discard();
      continue;
    }
    if (sections) sections.apply(p, headings!);
    readStage(p, t.get<string>("stage", row), stages);
    readStatus(p, t, row, ragColumn, statuses);
    if (loc.stateColumn !== undefined && p.state === undefined) readState(p, loc, row, statuses);
    t.flush(p.id);
    out.push(p);
  }
  return out;
}

/** A register's section headings, for the detection's why. */
export interface SectionHeadings {
  /** Rows read as section labels, not projects: text -> its cell ("A2"). */
  skipped: Map<string, string>;
  /** Headings the programmes were taken from (no programme column): text -> its cell, in the order first used. */
  used: Map<string, string>;
}

/**
 * The section heading the rows below stand under: a lone label on a row of its own between records
 * ("Digital Channels" above its projects), which the register writes instead of a programme column. A
 * heading that names a stage or a status ("Closed", "On hold") groups by that, not by programme, and
 * sets none; a sentence or a note is not a heading.
 */
class Sections {
  private current: { text: string; cell: string } | undefined;

  constructor(
    private readonly loc: Located,
    private readonly cols: number[],
    private readonly isStageOrStatus: (text: string) => boolean,
  ) {}

  /** Looks for a heading on the rows skipped between two records (blank, total and label rows). */
  between(from: number, to: number): void {
    const { view } = this.loc;
    for (let r = from + 1; r < to; r++) {
      let text: string | undefined;
      let at = -1;
      let lone = true;
      for (const c of this.cols) {
        const v = cellText(view, r, c);
        if (v === undefined) continue;
        if (text !== undefined) {
          lone = false;
          break;
        }
        text = v;
        at = c;
      }
      if (lone && text !== undefined) this.heading(text, a1(r, at));
    }
  }

  heading(text: string, cell: string | undefined): void {
    const words = text.split(/\s+/).length;
    if (text.length > 60 || words > 6 || /[.:;!?]$/.test(text) || isNoteText(text) || isNonDataText(text)) return;
    this.current = this.isStageOrStatus(text) ? undefined : { text, cell: cell ?? "" };
  }

  apply(p: Project, found: SectionHeadings): void {
    if (this.current === undefined || p.program !== undefined) return;
    p.program = this.current.text;
    if (!found.used.has(this.current.text)) found.used.set(this.current.text, this.current.cell);
  }
}

function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** Whether most of the table's IDs (at least two, headings among them) have a digit. */
function mostIdsHaveDigits(t: EntityTable): boolean {
  const { all, hits } = countValues(t, "id", hasDigit);
  return hits >= 2 && hits * 2 > all;
}

/** How many rows of the table have a value in `field`, and how many of those pass `test` (queues no issues). */
function countValues(t: EntityTable, field: string, test: (text: string) => boolean): { all: number; hits: number } {
  let all = 0;
  let hits = 0;
  for (const row of t.rows) {
    const v = t.get<string>(field, row);
    if (v === undefined) continue;
    all++;
    if (test(v)) hits++;
  }
  t.discard();
  return { all, hits };
}

function readStage(p: Project, text: string | undefined, stages: ReturnType<typeof stageVocabulary>): void {
  if (text === undefined) return;
  // Unknown stages keep their text; the data/unknown-stage rule reports them against the lifecycle.
  const hit = stages.match(text);
  p.stage = hit ? hit.stage : text;
  if (hit?.index !== undefined) p.stageIndex = hit.index;
}

function readStatus(p: Project, t: EntityTable, row: number, ragColumn: boolean, statuses: StatusVocabulary): void {
  const text = t.get<string>("status", row);
  if (text === undefined) return;
  const reading = statuses.match(text);
  if (reading?.rag) p.status = reading.rag;
  else {
    p.statusRaw = text;
    if (reading?.state) p.state = reading.state;
    else if (ragColumn) t.invalid("status", row, text, "status");
  }
}

/** A register with a RAG column and a Status column of words: the Status column still says Complete or On Hold. */
function readState(p: Project, loc: Located, row: number, statuses: StatusVocabulary): void {
  const text = cellText(loc.view, row, loc.stateColumn!);
  const state = text === undefined ? undefined : statuses.match(text)?.state;
  if (state) p.state = state;
}

/** A status column is a RAG column when most of its values are RAG or a state; otherwise it is free text. */
function isRagColumn(t: EntityTable, statuses: StatusVocabulary): boolean {
  const { all, hits } = countValues(t, "status", (v) => Boolean(statuses.match(v)));
  return all > 0 && hits * 2 >= all;
}
