#!/usr/bin/env python3
"""Writes the producer corpus's Python-made workbooks: one small portfolio register, as openpyxl,
pandas (openpyxl and xlsxwriter engines) and xlsxwriter write it, then LibreOffice and Gnumeric
re-save the xlsxwriter file with their own writers. Called by scripts/corpus/generate.ts with the
output folder; run with Debian's python3 (python3-openpyxl, python3-pandas, python3-xlsxwriter).
"""
import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile

import openpyxl
import pandas as pd
import xlsxwriter
from openpyxl.styles import Font

OUT = sys.argv[1]
CREATED = dt.datetime(2026, 1, 1, 9, 0, 0)

HEADER = ["Project ID", "Name", "Stage", "Manager", "Sponsor", "Budget", "Start", "Finish", "% Complete", "CPI"]
ROWS = [
    ["P-001", "CRM replacement", "Execution", "Ana Diaz", "Ben Ode", 500000, dt.date(2026, 1, 5), dt.date(2026, 9, 30), 0.45, 0.93],
    ["P-002", "Data platform", "Planning", "Li Wei", "Ben Ode", 1200000, dt.date(2026, 2, 1), dt.date(2027, 3, 31), 0.1, 1.02],
    ["P-003", "Office move", "Idea", "Sam Roe", "Kim Park", 80000, dt.date(2026, 4, 1), dt.date(2026, 6, 30), 0, None],
]
GATES_HEADER = ["Project ID", "Gate", "Decision", "Decision Date"]
GATES = [
    ["P-001", "G0", "Approved", dt.date(2025, 11, 3)],
    ["P-001", "G1", "Approved", dt.date(2025, 12, 1)],
    ["P-001", "G2", "Pending", dt.date(2025, 12, 20)],
    ["P-002", "G0", "Approved", dt.date(2025, 12, 15)],
]
# Formats a user's cells carry; "0.0%" is also one of the report's own formats (reused, never redefined).
BUDGET = '#,##0.00 "EUR"'
DATE = "dd/mm/yyyy"
PERCENT = "0%"
INDEX = "0.0%"


def path(name):
    return os.path.join(OUT, name)


def with_openpyxl():
    wb = openpyxl.Workbook()
    wb.properties.created = wb.properties.modified = CREATED
    ws = wb.active
    ws.title = "Projects"
    ws.append(HEADER)
    for row in ROWS:
        ws.append(row)
    for r in range(2, len(ROWS) + 2):
        ws.cell(r, 6).number_format = BUDGET
        ws.cell(r, 7).number_format = DATE
        ws.cell(r, 8).number_format = DATE
        ws.cell(r, 9).number_format = PERCENT
        ws.cell(r, 10).number_format = INDEX
    for c in range(1, len(HEADER) + 1):
        ws.cell(1, c).font = Font(bold=True)
    gates = wb.create_sheet("Gates")
    gates.append(GATES_HEADER)
    for row in GATES:
        gates.append(row)
    for r in range(2, len(GATES) + 2):
        gates.cell(r, 4).number_format = DATE
    notes = wb.create_sheet("Notes")
    notes["A1"] = "Register kept by the PMO office; do not sort."
    notes.merge_cells("A1:D1")
    wb.defined_names.append(openpyxl.workbook.defined_name.DefinedName("Budgets", attr_text="Projects!$F$2:$F$4"))
    wb.save(path("openpyxl.xlsx"))


def frames():
    projects = pd.DataFrame(ROWS, columns=HEADER)
    for col in ("Start", "Finish"):
        projects[col] = pd.to_datetime(projects[col])
    gates = pd.DataFrame(GATES, columns=GATES_HEADER)
    gates["Decision Date"] = pd.to_datetime(gates["Decision Date"])
    return projects, gates


def with_pandas(engine, name):
    projects, gates = frames()
    with pd.ExcelWriter(path(name), engine=engine, date_format="YYYY-MM-DD", datetime_format="YYYY-MM-DD") as writer:
        projects.to_excel(writer, sheet_name="Projects", index=False)
        gates.to_excel(writer, sheet_name="Gates", index=False)


def with_xlsxwriter():
    wb = xlsxwriter.Workbook(path("xlsxwriter.xlsx"), {"default_date_format": DATE})
    wb.set_properties({"created": CREATED})
    bold = wb.add_format({"bold": True})
    fmts = {5: wb.add_format({"num_format": BUDGET}), 6: wb.add_format({"num_format": DATE}), 7: wb.add_format({"num_format": DATE}), 8: wb.add_format({"num_format": PERCENT}), 9: wb.add_format({"num_format": INDEX})}
    ws = wb.add_worksheet("Projects")
    ws.write_row(0, 0, HEADER, bold)
    for r, row in enumerate(ROWS, start=1):
        for c, v in enumerate(row):
            if v is None:
                continue
            if isinstance(v, dt.date):
                ws.write_datetime(r, c, dt.datetime.combine(v, dt.time()), fmts[c])
            else:
                ws.write(r, c, v, fmts.get(c))
    ws.freeze_panes(1, 0)
    gates = wb.add_worksheet("Gates")
    gates.write_row(0, 0, GATES_HEADER, bold)
    date = wb.add_format({"num_format": DATE})
    for r, row in enumerate(GATES, start=1):
        gates.write_row(r, 0, row[:3])
        gates.write_datetime(r, 3, dt.datetime.combine(row[3], dt.time()), date)
    gates.add_table(0, 0, len(GATES), 3, {"name": "GateLog", "columns": [{"header": h} for h in GATES_HEADER]})
    wb.define_name("Budgets", "=Projects!$F$2:$F$4")
    wb.close()


def convert(tool, source, target):
    """Re-saves `source` as `target` with LibreOffice or Gnumeric."""
    if tool == "libreoffice":
        with tempfile.TemporaryDirectory() as tmp:
            profile = os.path.join(tmp, "profile")
            subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--norestore", "--convert-to", "xlsx", "--outdir", tmp, source], check=True, capture_output=True, timeout=180)
            shutil.move(os.path.join(tmp, os.path.basename(source)), target)
    else:
        subprocess.run(["ssconvert", "--export-type=Gnumeric_Excel:xlsx2", source, target], check=True, capture_output=True, timeout=180)


def main():
    os.makedirs(OUT, exist_ok=True)
    with_openpyxl()
    with_pandas("openpyxl", "pandas-openpyxl.xlsx")
    with_pandas("xlsxwriter", "pandas-xlsxwriter.xlsx")
    with_xlsxwriter()
    with tempfile.TemporaryDirectory() as tmp:
        source = os.path.join(tmp, "libreoffice.xlsx")
        shutil.copy(path("xlsxwriter.xlsx"), source)
        convert("libreoffice", source, path("libreoffice.xlsx"))
    convert("gnumeric", path("xlsxwriter.xlsx"), path("gnumeric.xlsx"))
    print(f"openpyxl {openpyxl.__version__}, pandas {pd.__version__}, xlsxwriter {xlsxwriter.__version__}")


if __name__ == "__main__":
    main()
