/** Resources (people): name, role, team and capacity in FTE. */
import type { Resource } from "../../model/portfolio";
import type { Ruleset } from "../../ruleset/types";
import type { Located } from "../locate";
import { isNoteText } from "../rows";
import { EntityTable } from "./table";
import type { ReadContext } from "./table";

export function readResources(loc: Located, ruleset: Ruleset, ctx: ReadContext): Resource[] {
  // A person listed with nothing else is still a person, even with three names ("Mary Ann Smith").
  const person = (text: string) => text.length <= 60 && !isNoteText(text);
  const t = new EntityTable(loc, { name: "text", role: "text", team: "text", capacity: "capacity" }, ctx, [], person);
  const out: Resource[] = [];
  // Indexed: on 100k rows a for-of iterator's result objects were not always optimised away.
  for (let k = 0; k < t.rows.length; k++) {
    const row = t.rows[k];
    const name = t.get<string>("name", row);
    if (!name) {
      t.discard();
      continue;
    }
    const capacity = t.get<number>("capacity", row);
    const r: Resource = {
      name,
      capacity: capacity ?? ruleset.thresholds.defaultCapacity,
      capacityDefaulted: capacity === undefined,
      source: t.source(row),
    };
    const role = t.get<string>("role", row);
    if (role !== undefined) r.role = role;
    const team = t.get<string>("team", row);
    if (team !== undefined) r.team = team;
    t.flush(undefined, name);
    out.push(r);
  }
  return out;
}
