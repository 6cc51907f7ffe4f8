import { describe, expect, it } from "vitest";
import { claimedSheets, isMarkerName, markerName, parseRecord, recordFormula, recordName, sheetOfFormula, sheetsOwnedFor, staleMarkerNames } from "../../src/workbook/markers";

const sheets = ["Projects", "Portfolio Summary", "Portfolio Summary (2)", "Submission Stamp"];
const names = [
  { name: "_PMORulebook_Generated_summary", formula: "'Portfolio Summary'!$A$1" },
  { name: "_PMORULEBOOK_GENERATED_SUBMISSION_STAMP", formula: "='Submission Stamp'!$A$1" },
  { name: "_PMORulebook_Generated_findings", formula: "#REF!$A$1" },
  { name: "_PMORulebook_Generated_gates", formula: "='Gone'!$A$1" },
  { name: "Budget", formula: "Projects!$C$2:$C$9" },
];

describe("marker names", () => {
  it("turns a key into a valid defined name", () => {
    expect(markerName("submission-stamp")).toBe("_PMORulebook_Generated_submission_stamp");
    expect(isMarkerName("_pmorulebook_generated_summary")).toBe(true);
    expect(isMarkerName("Budget")).toBe(false);
  });

  it("reads the sheet a reference points at, quoted or not, with or without =", () => {
    expect(sheetOfFormula("='O''Neil'!$A$1")).toBe("O'Neil");
    expect(sheetOfFormula("Findings!$A$1")).toBe("Findings");
    expect(sheetOfFormula("=#REF!$A$1")).toBeNull();
    expect(sheetOfFormula("=42")).toBeNull();
  });

  it("claims only the sheets the names of the written keys point at, ignoring case", () => {
    expect([...sheetsOwnedFor(names, sheets, ["summary"]).keys()]).toEqual(["portfolio summary"]);
    expect([...sheetsOwnedFor(names, sheets, ["submission-stamp", "findings", "gates"]).keys()]).toEqual(["submission stamp"]);
    expect(sheetsOwnedFor(names, sheets, []).size).toBe(0);
  });

  it("marks as stale the names of the written keys and those pointing at no sheet", () => {
    expect(staleMarkerNames(names, sheets, ["summary"])).toEqual(["_PMORulebook_Generated_summary", "_PMORulebook_Generated_findings", "_PMORulebook_Generated_gates"]);
    expect(staleMarkerNames(names, sheets, [])).toEqual(["_PMORulebook_Generated_findings", "_PMORulebook_Generated_gates"]);
  });

  it("writes and reads a record of the tab name and digest, quotes doubled", () => {
    expect(recordName("earned-value")).toBe("_PMORulebook_Written_earned_value");
    expect(recordFormula("0123456789abcdef", 'Say "hi"')).toBe('"0123456789abcdef Say ""hi"""');
    expect(parseRecord('="0123456789abcdef Say ""hi"""')).toEqual({ digest: "0123456789abcdef", sheet: 'Say "hi"' });
    expect(parseRecord("'Findings'!$A$1")).toBeNull();
  });

  it("claims a recorded sheet only under its recorded name and with its recorded digest", () => {
    const marked = [
      { name: "_PMORulebook_Generated_summary", formula: "'Q3 board copy'!$A$1" },
      { name: "_PMORulebook_Written_summary", formula: recordFormula("00000000000000aa", "Portfolio Summary") },
      { name: "_PMORulebook_Generated_findings", formula: "Findings!$A$1" },
      { name: "_PMORulebook_Written_findings", formula: recordFormula("00000000000000bb", "Findings") },
    ];
    const tabs = ["Q3 board copy", "Findings"];
    expect([...claimedSheets(marked, tabs).keys()]).toEqual(["findings"]);
    expect([...claimedSheets(marked, tabs, () => "00000000000000bb").keys()]).toEqual(["findings"]);
    expect(claimedSheets(marked, tabs, () => "00000000000000cc").size).toBe(0);
  });

  it("drops the records of the markers it drops, and records without a marker", () => {
    const withRecords = [...names, { name: "_PMORulebook_Written_summary", formula: '"00000000000000aa Portfolio Summary"' }, { name: "_PMORulebook_Written_orphan", formula: '"00000000000000aa Gone"' }, { name: "_PMORulebook_Written_submission_stamp", formula: '"00000000000000aa Submission Stamp"' }];
    expect(staleMarkerNames(withRecords, sheets, ["summary"])).toEqual([
      "_PMORulebook_Generated_summary",
      "_PMORulebook_Generated_findings",
      "_PMORulebook_Generated_gates",
      "_PMORulebook_Written_summary",
      "_PMORulebook_Written_orphan",
    ]);
  });
});
