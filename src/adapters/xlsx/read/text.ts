/** Text of XML character data: entities, and SpreadsheetML's `_xHHHH_` escapes (ECMA-376 Part 1, 22.9.2.19). */

const ENTITY = /&(lt|gt|amp|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);/g;
const ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

function entity(_: string, e: string): string {
  switch (e) {
    case "lt":
      return "<";
    case "gt":
      return ">";
    case "amp":
      return "&";
    case "quot":
      return '"';
    case "apos":
      return "'";
  }
  const code = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
  // A reference to no character (or a lone surrogate) is kept as written rather than guessed at.
  return code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? `&${e};` : String.fromCodePoint(code);
}

/** XML character data with its entity and character references resolved. */
export function decodeEntities(s: string): string {
  return s.indexOf("&") < 0 ? s : s.replace(ENTITY, entity);
}

/**
 * A cell's or shared string's text: `_x000D_` is a carriage return, `_x005F_` the underscore that keeps
 * a literal `_x0041_` (one left-to-right pass, so `_x005F_x0041_` reads as `_x0041_`).
 */
export function decodeEscapes(s: string): string {
  return s.indexOf("_x") < 0 ? s : s.replace(ESCAPE, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}
