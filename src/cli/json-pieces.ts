/**
 * JSON.stringify(value, null, 2) written in pieces, the very same text: the members of the outer
 * objects and the items of their arrays one at a time, so the JSON of a 100k-project check (58 MB of
 * findings) is never built as one string, nor copied whole into one buffer to be written (issue 15).
 */

/** Outer levels taken apart; deeper values (a finding's own fields) are stringified whole. */
const SPLIT_DEPTH = 3;

/** Pieces of text gathered before they are handed on (fewer, larger writes). */
const PIECE_CHARS = 1 << 16;

/** The text of JSON.stringify(value, null, 2), in pieces of about 64k characters. */
export function* jsonPieces(value: unknown): Generator<string> {
  let pending = "";
  for (const piece of parts(value, "", 0)) {
    pending += piece;
    if (pending.length >= PIECE_CHARS) {
      yield pending;
      pending = "";
    }
  }
  if (pending) yield pending;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v) && typeof (v as { toJSON?: unknown }).toJSON !== "function" && [Object.prototype, null].includes(Object.getPrototypeOf(v));

/** What JSON.stringify leaves out of an object (and writes as null in an array). */
const isSkipped = (v: unknown) => v === undefined || typeof v === "function" || typeof v === "symbol";

function* parts(value: unknown, indent: string, depth: number): Generator<string> {
  const inner = indent + "  ";
  if (depth < SPLIT_DEPTH && Array.isArray(value) && value.length > 0) {
    yield "[";
    for (let i = 0; i < value.length; i++) {
      yield `${i ? "," : ""}\n${inner}`;
      yield* isSkipped(value[i]) ? ["null"] : parts(value[i], inner, depth + 1);
    }
    yield `\n${indent}]`;
    return;
  }
  if (depth < SPLIT_DEPTH && isPlainObject(value)) {
    const keys = Object.keys(value).filter((k) => !isSkipped(value[k]));
    if (keys.length === 0) return yield "{}";
    yield "{";
    for (const [i, k] of keys.entries()) {
      yield `${i ? "," : ""}\n${inner}${JSON.stringify(k)}: `;
      yield* parts(value[k], inner, depth + 1);
    }
    yield `\n${indent}}`;
    return;
  }
  // JSON text never holds a raw line break (strings escape theirs), so indenting every line is safe.
  const text = JSON.stringify(value, null, 2) ?? "null";
  yield indent && text.includes("\n") ? text.replace(/\n/g, `\n${indent}`) : text;
}
