/**
 * RAID log and milestone vocabularies: the type of an entry (Risk, Assumption, Issue, Dependency, from a
 * Type column or the sheet's name), whether it is open or closed, and whether a milestone was achieved.
 * Matched in any case ("OPEN", "Closed", "R").
 */
import type { RaidType, Risk } from "../../model/portfolio";
import { TextMemo } from "../../lookup/memo";
import { normalizeWord } from "../normalize";

const TYPES: Record<string, RaidType> = {
  risk: "Risk", risks: "Risk", r: "Risk", threat: "Risk", opportunity: "Risk",
  issue: "Issue", issues: "Issue", i: "Issue", problem: "Issue",
  assumption: "Assumption", assumptions: "Assumption", a: "Assumption",
  dependency: "Dependency", dependencies: "Dependency", d: "Dependency",
};

/** The RAID type a text names; undefined for anything else (a Type column of categories, say). */
export function raidType(text: string): RaidType | undefined {
  return types.get(text);
}

// A log repeats a handful of types, statuses and milestone states: each text is read once.
const types = new TextMemo((text: string): RaidType | undefined => {
  const w = normalizeWord(text);
  return Object.hasOwn(TYPES, w) ? TYPES[w] : undefined;
}, 10_000);

/** The type a sheet's name gives its entries ("Issue Log" -> Issue); undefined for a mixed log ("RAID"). */
export function raidTypeOfSheet(name: string): RaidType | undefined {
  const words = name.toLowerCase().split(/[^a-z]+/).filter(Boolean);
  const found = new Set(words.map((w) => (Object.hasOwn(TYPES, w) && w.length > 1 ? TYPES[w] : undefined)).filter((t): t is RaidType => t !== undefined));
  return found.size === 1 ? [...found][0] : undefined;
}

const OPEN = new Set(["open", "opened", "active", "new", "inprogress", "ongoing", "live", "raised", "monitoring", "monitor", "underreview", "pending", "identified", "escalated", "current", "planned", "notstarted", "wip"]);
const CLOSED = new Set(["closed", "close", "resolved", "mitigated", "retired", "complete", "completed", "done", "cancelled", "canceled", "withdrawn", "expired", "obsolete", "confirmed", "validated", "occurred", "delivered", "realised", "realized", "fixed"]);

/** Open or Closed for a status as written; undefined when it says neither ("Accepted", "Transferred"). */
export function riskStatus(text: string): Risk["status"] | undefined {
  return statuses.get(text);
}

const statuses = new TextMemo((text: string): Risk["status"] | undefined => {
  const w = normalizeWord(text);
  const first = normalizeWord(text.split(/[\s\-–:/(]+/)[0] ?? "");
  if (OPEN.has(w)) return "Open";
  if (CLOSED.has(w)) return "Closed";
  if (first !== w && OPEN.has(first)) return "Open";
  if (first !== w && CLOSED.has(first)) return "Closed";
  return undefined;
}, 10_000);

const ACHIEVED = new Set(["achieved", "complete", "completed", "done", "met", "delivered", "closed", "signedoff", "finished", "passed", "approved"]);
const NOT_ACHIEVED = new Set(["notstarted", "inprogress", "started", "ongoing", "open", "pending", "planned", "scheduled", "upcoming", "delayed", "late", "overdue", "missed", "atrisk", "ontrack", "offtrack", "notmet", "notachieved", "notdone", "outstanding", "due", "wip"]);

/**
 * Whether a milestone's status says it was achieved (Complete, Done, Met: true), says it was not (Not
 * Started, In Progress, Delayed: false), or says neither (undefined: the actual date decides).
 */
export function milestoneAchieved(text: string): boolean | undefined {
  return achieved.get(text);
}

const achieved = new TextMemo((text: string): boolean | undefined => {
  const w = normalizeWord(text);
  if (ACHIEVED.has(w)) return true;
  if (NOT_ACHIEVED.has(w)) return false;
  const first = normalizeWord(text.split(/[\s\-–:/(]+/)[0] ?? "");
  if (first === "not") return false;
  if (ACHIEVED.has(first)) return true;
  if (NOT_ACHIEVED.has(first)) return false;
  return undefined;
}, 10_000);
