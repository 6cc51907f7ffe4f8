import { describe, expect, it } from "vitest";
import { readProjectXml } from "../../src/adapters/project-xml/read-xml";
import { writeProjectXml } from "../../src/adapters/project-xml/write-xml";
import { exportPortfolio } from "../../src/core/project-xml/export";
import { projectXmlFile } from "../../src/taskpane/logic/project-xml-file";
import { canDownload } from "../../src/taskpane/services/save-file";
import { exportProgressOf } from "../../src/taskpane/check/ExportMenu";
import { checkedSample, sampleCounts } from "../project-xml/sample-counts";

describe("the pane's Project XML export", () => {
  it("is the CLI's export of the last check, named after the workbook", async () => {
    const outcome = await checkedSample();
    const progress: number[] = [];
    const file = projectXmlFile({ ...outcome, label: "sample-portfolio.xlsx" }, (p) => progress.push(p.written / p.total));
    expect(file.name).toBe("sample-portfolio.xml");
    expect(file.summary).toBe(sampleCounts(outcome).summary);
    expect(file.blob.type).toBe("application/xml");
    // The same text as the CLI's file, though it went into the Blob in pieces.
    const text = await file.blob.text();
    expect(text).toBe(writeProjectXml(exportPortfolio(outcome.portfolio, outcome.ruleset, { title: "sample-portfolio.xlsx", asOf: outcome.asOf }).document));
    expect(progress.at(-1)).toBe(1);
    const doc = readProjectXml(text);
    expect(doc.statusDate).toBe("2026-11-25T17:00:00");
    expect(file.notes.some((n) => n.includes("PRJ-116"))).toBe(true);
  });

  it("says how far it has come while the file is written", () => {
    expect(exportProgressOf(null).text).toBe("Preparing the Project XML export…");
    expect(exportProgressOf({ phase: "sending", parts: 3 }).text).toBe("Handing the portfolio to the exporter (3 parts)…");
    const halfway = exportProgressOf({ phase: "exporting", written: 90_000, total: 180_645 });
    expect(halfway.text).toBe("Writing Project XML: 90,000 of 180,645 tasks, resources and assignments…");
    expect(halfway.value).toBeGreaterThan(0.5);
    expect(halfway.value).toBeLessThan(0.6);
  });

  it("is offered where the host can save a download: Excel on the web and on Windows, not Mac or iPad", () => {
    expect(["OfficeOnline", "PC", undefined].map(canDownload)).toEqual([true, true, true]);
    expect(["Mac", "iOS", "Android"].map(canDownload)).toEqual([false, false, false]);
  });
});
