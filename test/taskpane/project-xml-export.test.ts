import { describe, expect, it } from "vitest";
import { readProjectXml } from "../../src/adapters/project-xml/read-xml";
import { projectXmlFile } from "../../src/taskpane/logic/project-xml-file";
import { canDownload } from "../../src/taskpane/services/save-file";
import { checkedSample, sampleCounts } from "../project-xml/sample-counts";

describe("the pane's Project XML export", () => {
  it("is the CLI's export of the last check, named after the workbook", async () => {
    const outcome = await checkedSample();
    const file = projectXmlFile(outcome, "sample-portfolio.xlsx");
    expect(file.name).toBe("sample-portfolio.xml");
    expect(file.summary).toBe(sampleCounts(outcome).summary);
    const doc = readProjectXml(new TextDecoder().decode(file.bytes));
    expect(doc.statusDate).toBe("2026-11-25T17:00:00");
    expect(file.notes.some((n) => n.includes("PRJ-116"))).toBe(true);
  });

  it("is offered where the host can save a download: Excel on the web and on Windows, not Mac or iPad", () => {
    expect(["OfficeOnline", "PC", undefined].map(canDownload)).toEqual([true, true, true]);
    expect(["Mac", "iOS", "Android"].map(canDownload)).toEqual([false, false, false]);
  });
});
