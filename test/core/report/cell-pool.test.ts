/** One object per distinct cell of a sheet (issue 15): the same cells as the plain constructors give. */
import { describe, expect, it } from "vitest";
import { cellPool, num, text } from "../../../src/core/report/cells";

describe("cellPool", () => {
  it("gives cells equal to num() and text(), one frozen object for each distinct one", () => {
    const pool = cellPool();
    const a = pool.num(0.75, "percent");
    expect(a).toEqual(num(0.75, "percent"));
    expect(pool.num(0.75, "percent")).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(pool.text("Yes")).toEqual(text("Yes"));
    expect(pool.text("Yes")).toBe(pool.text("Yes"));
  });

  it("keeps cells of another style, another kind or -0 apart", () => {
    const pool = cellPool();
    expect(pool.num(1, "percent")).not.toBe(pool.num(1, "integer"));
    expect(pool.num(1)).toEqual(num(1));
    expect(pool.text("1")).toEqual(text("1"));
    expect(Object.is(pool.num(-0, "integer").value, -0)).toBe(true);
    expect(Object.is(pool.num(0, "integer").value, 0)).toBe(true);
  });

  it("gives an empty cell for what num() leaves empty", () => {
    const pool = cellPool();
    expect(pool.num(undefined, "percent")).toEqual(num(undefined, "percent"));
    expect(pool.num(Number.NaN, "percent")).toEqual({ value: null, style: "percent" });
  });
});
