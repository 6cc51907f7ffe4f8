"""Opens a workbook in LibreOffice (headless, via python3-uno) and prints the data validations it sees on
row 2 of every visible sheet, column by column: type, formulas, messages and alert style, as JSON.

Usage: python3 inspect_validations.py <file.xlsx> [cols]
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import uuid

import uno

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from inspect_workbook import connect, prop  # noqa: E402


def enum_name(value):
    return getattr(value, "value", str(value))


def inspect(path, cols):
    profile = tempfile.mkdtemp(prefix="lo-profile-")
    pipe = "pmo" + uuid.uuid4().hex
    proc = subprocess.Popen(
        ["soffice", "--headless", "--invisible", "--nologo", "--norestore", "--nodefault",
         f"-env:UserInstallation=file://{profile}", f"--accept=pipe,name={pipe};urp;"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    desktop = None
    try:
        ctx = connect(pipe, proc)
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        url = uno.systemPathToFileUrl(os.path.abspath(path))
        doc = desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True), prop("ReadOnly", True)))
        if doc is None:
            raise RuntimeError("LibreOffice could not open " + path)
        sheets = []
        for i in range(doc.Sheets.Count):
            sheet = doc.Sheets.getByIndex(i)
            if not sheet.IsVisible:
                continue
            columns = []
            for c in range(cols):
                header = sheet.getCellByPosition(c, 0).getString()
                if header == "":
                    break
                v = sheet.getCellByPosition(c, 1).Validation
                columns.append({
                    "header": header,
                    "type": enum_name(v.Type),
                    "formula1": v.getFormula1(),
                    "formula2": v.getFormula2(),
                    "showList": int(v.ShowList),
                    "errorStyle": enum_name(v.ErrorAlertStyle),
                    "showError": bool(v.ShowErrorMessage),
                    "error": v.ErrorMessage,
                    "showInput": bool(v.ShowInputMessage),
                    "input": v.InputMessage,
                    "inputTitle": v.InputTitle,
                    "lastRow": enum_name(sheet.getCellByPosition(c, 1000).Validation.Type),
                })
            sheets.append({"name": sheet.Name, "columns": columns})
        doc.close(True)
        return {"sheets": sheets}
    finally:
        try:
            if desktop is not None:
                desktop.terminate()
        except Exception:
            pass
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    cols = int(sys.argv[2]) if len(sys.argv) > 2 else 30
    print(json.dumps(inspect(sys.argv[1], cols)))
