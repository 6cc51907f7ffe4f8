/**
 * Registers often have both a "Status" and a "RAG" column, or a "Status" column that holds the stage
 * (Planning, In progress, Closed). This looks at the values to decide which column is the RAG status and
 * which is the stage, before the rows are read.
 */
import type { Ruleset } from "../../ruleset/types";
import type { GridView } from "../a1";
import { cellText } from "../cells";
import type { FieldColumn, HeaderCell } from "../columns";
import { matchHeader } from "../columns";
import { headerWords } from "../normalize";
import type { Located } from "../locate";
import { statusVocabulary } from "../values/status";
import { stageVocabulary } from "../values/vocab";

const SAMPLE = 200;

/** Share of a column's filled cells (first rows) that pass a test; 0 for an empty column. */
function share(view: GridView, col: number, first: number, last: number, test: (t: string) => boolean): number {
  let hit = 0;
  let all = 0;
  for (let r = first; r <= last && all < SAMPLE; r++) {
    const t = cellText(view, r, col);
    if (t === undefined) continue;
    all++;
    if (test(t)) hit++;
  }
  return all === 0 ? 0 : hit / all;
}

/** A header that names a RAG explicitly ("RAG", "RAG_Status", "Health"), not a plain "Status". */
const isRagHeader = (header: string) => {
  const words = headerWords(header);
  return words.includes("rag") || words.includes("health") || header.toLowerCase().includes("traffic light");
};

/**
 * Returns the located projects with status and stage columns assigned by their values. An explicit RAG
 * column of RAG values is the status, wherever the plain Status column stands (that column then says
 * what it says beside it: Complete, On Hold); a Status column of mostly stages is the stage when the
 * register has none.
 */
export function arbitrateStatus(loc: Located, ruleset: Ruleset): Located {
  const fields = loc.header.match.fields;
  const status = fields.get("status");
  if (!status) return loc;
  const { view, header, region } = loc;
  const first = header.row + 1;
  const last = Math.min(region.bottom, view.bottom);
  const stages = stageVocabulary(ruleset);
  const statuses = statusVocabulary(ruleset);
  const isRag = (t: string) => statuses.match(t)?.rag !== undefined;
  const isStage = (t: string) => stages.match(t) !== null;
  const statusIsExplicit = isRagHeader(status.header);
  let unmatched: HeaderCell[] = loc.header.match.unmatched;
  const rag = statusIsExplicit ? undefined : unmatched.find((u) => matchHeader("projects", u.text)?.field === "status" && isRagHeader(u.text) && share(view, u.col, first, last, isRag) >= 0.5);
  if (!rag && share(view, status.col, first, last, isRag) >= 0.5) return loc;

  const next = new Map(fields);
  const statusIsStage = !rag && !fields.has("stage") && share(view, status.col, first, last, isStage) >= 0.5;
  if (!rag && !statusIsStage) return loc;
  next.delete("status");
  let stateColumn: number | undefined;
  if (rag) {
    next.set("status", { field: "status", col: rag.col, header: rag.text } satisfies FieldColumn);
    unmatched = unmatched.filter((u) => u.col !== rag.col);
    stateColumn = status.col;
  }
  if (statusIsStage) next.set("stage", { ...status, field: "stage" });
  else unmatched = [...unmatched, { col: status.col, text: status.header }].sort((a, b) => a.col - b.col);
  return { ...loc, stateColumn, header: { ...loc.header, match: { fields: next, unmatched } } };
}
