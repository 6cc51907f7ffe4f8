/**
 * Gate decisions kept as columns of the project register ("G1 Decision", "Gate 2 Date", "G3 Approved")
 * instead of a gate log. Used only when the workbook has no Gates sheet: each filled cell pair becomes a
 * GateRecord pointing at its cells.
 */
import type { EntityDetection, GateRecord, ReadIssue } from "../../model/portfolio";
import type { Ruleset } from "../../ruleset/types";
import { a1, columnLetter } from "../a1";
import { cellText } from "../cells";
import type { Located } from "../locate";
import { normalizeWord } from "../normalize";
import { isDateFormat } from "../values/date-format";
import { dayFromCellNumber, dayFromText, detectDateOrder } from "../values/dates";
import { gateVocabulary, parseDecision } from "../values/vocab";

type Role = "decision" | "date" | "approvedOn";

const TICK = /^(x|y|yes|true|done|[✓✔☑])$/i;
const NO = /^(n|no|false|[✗✘☐])$/i;

const SUFFIXES = ["approval date", "decision date", "approved on", "decision", "status", "outcome", "result", "date", "approved", "approval", "passed"].map(
  (s) => new RegExp(`[\\s:–-]*${s.replace(" ", "\\s+")}\\s*$`, "i"),
);

/** Tries the header whole, then without each known suffix; the first base that is a gate wins. */
function splitHeader(text: string, gateOf: (base: string, suffixed: boolean) => number | undefined): { index: number; word: string } | undefined {
  const whole = gateOf(text, false);
  if (whole !== undefined) return { index: whole, word: "" };
  for (const re of SUFFIXES) {
    const m = re.exec(text);
    if (!m) continue;
    const index = gateOf(text.slice(0, m.index), true);
    if (index !== undefined) return { index, word: normalizeWord(m[0]) };
  }
  return undefined;
}

interface GateColumn {
  gateIndex: number;
  role: Role;
  col: number;
  header: string;
}

/** The gate columns among a register's unmatched headers. */
export function gateColumns(loc: Located, ruleset: Ruleset): GateColumn[] {
  const gates = gateVocabulary(ruleset);
  const names = new Set(ruleset.lifecycle.gates.flatMap((g) => [normalizeWord(g.name), normalizeWord(g.id)]));
  const out: GateColumn[] = [];
  for (const u of loc.header.match.unmatched) {
    const hit = splitHeader(u.text, (base, suffixed) => {
      // "G2", "Gate 2" alone or with a suffix; a gate's name only with a suffix ("Plan approval date"),
      // so that an ordinary column that happens to start like a gate name is not taken for one.
      const numbered = /^\s*(g|gate|sg|stage\s*gate|tollgate)\s*[-#]?\s*\d+\s*$/i.test(base);
      const named = suffixed && names.has(normalizeWord(base));
      return numbered || named ? gates.match(base) : undefined;
    });
    if (!hit) continue;
    const { index, word } = hit;
    const role: Role = word.endsWith("date") || word === "approvedon" ? "date" : word === "approved" || word === "approval" || word === "passed" ? "approvedOn" : "decision";
    out.push({ gateIndex: index, role, col: u.col, header: u.text });
  }
  return out;
}

/** Reads gate records from the register's gate columns, row by row. */
export function readGateColumns(loc: Located, ruleset: Ruleset, rows: { row: number; projectId: string; idCell?: string }[], date1904: boolean, issues: ReadIssue[]): { gates: GateRecord[]; detection?: EntityDetection } {
  const cols = gateColumns(loc, ruleset);
  if (cols.length === 0) return { gates: [] };
  const { view } = loc;
  const byGate = new Map<number, GateColumn[]>();
  for (const c of cols) byGate.set(c.gateIndex, [...(byGate.get(c.gateIndex) ?? []), c]);
  const orders = new Map(cols.map((c) => [c.col, detectDateOrder(rows.map((r) => view.text(r.row, c.col)))]));
  const out: GateRecord[] = [];
  for (const r of rows) {
    for (const [gateIndex, gcols] of byGate) {
      const def = ruleset.lifecycle.gates[gateIndex];
      // A gate's cells are columns of the project's row picked per gate: per-record cells, no shared map.
      const cells: Record<string, string> = r.idCell ? { projectId: r.idCell } : {};
      const rec: GateRecord = { projectId: r.projectId, gate: def.id, gateIndex, artifacts: {}, source: { sheet: view.name, row: r.row, cells } };
      let filled = false;
      for (const c of gcols) {
        const raw = view.value(r.row, c.col);
        const text = cellText(view, r.row, c.col);
        cells[c.role === "decision" ? "decision" : "date"] = a1(r.row, c.col);
        if (text === undefined || (c.role === "approvedOn" && NO.test(text))) continue;
        filled = true;
        if (c.role === "approvedOn" && TICK.test(text)) {
          rec.decision = "Approved";
          rec.decisionRaw = text;
          continue;
        }
        // A date in a decision column ("G2: 2026-03-01") or an "approved" column means the gate was passed then.
        const day = typeof raw === "number" ? (c.role !== "decision" || isDateFormat(view.format(r.row, c.col)) ? dayFromCellNumber(raw, date1904) : NaN) : dayFromText(text, orders.get(c.col) ?? "dmy");
        const decision = c.role === "date" ? undefined : parseDecision(text);
        if (decision) {
          rec.decision = decision;
          rec.decisionRaw = text;
        } else if (!Number.isNaN(day)) {
          rec.date = day;
          if (c.role === "approvedOn" && !rec.decision) rec.decision = "Approved";
        } else {
          issues.push({ kind: "invalid-value", entity: "gates", field: c.role === "date" ? "date" : "decision", expected: c.role === "date" ? "date" : "decision", raw: text, projectId: r.projectId || undefined, location: { sheet: view.name, cell: a1(r.row, c.col), row: r.row } });
        }
      }
      if (filled) out.push(rec);
    }
  }
  const columns: EntityDetection["columns"] = {};
  for (const c of cols) columns[`${ruleset.lifecycle.gates[c.gateIndex].id} ${c.role === "decision" ? "decision" : "date"}`] = { header: c.header, column: columnLetter(c.col) };
  const detection: EntityDetection = { entity: "gates", how: "content", sheet: view.name, headerRow: loc.header.row, columns, unmatched: [], dataRows: out.length };
  return { gates: out, detection };
}
