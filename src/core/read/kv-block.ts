/**
 * Key/value blocks above a header ("1a. Project Number:* | 84392", "7. Manager: | Lee"): the project a
 * one-sheet-per-project workbook is about. Keys are matched like project headers and values are read like
 * the cells of a projects table (same readers, vocabularies and invalid-value issues).
 */
import { PROJECT_KINDS } from "./entities/projects";
import type { ExtraValue, Project, ReadIssue } from "../model/portfolio";
import type { Ruleset } from "../ruleset/types";
import type { GridView } from "./a1";
import { a1 } from "./a1";
import { Invalid } from "./cells";
import type { ValueKind } from "../model/fields";
import { matchHeader } from "./columns";
import type { ReadContext } from "./entities/table";
import { readKvCells } from "./kv-values";
import { extraKey, isPlaceholder } from "./normalize";
import { statusVocabulary } from "./values/status";
import { stageVocabulary } from "./values/vocab";

export interface KeyValue {
  key: string;
  field?: string;
  /** Null when the value cell holds a placeholder ("None", "TBD", "-"): the key is there, its value is missing. */
  value: string | number | boolean | null;
  row: number;
  col: number;
  /** Set when the pair is one half of a cell ("Start & End Dates: 1 Mar 2026 - 30 Jun 2026"): that half's text. */
  text?: string;
}

const EXPECTED: Partial<Record<ValueKind, "date" | "amount" | "percent">> = { date: "date", endDate: "date", amount: "amount", percent: "percent" };

const KEY_TEXT = /^(.{2,60}?)\s*[:=]\s*\**\s*$/;
const NUMBERING = /^\s*(?:\d+[a-z]?|[a-z])[.)]\s+/i;
/** "Start & End Dates", "Start/Finish", "Start and end date": one key, two dates. */
const DATE_RANGE_KEY = /^(?:start|begin)(?:\s*date)?\s*(?:&|and|\/|-|to)\s*(?:end|finish|completion)(?:\s*dates?)?$/i;
/** The word between the two dates, in its own cell or inside one text ("1 Mar 2026 through 30 Jun 2026"). */
const CONNECTOR = /^(?:through|thru|to|until|till|-|–|—)$/i;
const RANGE_SPLIT = /\s+(?:through|thru|to|until|till|-|–|—)\s+/i;

const keyOf = (v: unknown): string | undefined => {
  if (typeof v !== "string") return undefined;
  return KEY_TEXT.exec(v.trim().replace(/\*+$/, "").trim())?.[1];
};

/** The field a key names; "Forecast/EAC" names the field its parts agree on. */
function fieldOf(key: string): string | undefined {
  const direct = matchHeader("projects", key)?.field;
  if (direct || !key.includes("/")) return direct;
  const fields = new Set(key.split("/").map((k) => matchHeader("projects", k.trim())?.field).filter((f) => f !== undefined));
  return fields.size === 1 ? [...fields][0] : undefined;
}

/** Reads key/value pairs from rows top..bottom (inclusive), left to right. */
export function readKeyValues(view: GridView, top: number, bottom: number, left: number, right: number): KeyValue[] {
  const out: KeyValue[] = [];
  for (let r = top; r <= bottom; r++) {
    for (let c = left; c <= right; c++) {
      const raw = keyOf(keyLabel(view, r, c));
      if (raw === undefined) continue;
      const key = raw.replace(NUMBERING, "").trim();
      if (DATE_RANGE_KEY.test(key)) {
        c = dateRange(view, key, r, c, right, out);
        continue;
      }
      const field = fieldOf(key);
      // The value is the next filled cell on the right, unless that cell is the next key.
      const vc = nextFilled(view, r, c + 1, right);
      if (vc !== undefined) {
        out.push({ key, field, value: valueOf(view.value(r, vc)), row: r, col: vc });
        c = vc;
      } else if (field !== undefined && c < right && isEmpty(view.value(r, c + 1))) {
        // A field's key with nothing after it ("7. Manager:" and a blank cell): empty, its cell the one on the right.
        out.push({ key, field, value: null, row: r, col: c + 1 });
      }
    }
  }
  return out;
}

/**
 * A key cell's text: its own, or a merged key's for the rows below the merge's first ("Project:" merged
 * down over two value rows). The cells to the right of a merged key on its own row are the same key, not
 * another one.
 */
function keyLabel(view: GridView, r: number, c: number): unknown {
  const own = view.value(r, c);
  if (own !== null) return own;
  const m = view.mergeAt(r, c);
  return m && m.top < r && m.left === c ? view.value(m.top, m.left) : null;
}

/** Column of the next filled cell in columns from..right before the next key; undefined when none. */
function nextFilled(view: GridView, r: number, from: number, right: number, skip?: unknown): number | undefined {
  for (let vc = from; vc <= right; vc++) {
    const val = view.value(r, vc);
    if (isEmpty(val) || (skip !== undefined && val === skip)) continue;
    return keyOf(val) === undefined ? vc : undefined;
  }
  return undefined;
}

/** A placeholder is an empty value, but its cell is where the missing value belongs (findings point there). */
function valueOf(val: string | number | boolean | null): string | number | boolean | null {
  return typeof val === "string" ? (isPlaceholder(val.trim()) ? null : val.trim()) : val;
}

/**
 * Start and finish from one key: two cells ("<start> | through | <end>"), or one text "d1 - d2". A blank
 * date is recorded empty at its cell: the one after the key, or after the connector. Returns the last column used.
 */
function dateRange(view: GridView, key: string, r: number, c: number, right: number, out: KeyValue[]): number {
  const pair = (field: string, col: number, value: string | number | boolean | null, text?: string) => out.push({ key, field, value, row: r, col, ...(text !== undefined ? { text } : {}) });
  let conn = -1;
  for (let vc = c + 1; vc <= right && keyOf(view.value(r, vc)) === undefined; vc++) {
    const v = view.value(r, vc);
    if (typeof v === "string" && CONNECTOR.test(v.trim())) {
      conn = vc;
      break;
    }
  }
  if (conn > 0) {
    const s = nextFilled(view, r, c + 1, conn - 1);
    const f = nextFilled(view, r, conn + 1, right);
    pair("start", s ?? c + 1, s === undefined ? null : valueOf(view.value(r, s)));
    pair("finish", f ?? conn + 1, f === undefined ? null : valueOf(view.value(r, f)));
    return f ?? conn;
  }
  const s = nextFilled(view, r, c + 1, right);
  if (s === undefined) {
    if (c < right) pair("start", c + 1, null);
    return c;
  }
  const first = view.value(r, s);
  const halves = typeof first === "string" ? first.trim().split(RANGE_SPLIT) : [];
  if (halves.length === 2) {
    pair("start", s, valueOf(halves[0]), halves[0]);
    pair("finish", s, valueOf(halves[1]), halves[1]);
    return s;
  }
  pair("start", s, valueOf(first));
  // The finish is the next cell holding something other than the start (a merged start holds it once).
  const f = nextFilled(view, r, s + 1, right, first);
  if (f !== undefined) pair("finish", f, valueOf(view.value(r, f)));
  return f ?? s;
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/**
 * A project described by a key/value block (and the key each field came from), or null without a project
 * ID. Values are read as a projects table reads its cells; an unreadable one ("Budget: lots") is left
 * empty and reported as an invalid-value issue at its cell in ctx.issues.
 */
export function projectFromKeyValues(view: GridView, pairs: KeyValue[], ruleset: Ruleset, ctx: ReadContext): { project: Project; keys: Record<string, string> } | null {
  const sheet = view.name;
  const idPair = pairs.find((p) => p.field === "id" && p.value !== null);
  if (!idPair) return null;
  // The fields sit on rows of their own: the record's cells are all per-record (no shared column map).
  const cells: Record<string, string> = {};
  const keys: Record<string, string> = {};
  const extra: Record<string, ExtraValue> = {};
  const fields: (KeyValue & { field: string })[] = [];
  for (const kv of pairs) {
    if (kv.field === "id" && kv !== idPair) continue;
    if (kv.field && !(kv.field in cells)) {
      cells[kv.field] = a1(kv.row, kv.col);
      keys[kv.field] = kv.key;
      fields.push({ ...kv, field: kv.field });
    } else if (!kv.field) {
      extra[extraKey(kv.key)] = kv.value;
    }
  }
  const values = readKvCells(view, fields, PROJECT_KINDS, ctx);
  const idValue = values[fields.findIndex((f) => f.field === "id")];
  const p: Project = { id: typeof idValue === "string" ? idValue : String(idPair.value), extra, source: { sheet, row: idPair.row, cells } };
  const stages = stageVocabulary(ruleset);
  const invalid = (kv: KeyValue & { field: string }, raw: string, expected: Extract<ReadIssue, { kind: "invalid-value" }>["expected"]) =>
    ctx.issues.push({ kind: "invalid-value", entity: "projects", field: kv.field, expected, raw, projectId: p.id, location: { sheet, cell: a1(kv.row, kv.col), row: kv.row } });
  fields.forEach((kv, k) => {
    const v = values[k];
    if (kv.field === "id" || v === undefined) return;
    if (v instanceof Invalid) invalid(kv, v.raw, v.expected ?? EXPECTED[PROJECT_KINDS[kv.field]] ?? "number");
    else if (kv.field === "stage") {
      // As in a table: an unknown stage keeps its text for data/unknown-stage to report.
      const hit = stages.match(String(v));
      p.stage = hit ? hit.stage : String(v);
      if (hit?.index !== undefined) p.stageIndex = hit.index;
    } else if (kv.field === "status") {
      const reading = statusVocabulary(ruleset).match(String(v));
      if (reading?.rag) p.status = reading.rag;
      else {
        p.statusRaw = String(v);
        if (reading?.state) p.state = reading.state;
        // A key that names a RAG ("RAG:", "Overall health:") must hold one; a plain "Status:" may be free text.
        else if (/\brag\b|health/i.test(kv.key)) invalid(kv, String(v), "status");
      }
    } else (p as unknown as Record<string, unknown>)[kv.field] = v;
  });
  return { project: p, keys };
}
