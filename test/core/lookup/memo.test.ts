import { describe, expect, it } from "vitest";
import { TextMemo } from "../../../src/core/lookup/memo";

describe("TextMemo", () => {
  it("computes each distinct text once and returns the same answers", () => {
    const asked: string[] = [];
    const memo = new TextMemo((t: string) => {
      asked.push(t);
      return t.toUpperCase();
    });
    expect(["a", "a", "b", "a", "b", "c"].map((t) => memo.get(t))).toEqual(["A", "A", "B", "A", "B", "C"]);
    expect(asked).toEqual(["a", "b", "c"]);
  });

  it("remembers undefined answers too", () => {
    let calls = 0;
    const memo = new TextMemo((t: string) => {
      calls++;
      return t === "x" ? 1 : undefined;
    });
    expect([memo.get("y"), memo.get("x"), memo.get("y"), memo.get("x")]).toEqual([undefined, 1, undefined, 1]);
    expect(calls).toBe(2);
  });

  it("starts over when full, still answering correctly", () => {
    let calls = 0;
    const memo = new TextMemo((t: string) => {
      calls++;
      return t.length;
    }, 2);
    expect(["a", "bb", "ccc", "a", "bb"].map((t) => memo.get(t))).toEqual([1, 2, 3, 1, 2]);
    // "a" and "bb" were forgotten when "ccc" filled the map.
    expect(calls).toBe(5);
  });
});
