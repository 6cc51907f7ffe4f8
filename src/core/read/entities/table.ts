/**
 * One located entity, ready to read row by row: column readers prepared once, the data rows chosen, and
 * each record's source cells. Invalid cells become ReadIssues located to the cell, never exceptions.
 */
import { ENTITY_SPECS, fieldSpec } from "../../model/fields";
import type { ValueKind } from "../../model/fields";
import type { EntityName, ReadIssue, RecordSource } from "../../model/portfolio";
import { a1, columnLetter } from "../a1";
import { columnReader, Invalid } from "../cells";
import type { ColumnReader } from "../cells";
import type { Located } from "../locate";
import { normalizeHeader } from "../normalize";
import { matchHeader } from "../columns";
import { dataRows } from "../rows";

type Expected = Extract<ReadIssue, { kind: "invalid-value" }>["expected"];

const EXPECTED: Record<ValueKind, Expected | null> = {
  text: null, date: "date", endDate: "date", amount: "amount", percent: "percent", fte: "fte", capacity: "fte", number: "number", level: "level",
};


export interface ReadContext {
  date1904: boolean;
  hoursPerWeek: number;
  issues: ReadIssue[];
}

type Slot = { reader: ColumnReader<string | number>; col: number; kind: ValueKind } | undefined;

export class EntityTable {
  readonly rows: number[];
  readonly sheet: string;
  private readonly readers = new Map<string, { reader: ColumnReader<string | number>; col: number; kind: ValueKind }>();
  private pending: Extract<ReadIssue, { kind: "invalid-value" }>[] = [];
  /** Field -> column letters, shared by every record's source (see RecordSource). */
  private readonly columns: Record<string, string> = {};

  /** `isKnownLabel` keeps a lone label that names something known (a project heading in a plan). */
  constructor(readonly loc: Located, kinds: Record<string, ValueKind>, private readonly ctx: ReadContext, extraCols: number[] = [], isKnownLabel?: (text: string) => boolean) {
    const { view, header, region } = loc;
    this.sheet = view.name;
    const fieldCols = [...header.match.fields.values()].map((f) => f.col);
    // Totals and instructions are written in the key columns or the first column; checking only those keeps this cheap.
    const spec = ENTITY_SPECS[loc.entity];
    const labelFields: readonly string[] = spec.labelFields;
    const labelCols = [...new Set([...header.match.fields.values()].filter((f) => labelFields.includes(f.field)).map((f) => f.col).concat(region.left))];
    const headerTexts = new Map<number, string>();
    for (const f of header.match.fields.values()) if (kinds[f.field] === "text") headerTexts.set(f.col, normalizeHeader(f.header.split(" / ").pop() ?? ""));
    const entity = loc.entity;
    const scanCols = [...new Set([...fieldCols, ...extraCols])];
    const headerLike = (row: number) => {
      let hits = 0;
      for (const c of scanCols) {
        const v = view.value(row, c);
        if (typeof v === "number") return false;
        if (typeof v === "string" && v.length < 60 && matchHeader(entity, v)) hits++;
      }
      return hits >= 2;
    };
    // A row with its own record key is a record even if its name starts with "Total".
    const keyCol = header.match.fields.get(spec.recordKey)?.col;
    this.rows = dataRows(view, header.row, region.bottom, [...fieldCols, ...extraCols], labelCols, headerTexts, headerLike, keyCol, isKnownLabel);
    for (const f of header.match.fields.values()) {
      const kind = Object.hasOwn(kinds, f.field) ? kinds[f.field] : "text";
      const reader = columnReader(kind, { view, col: f.col, rows: this.rows, header: f.header, date1904: ctx.date1904, hoursPerWeek: ctx.hoursPerWeek, min: fieldSpec(entity, f.field)?.min });
      this.readers.set(f.field, { reader: reader as ColumnReader<string | number>, col: f.col, kind });
      this.columns[f.field] = columnLetter(f.col);
    }
  }

  private fillField = "";
  private fillRow = -2;
  private fillValue: string | number | undefined;
  /** Whether the last getFilled value came from the row above rather than the row's own cell. */
  filledFromAbove = false;

  /**
   * Like get, but a blank cell takes the value from the row above when that row had one: plans and gate
   * logs often write the project once and leave it blank on the rows that follow (a blank row ends it).
   * One field per table (the project) is filled this way.
   */
  getFilled<T extends string | number>(field: string, row: number): T | undefined {
    const v = this.get<T>(field, row);
    if (this.fillField !== field) {
      this.fillField = field;
      this.fillRow = -2;
    }
    this.filledFromAbove = false;
    if (v !== undefined) {
      this.fillRow = row;
      this.fillValue = v;
      return v;
    }
    if (this.fillRow === row - 1) {
      this.fillRow = row;
      this.filledFromAbove = true;
      return this.fillValue as T;
    }
    return undefined;
  }

  /** A level column's scale (3 or 5), decided from all its values; undefined for other columns. */
  scale(field: string): number | undefined {
    return this.readers.get(field)?.reader.scale?.();
  }

  has(field: string): boolean {
    return this.readers.has(field);
  }

  /** The field's value on a row; an invalid cell is queued as an issue and reads as undefined. */
  get<T extends string | number>(field: string, row: number): T | undefined {
    const r = this.readers.get(field);
    if (!r) return undefined;
    const v = r.reader.read(row);
    if (v instanceof Invalid) {
      this.invalid(field, row, v.raw, v.expected ?? EXPECTED[r.kind] ?? "number");
      return undefined;
    }
    return v as T | undefined;
  }

  /**
   * Reads the given fields of a row into `target`, every field set (undefined when empty or absent), in
   * the order given so that records share one shape; returns how many hold a value.
   */
  readInto(target: Record<string, unknown>, fields: readonly string[], row: number): number {
    // A reader asks with the same field list on every row: the last list's readers are kept at hand.
    let slots = fields === this.lastFields ? this.lastSlots : this.slots.get(fields);
    if (!slots) this.slots.set(fields, (slots = fields.map((f) => this.readers.get(f))));
    this.lastFields = fields;
    this.lastSlots = slots;
    let filled = 0;
    for (let k = 0; k < fields.length; k++) {
      const r = slots[k];
      let v: string | number | undefined;
      if (r !== undefined) {
        const read = r.reader.read(row);
        if (read instanceof Invalid) this.invalid(fields[k], row, read.raw, read.expected ?? EXPECTED[r.kind] ?? "number");
        else if (read !== undefined) {
          v = read;
          filled++;
        }
      }
      target[fields[k]] = v;
    }
    return filled;
  }

  private readonly slots = new Map<readonly string[], Slot[]>();
  private lastFields: readonly string[] | undefined;
  private lastSlots: Slot[] | undefined;

  /** Queues an invalid-value issue for a field's cell on a row. */
  invalid(field: string, row: number, raw: string, expected: Expected): void {
    const col = this.readers.get(field)?.col;
    if (col === undefined) return;
    this.pending.push({ kind: "invalid-value", entity: this.loc.entity as EntityName, field, expected, raw, location: { sheet: this.sheet, cell: a1(row, col), row } });
  }

  /** Publishes the row's queued issues with the record's subject. */
  flush(projectId?: string, resource?: string): void {
    if (this.pending.length === 0) return;
    for (const issue of this.pending) {
      if (projectId) issue.projectId = projectId;
      if (resource) issue.resource = resource;
      this.ctx.issues.push(issue);
    }
    this.pending = [];
  }

  /** Drops the row's queued issues (the row turned out not to be a record). */
  discard(): void {
    this.pending = [];
  }

  /**
   * Where a record on this row came from: its sheet, row and the table's shared column map; `more` puts
   * fields in other columns of the row (only those get a per-record object).
   */
  source(row: number, more?: Record<string, number>): RecordSource {
    // No `cells: undefined` on the rest: one slot less on each of 2.3M sources at 100k projects (18 MB).
    if (!more) return { sheet: this.sheet, row, columns: this.columns };
    const cells: Record<string, string> = {};
    for (const [field, col] of Object.entries(more)) cells[field] = a1(row, col);
    return { sheet: this.sheet, row, columns: this.columns, cells };
  }

  /** The cell address of a field on a row, if mapped. */
  cell(field: string, row: number): string | undefined {
    const r = this.readers.get(field);
    return r ? a1(row, r.col) : undefined;
  }
}
