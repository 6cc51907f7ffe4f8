import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildSample } from "../../scripts/make-sample";
import { checkWorkbookFile } from "../../src/cli/check-files";
import type { Finding } from "../../src/core/findings";
import { dayFromIso } from "../../src/core/model/dates";
import { EXPECTED, PLANTED } from "./planted";
import { rulesById } from "../../src/core/rules/registry";

const SAMPLE = "assets/sample-portfolio.xlsx";
const asOf = dayFromIso("2026-11-25");

const key = (f: Finding) => [f.severity, f.ruleId, f.projectId ?? f.resource, f.period].filter(Boolean).join(" ");

async function check(period?: "month" | "week") {
  const report = await checkWorkbookFile(SAMPLE, { asOf, period });
  if (report.status !== "checked") throw new Error(report.error);
  return report;
}

describe("the sample portfolio", () => {
  it("is what scripts/make-sample.ts generates (regenerate with npm run sample)", async () => {
    const committed = new Uint8Array(readFileSync(SAMPLE));
    expect(Buffer.from(await buildSample()).equals(Buffer.from(committed))).toBe(true);
  });

  it("plants only problems of registered rules", () => {
    expect(PLANTED.map((p) => p.split(" ")[1]).filter((id) => !rulesById.has(id))).toEqual([]);
  });

  it("produces exactly the planted findings as of 2026-11-25", async () => {
    const report = await check();
    expect(report.findings.map(key).sort()).toEqual([...EXPECTED].sort());
    expect(report.exitCode).toBe(1);
    expect(report.projectsChecked).toBe(31);
    expect(report.findings.filter((f) => f.severity === "error")).toHaveLength(11);
    expect(new Set(report.findings.map((f) => f.projectId).filter(Boolean)).size).toBe(18);
  });

  it("points each planted finding at the offending cell", async () => {
    const at = Object.fromEntries((await check()).findings.map((f) => [`${f.ruleId} ${f.projectId ?? f.resource}`, `${f.location?.sheet}!${f.location?.cell}`]));
    expect(at).toMatchObject({
      "gate/missing-approval PRJ-108": "Projects!F12",
      "gate/rejected PRJ-121": "Gate Log!C57",
      "gate/missing-artifact PRJ-119": "Gate Log!H59",
      "budget/cpi PRJ-126": "Projects!K31",
      "budget/forecast-variance PRJ-107": "Projects!L11",
      "data/required-field PRJ-109": "Projects!J13",
      "data/duplicate-id PRJ-118": "Projects!A23",
      "data/unknown-reference Jon Smyth": "Assignments!B36",
      "status/stale PRJ-112": "Projects!N16",
      "milestone/slipped PRJ-102": "Milestones!D11",
      "milestone/slipped PRJ-113": "Milestones!D62",
      "milestone/overdue PRJ-125": "Milestones!D106",
      "milestone/missing-baseline PRJ-101": "Milestones!C7",
      "risk/no-mitigation PRJ-126": "RAID Log!I11",
      "risk/no-owner PRJ-108": "RAID Log!H13",
      "risk/issue-without-action PRJ-102": "RAID Log!I14",
      "risk/review-overdue PRJ-127": "RAID Log!L15",
      "risk/open-on-closed-project PRJ-106": "RAID Log!J16",
      "strategy/unaligned PRJ-114": "Projects!O18",
      "strategy/unaligned PRJ-120": "Projects!O25",
    });
  });

  it("shows the one-week double booking at its peak, not the month's average", async () => {
    const month = (await check()).findings.find((f) => f.ruleId === "resource/over-allocated");
    expect(month?.data).toMatchObject({ resource: "Priya Nair", period: "2026-03", peak: 2, capacity: 1, peakDays: 5 });
    const week = (await check("week")).findings.filter((f) => f.ruleId === "resource/over-allocated");
    expect(week.map((f) => f.period)).toEqual(["2026-W11"]);
  });

  it("documents every planted finding in docs/sample.md", () => {
    const doc = readFileSync("docs/sample.md", "utf8");
    for (const planted of PLANTED) {
      const [, ruleId, ...subject] = planted.split(" ");
      expect(doc).toContain(`\`${ruleId}\``);
      expect(doc).toContain(subject[0] === "Priya" ? "Priya Nair" : subject.join(" "));
    }
  });
});
