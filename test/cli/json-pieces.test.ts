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

describe("the JSON check through a full pipe", () => {
  it("waits for the stream to drain after each write it refuses, and writes everything", async () => {
    const { runCli } = await import("../../src/cli/program");
    const { EventEmitter } = await import("node:events");
    // A pipe whose reader is slow: every write fills it, and it drains a tick later.
    const pipe = Object.assign(new EventEmitter(), {
      text: "",
      pending: 0,
      most: 0,
      write(s: string) {
        pipe.text += s;
        pipe.pending++;
        pipe.most = Math.max(pipe.most, pipe.pending);
        setImmediate(() => {
          pipe.pending = 0;
          pipe.emit("drain");
        });
        return false;
      },
    });
    const code = await runCli(["check", "assets/sample-portfolio.xlsx", "--as-of", "2026-11-25", "--format", "json"], { stdout: pipe, stderr: { write: () => true, isTTY: false } });
    expect(code).toBe(1);
    expect(pipe.most).toBe(1);
    expect(JSON.parse(pipe.text).findings.length).toBeGreaterThan(10);
  });
});
