/**
 * The expression language of custom rules: jexl (a small, well-kept, sandboxed expression language;
 * never eval or Function). Helper functions and transforms are added here, and nowhere else, so the
 * docs (docs/ruleset.md) can list exactly what a PMO may write.
 */
import jexl from "jexl";
import { dayFromIso } from "../../model/dates";
import { isBlank } from "../../lookup/keys";

type Compiled = ReturnType<typeof jexl.compile>;

const language = new jexl.Jexl();

language.addFunctions({
  /** empty(sponsor): true for a blank, missing or whitespace-only value. */
  empty: (value: unknown) => isBlank(value),
  /** date("2026-03-31"): the day number of a date, to compare with start, finish, lastUpdate, asOf. */
  date: (iso: unknown) => (typeof iso === "string" ? dayFromIso(iso) : NaN),
});

language.addTransforms({
  lower: (value: unknown) => (value === undefined || value === null ? value : String(value).toLowerCase()),
  upper: (value: unknown) => (value === undefined || value === null ? value : String(value).toUpperCase()),
  trim: (value: unknown) => (typeof value === "string" ? value.trim() : value),
  length: (value: unknown) => (typeof value === "string" || Array.isArray(value) ? value.length : 0),
});

const cache = new Map<string, Compiled>();

/** Compiles an expression (cached); throws with jexl's message when the syntax is wrong. */
export function compileExpression(text: string): Compiled {
  let compiled = cache.get(text);
  if (!compiled) {
    compiled = language.compile(text);
    cache.set(text, compiled);
  }
  return compiled;
}

/** Syntax check for the ruleset loader: the error message, or null when the expression compiles. */
export function expressionError(text: string): string | null {
  try {
    compileExpression(text);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
