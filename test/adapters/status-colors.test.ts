import { describe, expect, it } from "vitest";
import { findSheet } from "../../src/excel-standin";
import { addReportStyles } from "../../src/adapters/xlsx/write/styles";
import { STATUS_COLORS, STATUS_STYLES } from "../../src/workbook/styles";
import type { SheetSpec } from "../../src/workbook/sheet-spec";
import { officeOver, userBook } from "./office/helpers";

const EMPTY_STYLES = `<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>`;

/** Both writers take the status colours from src/workbook/styles.ts, so a report looks alike either way. */
describe("status colours", () => {
  it("the file writer uses the shared colours for cells and conditional formats", () => {
    const { xml } = addReportStyles(EMPTY_STYLES);
    for (const s of STATUS_STYLES) {
      const { font, fill } = STATUS_COLORS[s];
      expect(xml).toContain(`<fgColor rgb="FF${fill}"/>`);
      expect(xml).toContain(`<dxf><font><color rgb="FF${font}"/></font><fill><patternFill><bgColor rgb="FF${fill}"/></patternFill></fill></dxf>`);
    }
  });

  it("the Office writer uses the same colours", async () => {
    const state = userBook();
    const spec: SheetSpec = { key: "colours", name: "Colours", columns: [], rows: [STATUS_STYLES.map((s) => ({ value: s, style: s }))] };
    await officeOver(state).workbook.writeSheets([spec]);
    const sheet = findSheet(state, "Colours")!;
    STATUS_STYLES.forEach((s, col) => {
      const style = sheet.styles.get(`0:${col}`);
      expect(style?.fill?.toUpperCase()).toBe(`#${STATUS_COLORS[s].fill}`);
      expect(style?.fontColor?.toUpperCase()).toBe(`#${STATUS_COLORS[s].font}`);
    });
  });
});
