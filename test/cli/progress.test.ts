import { describe, expect, it } from "vitest";
import { progressReporter } from "../../src/cli/progress";

function stream(isTTY: boolean) {
  const out = { text: "", isTTY, write: (s: string) => (out.text += s) };
  return out;
}

describe("progressReporter", () => {
  it("writes one line per step with the file's position when stderr is a log", () => {
    const s = stream(false);
    const p = progressReporter(s, 2);
    p.onProgress({ kind: "file", index: 1, count: 2, file: "b.xlsx" });
    p.onProgress({ kind: "phase", file: "b.xlsx", phase: "checking" });
    p.done();
    expect(s.text).toBe("[2/2] checking b.xlsx…\n");
  });

  it("rewrites one line in place on a terminal and clears it when done", () => {
    const s = stream(true);
    const p = progressReporter(s, 1);
    p.onProgress({ kind: "file", index: 0, count: 1, file: "a.xlsx" });
    p.onProgress({ kind: "phase", file: "a.xlsx", phase: "reading" });
    p.onProgress({ kind: "phase", file: "a.xlsx", phase: "writing" });
    p.done();
    expect(s.text).toBe("\r\x1b[2Kreading a.xlsx…\r\x1b[2Kwriting a.xlsx…\r\x1b[2K");
    expect(s.text).not.toContain("\n");
  });
});
