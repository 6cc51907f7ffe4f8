import { describe, expect, it } from "vitest";
import { joinPieces, splitLongArrays } from "../../src/taskpane/services/transfer";

describe("splitLongArrays and joinPieces", () => {
  it("leaves short arrays in the skeleton", () => {
    const value = { a: [1, 2], b: { c: "x" }, long: Array.from({ length: 64 }, (_, i) => i) };
    const { skeleton, pieces } = splitLongArrays(value, 5);
    expect(pieces).toEqual([]);
    expect(skeleton).toEqual(value);
  });

  it("cuts long arrays into pieces of about the given weight", () => {
    const { skeleton, pieces } = splitLongArrays({ rows: Array.from({ length: 100 }, (_, i) => i) }, 30);
    expect(skeleton).toEqual({ rows: { chunkedLength: 100 } });
    expect(pieces.map((p) => p.items.length)).toEqual([30, 30, 30, 10]);
    expect(pieces.map((p) => p.start)).toEqual([0, 30, 60, 90]);
  });

  it("cuts by weight, not by count: heavy items travel fewer to a piece", () => {
    const heavy = Array.from({ length: 90 }, (_, i) => ({ id: i, periods: Array.from({ length: 9 }, (_, k) => k) }));
    const { pieces } = splitLongArrays({ load: heavy }, 24);
    // Each item weighs 12 (the object, its id, the array and its 9 numbers): two to a piece.
    expect(pieces.every((p) => p.items.length === 2)).toBe(true);
  });

  it("walks into a short list of heavy items (the sheets of a workbook) and cuts each one's rows", () => {
    const rows = (from: number) => Array.from({ length: 100 }, (_, i) => [from + i, `r${i}`]);
    const sheets = [{ name: "A", values: rows(0) }, { name: "B", values: rows(100) }];
    const { skeleton, pieces } = splitLongArrays({ sheets }, 60);
    expect(new Set(pieces.map((p) => JSON.stringify(p.path)))).toEqual(new Set(['["sheets",0,"values"]', '["sheets",1,"values"]']));
    expect(joinPieces(structuredClone(skeleton), structuredClone(pieces))).toEqual({ sheets });
  });

  it("finds long arrays nested in objects and short arrays", () => {
    const value = { sheets: [{ name: "A", values: Array.from({ length: 80 }, (_, i) => [i]) }, { name: "B", values: [[4]] }], tables: [] };
    const { skeleton, pieces } = splitLongArrays(value, 40);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.every((p) => p.path.join("/") === "sheets/0/values")).toBe(true);
    expect(joinPieces(structuredClone(skeleton), structuredClone(pieces))).toEqual(value);
  });

  it("gives back an equal value after a round trip through structured cloning", () => {
    const value = {
      n: 3,
      missing: undefined,
      empty: null,
      findings: Array.from({ length: 1001 }, (_, i) => ({ ruleId: "r", data: { i }, location: { sheet: "S", cell: `A${i}`, row: i } })),
      nested: { deep: { list: Array.from({ length: 250 }, (_, i) => [i, `t${i}`, i % 2 === 0]) } },
    };
    const { skeleton, pieces } = splitLongArrays(value, 100);
    expect(pieces.length).toBeGreaterThan(10);
    expect(joinPieces(structuredClone(skeleton), pieces.map((p) => structuredClone(p)))).toEqual(value);
  });

  it("refuses a piece that belongs to no chunked array", () => {
    expect(() => joinPieces({ a: [] }, [{ path: ["a"], start: 0, items: [1] }])).toThrow(/no chunked array/);
  });
});
