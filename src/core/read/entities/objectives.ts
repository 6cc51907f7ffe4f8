/** Objectives: the strategic objectives projects serve, with their weight and owner. */
import { fieldKinds, fieldNames } from "../../model/fields";
import type { Objective } from "../../model/portfolio";
import type { Located } from "../locate";
import { extraColumns, extrasFor, readExtras } from "./extras";
import { EntityTable } from "./table";
import type { ReadContext } from "./table";

const PLAIN = fieldNames("objectives").filter((f) => f !== "name");

export function readObjectives(loc: Located, ctx: ReadContext): Objective[] {
  const t = new EntityTable(loc, fieldKinds("objectives"), ctx, loc.header.match.unmatched.map((u) => u.col));
  const extras = extraColumns(loc);
  const out: Objective[] = [];
  for (let k = 0; k < t.rows.length; k++) {
    const row = t.rows[k];
    const name = t.get<string>("name", row);
    if (name === undefined) {
      t.discard();
      continue;
    }
    const o = { name } as Objective;
    t.readInto(o as unknown as Record<string, unknown>, PLAIN, row);
    o.extra = extrasFor(extras);
    readExtras(loc, row, extras, o.extra, ctx.date1904);
    o.source = t.source(row);
    t.flush();
    out.push(o);
  }
  return out;
}
