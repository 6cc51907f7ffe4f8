/** Cell helpers shared by the sample's sheet writers. */
import type ExcelJS from "exceljs";

export const DATE_FMT = "dd-mmm-yyyy";
export const MONEY_FMT = '"$"#,##0';

/** A UTC-midnight Date for a day number (ExcelJS turns it into the right serial). */
export const dateOf = (day: number) => new Date(day * 86_400_000);

/** A header row as PMO templates style it: bold white on dark blue, wrapped. */
export function headerRow(ws: ExcelJS.Worksheet, row: number, headers: string[]) {
  const r = ws.getRow(row);
  headers.forEach((h, i) => {
    const c = r.getCell(i + 1);
    c.value = h;
    c.font = { bold: true, color: { argb: "FFFFFFFF" } };
    c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF1F4E79" } };
    c.alignment = { wrapText: true, vertical: "middle" };
  });
}
