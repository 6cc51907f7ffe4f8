import { describe, expect, it } from "vitest";
import { isBlank, matchKey } from "../../../src/core/lookup/keys";

describe("isBlank", () => {
  it("is true for nothing, empty text and whitespace of any kind", () => {
    expect([undefined, null, "", " ", "\t\n", "\u00a0", "\u3000 ", "\ufeff"].map(isBlank)).toEqual([true, true, true, true, true, true, true, true]);
  });

  it("is false for text with a character, numbers and booleans", () => {
    expect(["x", " x", "\u00a0x", "é", "-", 0, false].map(isBlank)).toEqual([false, false, false, false, false, false, false]);
  });
});

describe("matchKey", () => {
  it("ignores case and extra spaces", () => {
    expect(matchKey("  PRJ-001 ")).toBe("prj-001");
    expect(matchKey("Ada  \u00a0Lovelace")).toBe("ada lovelace");
  });
});
