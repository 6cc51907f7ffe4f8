/** The CLI's JSON written in pieces (issue 15) is exactly JSON.stringify(value, null, 2). */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonPieces } from "../../src/cli/json-pieces";

const joined = (value: unknown) => [...jsonPieces(value)].join("");

describe("jsonPieces", () => {
  it("gives JSON.stringify's text for any JSON value", () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => joined(value) === JSON.stringify(value, null, 2)), { numRuns: 500 });
  });

  it("leaves out what JSON.stringify leaves out, and writes null for it in an array", () => {
    const value = { a: undefined, b: () => 1, c: [undefined, () => 1, 1], d: { e: new Date(0), f: "line\nbreak" }, g: [], h: {} };
    expect(joined(value)).toBe(JSON.stringify(value, null, 2));
  });

  it("hands a large array on in several pieces", () => {
    const findings = Array.from({ length: 5000 }, (_, i) => ({ ruleId: "gate/missing-approval", projectId: `P-${i}`, data: { gate: "G2" } }));
    const pieces = [...jsonPieces({ asOf: "2026-11-25", findings })];
    expect(pieces.length).toBeGreaterThan(5);
    expect(pieces.join("")).toBe(JSON.stringify({ asOf: "2026-11-25", findings }, null, 2));
  });
});
