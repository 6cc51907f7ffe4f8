/** Workbooks saved by LibreOffice: tables without style info, parts in another order. */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import { readXlsx } from "../../../src/adapters/xlsx/read-workbook";
import { readPortfolio } from "../../../src/core/read/index";
import { defaultRuleset } from "../../../src/core/ruleset/default-ruleset";
import { cleanupWorkbooks, workbookDir } from "../../fixtures/read/workbook";
import { fieldCell } from "../../../src/core/model/record-source";

afterAll(cleanupWorkbooks);

const soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => existsSync(p));

describe.skipIf(!soffice)("a table saved by LibreOffice", () => {
  it("is found by its name and read, totals row excluded", async () => {
    const dir = workbookDir();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Data");
    ws.getCell("A1").value = "Register kept in LibreOffice";
    ws.addTable({
      name: "tblProjects",
      ref: "B3",
      headerRow: true,
      totalsRow: true,
      columns: [{ name: "ID", totalsRowLabel: "Total" }, { name: "Name" }, { name: "Stage" }, { name: "Budget", totalsRowFunction: "sum" }],
      rows: [["P1", "A", "Planning", 100], ["P2", "B", "Execution", 200]],
    });
    const input = join(dir, "lo-in.xlsx");
    await wb.xlsx.writeFile(input);
    const out = join(dir, "lo");
    execFileSync(soffice!, ["--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out, input], { stdio: "ignore", timeout: 120_000 });
    const src = await readXlsx(join(out, "lo-in.xlsx"));
    expect(src.tables).toEqual([{ name: "tblProjects", sheet: "Data", ref: "B3:E5", hasHeader: true }]);
    const p = readPortfolio(src, defaultRuleset());
    expect(p.detections[0]).toMatchObject({ how: "table", table: "tblProjects", headerRow: 3 });
    expect(p.projects.map((x) => [x.id, x.budget, fieldCell(x.source, "budget")])).toEqual([
      ["P1", 100, "E4"],
      ["P2", 200, "E5"],
    ]);
  });
});
