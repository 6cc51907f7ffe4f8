import { describe, expect, it } from "vitest";
import { consolidateWorkbooks, type SubmissionInput } from "../../../src/core/consolidate/workflow";
import { dayFromIso } from "../../../src/core/model/dates";
import type { WorkbookSource } from "../../../src/workbook/grid";

/** A one-project submission, as grids. */
const register = (id: string): WorkbookSource => ({
  label: `${id}.xlsx`,
  date1904: false,
  tables: [],
  sheets: [{ name: "Projects", top: 1, left: 1, values: [["Project ID", "Name", "Manager", "Stage"], [id, `Project ${id}`, "Ann", "Execution"]] }],
});

/** Submissions whose reads are logged as they start and finish, and settle only when released. */
function loggedSubmissions(ids: string[], failing = new Set<string>()) {
  const log: string[] = [];
  const release = new Map<string, () => void>();
  const inputs: SubmissionInput[] = ids.map((id) => ({
    file: `${id}.xlsx`,
    reader: {
      read: () => {
        log.push(`start ${id}`);
        return new Promise<WorkbookSource>((resolve, reject) => {
          release.set(id, () => (failing.has(id) ? reject(new Error(`${id} is damaged`)) : resolve(register(id))));
          // Each read settles a turn later, as a worker's reply would.
          setTimeout(() => release.get(id)!(), 0);
        });
      },
      readEmbeddedRuleset: async () => null,
    },
  }));
  return { inputs, log };
}

const request = { asOf: dayFromIso("2026-11-25"), label: "three" };

describe("consolidateWorkbooks reads ahead", () => {
  it("starts the next submission's read before the current one's records are taken, and keeps the order", async () => {
    const { inputs, log } = loggedSubmissions(["A", "B", "C"]);
    const turns: string[] = [];
    const result = await consolidateWorkbooks(inputs, { ...request, onProgress: (p) => p.phase === "submission" && turns.push(`turn ${p.file} (${log.join(", ")})`) });
    // A's turn: A and B already started (one ahead); B's turn: C started too.
    expect(turns).toEqual(["turn A.xlsx (start A, start B)", "turn B.xlsx (start A, start B, start C)", "turn C.xlsx (start A, start B, start C)"]);
    expect(result.ok && result.outcome.portfolio.projects.map((p) => p.id)).toEqual(["A", "B", "C"]);
  });

  it("with readAhead 0 reads one file at a time", async () => {
    const { inputs, log } = loggedSubmissions(["A", "B"]);
    const turns: string[] = [];
    await consolidateWorkbooks(inputs, { ...request, readAhead: 0, onProgress: (p) => p.phase === "submission" && turns.push(log.join(", ")) });
    expect(turns).toEqual(["start A", "start A, start B"]);
  });

  it("a read that fails while it waits for its turn is listed as failed at its turn, and the others are kept", async () => {
    const { inputs } = loggedSubmissions(["A", "B", "C"], new Set(["B"]));
    const result = await consolidateWorkbooks(inputs, { ...request, readAhead: 2 });
    expect(result.submissions.map((s) => `${s.status} ${s.file}`)).toEqual(["read A.xlsx", "failed B.xlsx", "read C.xlsx"]);
    expect(result.submissions[1]).toMatchObject({ error: "B is damaged" });
    expect(result.ok && result.outcome.portfolio.projects.map((p) => p.id)).toEqual(["A", "C"]);
  });

  it("a reader that throws instead of rejecting is a failed submission too", async () => {
    const inputs: SubmissionInput[] = [{ file: "bad.xlsx", reader: { read: () => { throw new Error("not a package"); }, readEmbeddedRuleset: async () => null } }];
    const result = await consolidateWorkbooks(inputs, request);
    expect(result.submissions).toEqual([{ status: "failed", file: "bad.xlsx", error: "not a package", details: [] }]);
  });
});
