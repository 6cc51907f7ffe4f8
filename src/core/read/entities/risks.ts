/**
 * A RAID log: one record per row, on one sheet or one sheet per type (Risks, Assumptions, Issues,
 * Dependencies). Probability and impact are levels on the column's scale (1–5, or Low / Medium / High);
 * the rating is kept as written; the status is Open or Closed when it says so.
 */
import { fieldKinds, fieldNames } from "../../model/fields";
import type { Risk } from "../../model/portfolio";
import { cellText } from "../cells";
import type { Located } from "../locate";
import { parsePlainNumber } from "../values/numbers";
import { raidType, raidTypeOfSheet, riskStatus } from "../values/raid";
import { extraColumns, extrasFor, readExtras } from "./extras";
import { EntityTable } from "./table";
import type { ReadContext } from "./table";
import { maxOf } from "../../arrays";

/** Read as their kind; type, status and rating are interpreted below. */
const PLAIN = fieldNames("risks").filter((f) => f !== "id" && f !== "type" && f !== "status" && f !== "rating");
const KINDS = { ...fieldKinds("risks"), rating: "text" as const };

/** "Impact (monetary)", "Impact £", "Cost impact": money, not a level; kept with the other columns. */
const MONEY_HEADER = /monet|\bcost|\bamount|[$£€]|\bvalue\b/i;

export function readRisks(located: Located, ctx: ReadContext): Risk[] {
  const loc = withoutMoneyLevels(located);
  const t = new EntityTable(loc, KINDS, ctx, loc.header.match.unmatched.map((u) => u.col));
  const extras = extraColumns(loc);
  const sheetType = raidTypeOfSheet(loc.view.name) ?? raidTypeOfSheet(loc.table ?? "");
  const scales = [t.scale("probability"), t.scale("impact")].filter((s): s is number => s !== undefined);
  const scale = scales.length > 0 ? maxOf(scales) : undefined;
  const out: Risk[] = [];
  for (let k = 0; k < t.rows.length; k++) {
    const row = t.rows[k];
    const id = t.get<string>("id", row);
    // Every field in the literal, in the order they were once added: the record is born in its final shape
    // (no property array and no shape change per field; 50k entries each made one).
    const r = {
      id: "", type: "Risk", status: undefined, statusRaw: undefined, ratingRaw: undefined, scale: undefined,
      projectId: undefined, description: undefined, probability: undefined, impact: undefined, owner: undefined, mitigation: undefined, raised: undefined, reviewDate: undefined,
      extra: undefined, source: undefined, rating: undefined,
    } as unknown as Risk;
    const filled = t.readInto(r as unknown as Record<string, unknown>, PLAIN, row);
    r.extra = extrasFor(extras);
    const extraCount = readExtras(loc, row, extras, r.extra, ctx.date1904);
    // A row is an entry when it says what it is about; an ID alone with nothing else is a spare line.
    if (r.description === undefined && (id === undefined || filled + extraCount === 0)) {
      t.discard();
      continue;
    }
    r.id = id ?? `${loc.view.name}!${row}`;
    r.source = t.source(row);
    const typeText = t.get<string>("type", row);
    const named = typeText === undefined ? undefined : raidType(typeText);
    r.type = named ?? sheetType ?? "Risk";
    // A Type column of categories (Technical, Legal) is kept as the entry's category.
    if (typeText !== undefined && named === undefined) {
      // Not into the shared empty extra of a log without extra columns (extrasFor): the entry gets its own.
      if (extras.length === 0) r.extra = {};
      r.extra.category = typeText;
    }
    const statusText = t.get<string>("status", row);
    if (statusText !== undefined) {
      const status = riskStatus(statusText);
      if (status) r.status = status;
      r.statusRaw = statusText;
    }
    readRating(r, loc, row);
    if (r.probability !== undefined || r.impact !== undefined) r.scale = scale;
    t.flush(r.projectId, undefined);
    out.push(r);
  }
  return out;
}

/** A number as the rating, a word ("High", "Severe") as ratingRaw: ratings are written both ways. */
function readRating(r: Risk, loc: Located, row: number): void {
  const col = loc.header.match.fields.get("rating")?.col;
  if (col === undefined) return;
  const v = loc.view.value(row, col);
  if (typeof v === "number" && Number.isFinite(v)) {
    r.rating = v;
    return;
  }
  const text = cellText(loc.view, row, col);
  if (text === undefined) return;
  const n = parsePlainNumber(text);
  if (Number.isNaN(n)) r.ratingRaw = text;
  else r.rating = n;
}

function withoutMoneyLevels(loc: Located): Located {
  const money = ["probability", "impact"].map((f) => loc.header.match.fields.get(f)).filter((c) => c !== undefined && MONEY_HEADER.test(c.header));
  if (money.length === 0) return loc;
  const fields = new Map(loc.header.match.fields);
  for (const c of money) fields.delete(c!.field);
  const unmatched = [...loc.header.match.unmatched, ...money.map((c) => ({ col: c!.col, text: c!.header }))].sort((a, b) => a.col - b.col);
  return { ...loc, header: { ...loc.header, match: { fields, unmatched } } };
}
