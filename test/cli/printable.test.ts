import { describe, expect, it } from "vitest";
import { printable } from "../../src/cli/printable";
import { formatFileText } from "../../src/cli/format-text";
import type { FileReport } from "../../src/cli/check-files";

describe("printable", () => {
  it("shows terminal escape codes, carriage returns and bidi overrides as escapes", () => {
    expect(printable("P-1\u001b[2J\u001b]0;pwned\u0007")).toBe("P-1\\x1b[2J\\x1b]0;pwned\\x07");
    expect(printable("a\rb\bc\td\ne")).toBe("a\\x0db\\x08c\\x09d\\x0ae");
    expect(printable("\u009b31m\u202eevil")).toBe("\\x9b31m\\u202eevil");
    expect(printable("Zürich – café 日本")).toBe("Zürich – café 日本");
  });

  it("applies to every line of a report: file name, findings, locations", () => {
    const report: FileReport = {
      file: "sub\u001b[2Jmission.xlsx",
      status: "checked",
      exitCode: 1,
      ruleset: { name: "R\u001b", version: "1", origin: "workbook", rulesOff: [] },
      projectsChecked: 1,
      findings: [{ ruleId: "data/duplicate-id", severity: "error", messageId: "x", message: "P\u001b[1A is twice", data: {}, location: { sheet: "S\u001b", cell: "A1", row: 1 } }],
      summary: { error: 1, warning: 0, info: 0, total: 1, projects: 1, skipped: {} },
    };
    const text = formatFileText(report, 0);
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/\u001b/);
    expect(text).toContain("P\\x1b[1A is twice");
  });
});
