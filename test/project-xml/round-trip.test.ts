import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const probe = fileURLToPath(new URL("./round-trip-probe.ts", import.meta.url));

/** The probe's output in a child process whose time zone is `tz`. */
function roundTrip(tz: string) {
  const run = spawnSync(process.execPath, ["--import", "tsx", probe, "assets/sample-portfolio.xlsx"], { cwd: root, env: { ...process.env, TZ: tz }, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`probe failed under TZ=${tz}: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

const byKey = <T>(rows: T[]) => [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

describe("export to Project XML, import, check: the sample portfolio comes back", () => {
  const zones = ["America/New_York", "Pacific/Auckland"];
  const runs = Object.fromEntries(zones.map((tz) => [tz, roundTrip(tz)]));

  for (const tz of zones) {
    describe(`under TZ=${tz}`, () => {
      const { original, back } = runs[tz];

      it("gives the same projects, field by field", () => {
        expect(back.projects.length).toBeGreaterThan(0);
        expect(back.projects).toEqual(original.projects);
      });

      it("gives the same resources and assignments", () => {
        expect(back.resources.length).toBeGreaterThan(0);
        expect(back.resources).toEqual(original.resources);
        expect(back.assignments.length).toBeGreaterThan(0);
        expect(back.assignments).toEqual(original.assignments);
      });

      it("gives the same gate decisions and milestones", () => {
        expect(back.gates.length).toBeGreaterThan(0);
        expect(byKey(back.gates)).toEqual(byKey(original.gates));
        expect(byKey(back.milestones)).toEqual(byKey(original.milestones));
      });

      it("gives the same over-allocation findings, and the same gate, schedule and status findings", () => {
        expect(original.overAllocation.length).toBeGreaterThan(0);
        expect(back.overAllocation).toEqual(original.overAllocation);
        // The RAID log, the objectives list and the financial periods are not carried, nor rows naming no
        // project of the register: the findings about them are left out of the comparison.
        const carried = (ids: string[]) => ids.filter((id) => /^(gate|resource|schedule|status|data)\//.test(id) && !id.endsWith(":unknownProject"));
        expect(carried(back.findings)).toEqual(carried(original.findings));
      });
    });
  }

  it("writes the same days in New York and Auckland", () => {
    const [ny, akl] = zones.map((tz) => runs[tz]);
    expect(ny.taskDates).toEqual(akl.taskDates);
    expect(ny.back).toEqual(akl.back);
    // PRJ-101 starts on the sample's day, at the start of the working day, whatever the zone.
    const first = ny.original.projects.find((p: { id: string }) => p.id === "PRJ-101");
    expect(ny.taskDates.some((d: string) => d.startsWith(`${first.start}T08:00:00 ${first.finish}T17:00:00`))).toBe(true);
  });

  it("says on stderr what it flagged: the reversed dates and the unlisted person", () => {
    const notes: string[] = runs["America/New_York"].notes;
    expect(notes.some((n) => /PRJ-116 \(2026-12-18 before 2027-03-01\)/.test(n))).toBe(true);
    expect(notes.some((n) => /Jon Smyth/.test(n))).toBe(true);
  });
});
