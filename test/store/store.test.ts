import "fake-indexeddb/auto";
import Dexie from "dexie";
import { afterEach, describe, expect, it } from "vitest";
import { FINDINGS_KEPT_PER_RUN, RulebookDb, RulebookStore, RUNS_KEPT_PER_WORKBOOK } from "../../src/store";
import { finding, outcome, ruleset } from "./factories";

let dbCount = 0;
const opened: Dexie[] = [];
function freshStore(): RulebookStore {
  const db = new RulebookDb(`test-db-${++dbCount}`);
  opened.push(db);
  return new RulebookStore(db);
}
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

describe("RulebookStore rulesets", () => {
  it("lists saved rulesets newest first", async () => {
    const store = freshStore();
    await store.saveRuleset(ruleset({ name: "A" }), 1000);
    await store.saveRuleset(ruleset({ name: "B" }), 2000);
    expect((await store.listRulesets()).map((r) => r.name)).toEqual(["B", "A"]);
  });

  it("replaces an entry with the same name and version instead of duplicating it", async () => {
    const store = freshStore();
    await store.saveRuleset(ruleset({ description: "first" }), 1000);
    await store.saveRuleset(ruleset({ description: "second" }), 2000);
    await store.saveRuleset(ruleset({ version: "2.0" }), 3000);
    const list = await store.listRulesets();
    expect(list).toHaveLength(2);
    const v1 = list.find((r) => r.version === "1.0");
    expect(JSON.parse(v1!.json).description).toBe("second");
  });

  it("deletes a ruleset by id", async () => {
    const store = freshStore();
    const saved = await store.saveRuleset(ruleset());
    await store.deleteRuleset(saved.id!);
    expect(await store.listRulesets()).toEqual([]);
  });
});

describe("RulebookStore runs", () => {
  it("records counts, fingerprint and finding keys of a run", async () => {
    const store = freshStore();
    await store.recordRun(outcome([finding(), finding({ severity: "warning", projectId: "P-2" })], "abc"), "Book.xlsx", "taskpane", 5000);
    const [run] = await store.listRuns("Book.xlsx");
    expect(run.counts).toMatchObject({ error: 1, warning: 1, info: 0, total: 2 });
    expect(run.fingerprint).toBe("abc");
    expect(run.findings.map((f) => f.key)).toEqual(["gate/missing-approval|P-1|||Projects!D4", "gate/missing-approval|P-2|||Projects!D4"]);
    expect(run.origin).toBe("taskpane");
  });

  it("lists one workbook's runs newest first and leaves other workbooks out", async () => {
    const store = freshStore();
    await store.recordRun(outcome([]), "A.xlsx", "taskpane", 1000);
    await store.recordRun(outcome([]), "B.xlsx", "taskpane", 1500);
    await store.recordRun(outcome([finding()]), "A.xlsx", "ribbon", 2000);
    const runs = await store.listRuns("A.xlsx");
    expect(runs.map((r) => r.at)).toEqual([2000, 1000]);
  });

  it("keeps only the newest runs of a workbook", async () => {
    const store = freshStore();
    for (let i = 0; i < RUNS_KEPT_PER_WORKBOOK + 3; i++) await store.recordRun(outcome([]), "A.xlsx", "taskpane", 1000 + i);
    const runs = await store.listRuns("A.xlsx", 1000);
    expect(runs).toHaveLength(RUNS_KEPT_PER_WORKBOOK);
    expect(runs.at(-1)!.at).toBe(1003);
  });

  it("keeps the full counts but caps the stored findings of a huge run", async () => {
    const store = freshStore();
    const many = Array.from({ length: FINDINGS_KEPT_PER_RUN + 5 }, (_, i) => finding({ projectId: `P-${i}` }));
    await store.recordRun(outcome(many), "Big.xlsx", "taskpane", 1000);
    const [run] = await store.listRuns("Big.xlsx");
    expect(run.counts.total).toBe(FINDINGS_KEPT_PER_RUN + 5);
    expect(run.findings).toHaveLength(FINDINGS_KEPT_PER_RUN);
    expect(run.findingsTruncated).toBe(true);
  });

  it("clears one workbook's history", async () => {
    const store = freshStore();
    await store.recordRun(outcome([]), "A.xlsx", "taskpane", 1000);
    await store.recordRun(outcome([]), "B.xlsx", "taskpane", 1000);
    expect(await store.clearRuns("A.xlsx")).toBe(1);
    expect(await store.listRuns("B.xlsx")).toHaveLength(1);
  });
});

describe("RulebookStore settings", () => {
  it("returns the fallback until a setting is saved", async () => {
    const store = freshStore();
    expect(await store.getSetting("writeSheets", true)).toBe(true);
    await store.setSetting("writeSheets", false);
    expect(await store.getSetting("writeSheets", true)).toBe(false);
  });
});

describe("RulebookDb schema upgrade", () => {
  it("keeps version-1 runs and rulesets when opened at version 2", async () => {
    const name = `test-db-upgrade-${++dbCount}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({ rulesets: "++id, name, savedAt", runs: "++id, at, workbook, fingerprint" });
    await v1.table("rulesets").add({ name: "Old", version: "0.9", json: "{}", savedAt: 1 });
    await v1.table("runs").add({ at: 1, workbook: "A.xlsx", fingerprint: "f", ruleset: { name: "Old", version: "0.9" }, asOf: 1, counts: { error: 0, warning: 0, info: 0, total: 0, projects: 0 }, findings: [] });
    v1.close();

    const db = new RulebookDb(name);
    opened.push(db);
    const store = new RulebookStore(db);
    const runs = await store.listRuns("A.xlsx");
    expect(db.verno).toBe(2);
    expect(runs).toHaveLength(1);
    expect(runs[0].origin).toBe("taskpane");
    expect((await store.listRulesets())[0].name).toBe("Old");
  });
});
