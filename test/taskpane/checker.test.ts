import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { inlineChecker, workerChecker } from "../../src/taskpane/services/checker";
import { PIECE_WEIGHT, postInPieces } from "../../src/taskpane/services/worker-job";
import { joinPieces, type Piece } from "../../src/taskpane/services/transfer";
import { readXlsx } from "../../src/adapters/xlsx/read-workbook";
import { checkSource } from "../../src/core/pipeline";
import { defaultRuleset } from "../../src/core/ruleset/default-ruleset";
import { dayFromIso } from "../../src/core/model/dates";

const sample = resolve(import.meta.dirname, "../../assets/sample-portfolio.xlsx");
const options = { asOf: dayFromIso("2026-11-25") };

describe("checkers", () => {
  it("checks inline exactly as the core does", async () => {
    const source = await readXlsx(sample);
    const expected = checkSource(source, defaultRuleset(), options);
    const outcome = await inlineChecker(source, defaultRuleset(), options);
    expect(outcome.result.findings).toEqual(expected.result.findings);
    expect(outcome.fingerprint).toBe(expected.fingerprint);
  });

  it("falls back to checking inline where Web Workers do not exist", async () => {
    expect(typeof Worker).toBe("undefined");
    const source = await readXlsx(sample);
    const outcome = await workerChecker()(source, defaultRuleset(), options);
    expect(outcome.result.summary).toEqual(checkSource(source, defaultRuleset(), options).result.summary);
  });
});

describe("the worker's messages", () => {
  it("carry a workbook in pieces of about PIECE_WEIGHT values and put it back together", async () => {
    const source = await readXlsx(sample);
    const big = { ...source, sheets: [...source.sheets, { name: "Big", top: 1, left: 1, values: Array.from({ length: 20_000 }, (_, i) => [i, `row ${i}`]) }] };
    const messages: unknown[] = [];
    await postInPieces((m) => messages.push(structuredClone(m)), big, "run", async () => undefined);
    const pieces = messages.filter((m): m is { kind: "piece"; piece: Piece } => (m as { kind: string }).kind === "piece").map((m) => m.piece);
    // 5,000 rows of two cells (15,000 values with their row arrays): one piece or a few, each near the budget.
    expect(pieces.length).toBeGreaterThan(0);
    expect(pieces.every((p) => p.items.length * 3 <= PIECE_WEIGHT + 3)).toBe(true);
    const last = messages.at(-1) as { kind: string; skeleton: unknown };
    expect(last.kind).toBe("run");
    expect(joinPieces(last.skeleton, pieces)).toEqual(big);
  });
});
