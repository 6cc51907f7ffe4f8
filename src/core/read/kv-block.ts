/**
 * Key/value blocks above a header ("1a. Project Number:* | 84392", "7. Manager: | Lee"): the project a
 * one-sheet-per-project workbook is about. Keys are matched like project headers.
 */
import type { ExtraValue, Project } from "../model/portfolio";
import type { GridView } from "./a1";
import { a1 } from "./a1";
import { matchHeader } from "./columns";
import { extraKey, isPlaceholder } from "./normalize";

export interface KeyValue {
  key: string;
  field?: string;
  /** Null when the value cell holds a placeholder ("None", "TBD", "-"): the key is there, its value is missing. */
  value: string | number | boolean | null;
  row: number;
  col: number;
}

const KEY_TEXT = /^(.{2,60}?)\s*[:=]\s*\**\s*$/;
const NUMBERING = /^\s*(?:\d+[a-z]?|[a-z])[.)]\s+/i;

/** Reads key/value pairs from rows top..bottom (inclusive), left to right. */
export function readKeyValues(view: GridView, top: number, bottom: number, left: number, right: number): KeyValue[] {
  const out: KeyValue[] = [];
  for (let r = top; r <= bottom; r++) {
    for (let c = left; c <= right; c++) {
      const v = view.value(r, c);
      if (typeof v !== "string") continue;
      const m = KEY_TEXT.exec(v.trim().replace(/\*+$/, "").trim());
      if (!m) continue;
      const key = m[1].replace(NUMBERING, "").trim();
      const field = matchHeader("projects", key)?.field;
      // The value is the next filled cell on the right, unless that cell is the next key.
      let found = false;
      for (let vc = c + 1; vc <= right; vc++) {
        const val = view.value(r, vc);
        if (isEmpty(val)) continue;
        if (typeof val === "string" && KEY_TEXT.test(val.trim().replace(/\*+$/, "").trim())) break;
        // A placeholder is an empty value, but its cell is where the missing value belongs (findings point there).
        const value = typeof val === "string" ? (isPlaceholder(val) ? null : val.trim()) : val;
        out.push({ key, field, value, row: r, col: vc });
        c = vc;
        found = true;
        break;
      }
      // A field's key with nothing after it ("7. Manager:" and a blank cell): empty, its cell the one on the right.
      if (!found && field !== undefined && c < right && isEmpty(view.value(r, c + 1))) out.push({ key, field, value: null, row: r, col: c + 1 });
    }
  }
  return out;
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** A project described by a key/value block (and the key each field came from), or null without a project ID. */
export function projectFromKeyValues(sheet: string, pairs: KeyValue[]): { project: Project; keys: Record<string, string> } | null {
  const idPair = pairs.find((p) => p.field === "id" && p.value !== null);
  if (!idPair) return null;
  // The fields sit on rows of their own: the record's cells are all per-record (no shared column map).
  const cells: Record<string, string> = {};
  const p: Project = { id: String(idPair.value), extra: {}, source: { sheet, row: idPair.row, cells } };
  const keys: Record<string, string> = {};
  for (const kv of pairs) {
    if (kv.field === "id" && kv !== idPair) continue;
    if (kv.field && !(kv.field in cells)) {
      cells[kv.field] = a1(kv.row, kv.col);
      keys[kv.field] = kv.key;
      if (kv.value !== null && (kv.field === "name" || kv.field === "manager" || kv.field === "sponsor" || kv.field === "program")) p[kv.field] = String(kv.value);
    } else if (!kv.field) {
      p.extra[extraKey(kv.key)] = kv.value as ExtraValue;
    }
  }
  return { project: p, keys };
}
