"""Opens a workbook in LibreOffice (headless, via python3-uno) and prints what a person would see:
per sheet its name, visibility, number of charts (with their titles and series ranges) and the text of
its top-left cells, as JSON on stdout.

Usage: python3 inspect_workbook.py <file.xlsx> [rows] [cols]
A private LibreOffice profile and pipe are used per run so parallel runs never share an instance.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import uuid

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(pipe, proc, timeout=60):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.time() + timeout
    while True:
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except NoConnectException:
            if proc.poll() is not None or time.time() > deadline:
                raise
            time.sleep(0.3)


def chart_info(chart_obj):
    doc = chart_obj.getEmbeddedObject()
    title = ""
    try:
        if doc.HasMainTitle:
            title = doc.getTitle().String
    except Exception:  # a chart without a title object
        title = ""
    ranges = [str(r.Sheet) + "!" + str(r.StartColumn) + ":" + str(r.EndColumn) for r in chart_obj.getRanges()]
    series = 0
    for ct in doc.getFirstDiagram().getCoordinateSystems() if hasattr(doc, "getFirstDiagram") else []:
        for chart_type in ct.getChartTypes():
            series += len(chart_type.getDataSeries())
    return {"name": chart_obj.getName(), "title": title, "series": series, "ranges": ranges}


def inspect(path, rows, cols):
    profile = tempfile.mkdtemp(prefix="lo-profile-")
    pipe = "pmo" + uuid.uuid4().hex
    proc = subprocess.Popen(
        ["soffice", "--headless", "--invisible", "--nologo", "--norestore", "--nodefault",
         f"-env:UserInstallation=file://{profile}", f"--accept=pipe,name={pipe};urp;"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
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
            charts = sheet.getCharts()
            cells = []
            for r in range(rows):
                cells.append([sheet.getCellByPosition(c, r).getString() for c in range(cols)])
            sheets.append({
                "name": sheet.Name,
                "visible": bool(sheet.IsVisible),
                "charts": [chart_info(charts.getByIndex(k)) for k in range(charts.Count)],
                "drawObjects": sheet.DrawPage.Count,
                "cells": cells,
            })
        doc.close(True)
        return {"sheets": sheets}
    finally:
        try:
            desktop.terminate()
        except Exception:
            pass
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    rows = int(sys.argv[2]) if len(sys.argv) > 2 else 30
    cols = int(sys.argv[3]) if len(sys.argv) > 3 else 10
    print(json.dumps(inspect(sys.argv[1], rows, cols)))
