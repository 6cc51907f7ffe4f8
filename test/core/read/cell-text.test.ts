import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hasMessySpace } from "../../../src/core/read/cells";

/** Every character \s matches, and some that it does not. */
const SPACES = [" ", "\t", "\n", "\r", "\v", "\f", "\u00a0", "\u1680", "\u2000", "\u2005", "\u200a", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\ufeff"];
const OTHERS = ["a", "Z", "0", "-", "~", "\u007f", "\u0085", "\u200b", "é", "€", "\u0000", "\u001f"];

describe("hasMessySpace", () => {
  it("says what /\\s\\s|[\\t\\n\\r\\u00a0]/ says", () => {
    const text = fc.array(fc.constantFrom(...SPACES, ...OTHERS), { maxLength: 8 }).map((cs) => cs.join(""));
    fc.assert(fc.property(fc.oneof(text, fc.string({ maxLength: 8 })), (t) => hasMessySpace(t) === /\s\s|[\t\n\r\u00a0]/.test(t)), { numRuns: 5000 });
  });

  it("finds doubled spaces and breaks, not single spaces", () => {
    expect(hasMessySpace("Project Alpha")).toBe(false);
    expect(hasMessySpace("Project  Alpha")).toBe(true);
    expect(hasMessySpace("Project\nAlpha")).toBe(true);
    expect(hasMessySpace("Project\u2003\u2003Alpha")).toBe(true);
    expect(hasMessySpace("")).toBe(false);
  });
});
