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
  value: string | number | boolean;
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
      // The value is the next filled cell on the right, unless that cell is the next key.
      for (let vc = c + 1; vc <= right; vc++) {
        const val = view.value(r, vc);
        if (val === null || (typeof val === "string" && val.trim() === "")) continue;
        if (typeof val === "string" && KEY_TEXT.test(val.trim().replace(/\*+$/, "").trim())) break;
        if (typeof val === "string" && isPlaceholder(val)) break;
        const hit = matchHeader("projects", key);
        out.push({ key, field: hit?.field, value: typeof val === "string" ? val.trim() : val, row: r, col: vc });
        c = vc;
        break;
      }
    }
  }
  return out;
}

/** A project described by a key/value block (and the key each field came from), or null without a project ID. */
export function projectFromKeyValues(sheet: string, pairs: KeyValue[]): { project: Project; keys: Record<string, string> } | null {
  const idPair = pairs.find((p) => p.field === "id");
  if (!idPair) return null;
  // The fields sit on rows of their own: the record's cells are all per-record (no shared column map).
  const cells: Record<string, string> = {};
  const p: Project = { id: String(idPair.value), extra: {}, source: { sheet, row: idPair.row, cells } };
  const keys: Record<string, string> = {};
  for (const kv of pairs) {
    if (kv.field && !(kv.field in cells)) {
      cells[kv.field] = a1(kv.row, kv.col);
      keys[kv.field] = kv.key;
      if (kv.field === "name" || kv.field === "manager" || kv.field === "sponsor" || kv.field === "program") p[kv.field] = String(kv.value);
    } else if (!kv.field) {
      p.extra[extraKey(kv.key)] = kv.value as ExtraValue;
    }
  }
  return { project: p, keys };
}
