/** The CLI's full collections where most of its memory just died (issue 15). */
import { describe, expect, it } from "vitest";
import { collectGarbage, withTightHeap } from "../../src/cli/collect-garbage";

/** About 16 MB that nothing refers to but a WeakRef. */
async function deadWeight(): Promise<WeakRef<object>> {
  const ref = new WeakRef(Array.from({ length: 16 }, () => new Float64Array(1 << 17).fill(1.5)));
  // A WeakRef keeps its target alive until the current job ends.
  await new Promise((done) => setTimeout(done, 0));
  return ref;
}

describe("collectGarbage", () => {
  it("frees what nothing refers to any more", async () => {
    const ref = await deadWeight();
    collectGarbage(0);
    expect(ref.deref()).toBeUndefined();
  });
});

describe("withTightHeap", () => {
  it("returns what the step returns, and passes on what it throws", () => {
    expect(withTightHeap(() => 42)).toBe(42);
    expect(() =>
      withTightHeap(() => {
        throw new Error("step failed");
      }),
    ).toThrow("step failed");
  });
});
