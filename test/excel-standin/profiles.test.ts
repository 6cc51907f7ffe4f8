/**
 * The stand-in as a strict host: each test names the Microsoft page or office-js issue the modelled
 * behaviour comes from. The adapter's answers to these behaviours are in test/adapters/office/real-excel/.
 */
import { describe, expect, it } from "vitest";
import { addSheet, ALL_PROFILES, createStandinExcel, findSheet, newWorkbookState, profileName, type HostProfile } from "../../src/excel-standin";
import { putValue } from "../../src/excel-standin/state";

function book(profile: HostProfile, options: Parameters<typeof createStandinExcel>[1] = {}) {
  const state = newWorkbookState("Test");
  addSheet(state, "Projects", [["ID", "Name"], ["P-1", "Alpha"]]);
  addSheet(state, "Store", [["x"]]).visibility = "VeryHidden";
  addSheet(state, "Notes", [["n"]]);
  return { state, ...createStandinExcel(state, { profile, ...options }) };
}

const WIN_120: HostProfile = { platform: "windows", excelApi: "1.20" };
const MAC_120: HostProfile = { platform: "mac", excelApi: "1.20" };
const WEB_120: HostProfile = { platform: "web", excelApi: "1.20" };

const failure = (p: Promise<unknown>) => p.then(() => undefined, (e: unknown) => e as { code?: string; message: string });

describe("host profiles: platform x requirement set", () => {
  // Members come from the "[Api set: ExcelApi x.y]" remarks of @types/office-js, the source of the
  // reference pages (https://learn.microsoft.com/javascript/api/excel). A member newer than the host's
  // set is refused at sync with ApiNotFound.
  it.each(ALL_PROFILES)("$platform $excelApi answers isSetSupported for exactly its level", (profile) => {
    const { requirements } = createStandinExcel(newWorkbookState(), { profile });
    expect(requirements.isSetSupported("ExcelApi", profile.excelApi)).toBe(true);
    expect(requirements.isSetSupported("ExcelApi", "1.21")).toBe(false);
    expect(profileName(profile)).toContain(profile.platform);
  });

  it("refuses Range.getMergedAreasOrNullObject (ExcelApi 1.13) on a 1.12 host and serves it on 1.20", async () => {
    // https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)
    const old = book({ platform: "windows", excelApi: "1.12" });
    const error = await failure(old.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Projects").getRange().getMergedAreasOrNullObject().load("address");
      await context.sync();
    }));
    expect(error).toMatchObject({ code: "ApiNotFound" });

    const fresh = book(WIN_120);
    findSheet(fresh.state, "Projects")!.merges.push({ row: 0, col: 0, rows: 1, cols: 2 });
    const address = await fresh.Excel.run(async (context) => {
      const merged = context.workbook.worksheets.getItem("Projects").getRange().getMergedAreasOrNullObject();
      merged.load("areas/items/address");
      await context.sync();
      return merged.areas.items.map((a) => a.address);
    });
    expect(address).toEqual(["Projects!A1:B1"]);
  });

  it("refuses Worksheet.getRangeByIndexes below ExcelApi 1.7", async () => {
    // https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getrangebyindexes-member(1): [Api set: ExcelApi 1.7]
    const { Excel } = createStandinExcel(book(WIN_120).state, { requirementSets: { ExcelApi: "1.6" } });
    const error = await failure(Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Projects").getRangeByIndexes(0, 0, 1, 1).load("values");
      await context.sync();
    }));
    expect(error).toMatchObject({ code: "ApiNotFound" });
  });

  it("limits requests and responses to 5 MB on the web only", async () => {
    // https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
    const big = [["x".repeat(6 * 1024 * 1024)]];
    const write = (profile: HostProfile) =>
      failure(book(profile).Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Projects").getRange("D1").values = big as never;
        await context.sync();
      }));
    expect(await write(WEB_120)).toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    // Desktop has no payload limit; the cell itself refuses more than 32,767 characters.
    expect(await write(WIN_120)).toMatchObject({ code: "InvalidArgument" });
  });
});

describe("undo groups", () => {
  // https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities ("Unsupported APIs")
  const deleteSheet = (b: ReturnType<typeof book>, mergeUndoGroup: boolean) =>
    failure(b.Excel.run({ mergeUndoGroup }, async (context) => {
      context.workbook.worksheets.getItem("Projects").delete();
      context.workbook.worksheets.add("New");
      await context.sync();
    }));

  it.each([WIN_120, MAC_120, WEB_120])("Worksheet.delete has no undo on $platform: UndoNotSupported in a group", async (profile) => {
    const b = book(profile);
    expect(await deleteSheet(b, true)).toMatchObject({ code: "UndoNotSupported" });
    expect(findSheet(b.state, "Projects")).toBeDefined();
  });

  it("outside a group an operation without undo clears the undo stack instead of failing", async () => {
    const b = book(WIN_120);
    expect(await deleteSheet(b, false)).toBeUndefined();
    expect(b.host.stats.undoClears).toEqual([1]);
  });

  it("rename, position and visibility have undo on the web but not on Windows or Mac", async () => {
    const rename = (profile: HostProfile) => {
      const b = book(profile);
      return failure(b.Excel.run({ mergeUndoGroup: true }, async (context) => {
        const s = context.workbook.worksheets.getItem("Projects");
        s.name = "Renamed";
        s.position = 1;
        s.visibility = "Hidden";
        await context.sync();
      }));
    };
    expect(await rename(WIN_120)).toMatchObject({ code: "UndoNotSupported" });
    expect(await rename(MAC_120)).toMatchObject({ code: "UndoNotSupported" });
    expect(await rename(WEB_120)).toBeUndefined();
  });

  it("mergeUndoGroup is ignored below ExcelApi 1.20", async () => {
    expect(await deleteSheet(book({ platform: "windows", excelApi: "1.12" }), true)).toBeUndefined();
  });

  it("delayForCellEdit together with mergeUndoGroup fails on the web", async () => {
    // Reported against Excel on the web; the undo page's sample runs mergeUndoGroup alone.
    const b = book(WEB_120);
    const error = await failure(b.Excel.run({ mergeUndoGroup: true, delayForCellEdit: true }, async (context) => {
      context.workbook.worksheets.getItem("Projects").getRange("C1").values = [[1]];
      await context.sync();
    }));
    expect(error).toMatchObject({ code: "GeneralException" });
    const desktop = book(WIN_120);
    expect(await failure(desktop.Excel.run({ mergeUndoGroup: true, delayForCellEdit: true }, async (context) => {
      context.workbook.worksheets.getItem("Projects").getRange("C1").values = [[1]];
      await context.sync();
    }))).toBeUndefined();
  });
});

describe("documented behaviours", () => {
  it("refuses to delete a VeryHidden sheet; Hidden first works", async () => {
    // https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-worksheets#delete-a-worksheet and office-js issue #365 (by design)
    const b = book(WIN_120);
    const error = await failure(b.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Store").delete();
      await context.sync();
    }));
    expect(error).toMatchObject({ code: "InvalidOperation" });
    await b.Excel.run(async (context) => {
      const s = context.workbook.worksheets.getItem("Store");
      s.visibility = "Hidden";
      s.delete();
      await context.sync();
    });
    expect(findSheet(b.state, "Store")).toBeUndefined();
  });

  it("answers GeneralException for the same delete on the Mac, as office-js issue #365 reports", async () => {
    const b = book(MAC_120);
    const error = await failure(b.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Store").delete();
      await context.sync();
    }));
    expect(error).toMatchObject({ code: "GeneralException" });
  });

  it("returns null values for a read of more than 5,000,000 cells", async () => {
    // https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
    const b = book(WIN_120);
    putValue(findSheet(b.state, "Projects")!, 199_999, 25, "stray"); // Z200000: 26 x 200,000 = 5.2M cells
    const read = await b.Excel.run(async (context) => {
      const used = context.workbook.worksheets.getItem("Projects").getUsedRange(true).load("address, values, cellCount");
      await context.sync();
      return { address: used.address, values: used.values, cells: used.cellCount };
    });
    expect(read).toEqual({ address: "Projects!A1:Z200000", values: null, cells: 5_200_000 });
  });

  it("takes a leading apostrophe as the text prefix, whatever the number format", async () => {
    // office-js issue #6687: the apostrophe is not part of the value written or read back.
    const b = book(WIN_120);
    const values = await b.Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Projects").getRange("C1:D1");
      r.numberFormat = [["General", "@"]];
      r.values = [["'quoted", "'text"]];
      r.load("values");
      await context.sync();
      return r.values;
    });
    expect(values).toEqual([["quoted", "text"]]);
  });

  it("hides a name only in the request that adds it, and not at all where the host ignores it", async () => {
    // office-js issues #3878 and #3949: NamedItem.visible = false on an existing name leaves it visible.
    const b = book(WIN_120);
    await b.Excel.run(async (context) => {
      context.workbook.names.add("Added", context.workbook.worksheets.getItem("Projects").getRange("A1")).visible = false;
      context.workbook.names.add("Later", context.workbook.worksheets.getItem("Projects").getRange("A2"));
      await context.sync();
      context.workbook.names.getItem("Later").visible = false;
      await context.sync();
    });
    expect(b.state.names.map((n) => [n.name, n.visible])).toEqual([["Added", false], ["Later", true]]);

    const ignoring = book(WIN_120, { quirks: { nameHidingIgnored: true } });
    await ignoring.Excel.run(async (context) => {
      context.workbook.names.add("Added", context.workbook.worksheets.getItem("Projects").getRange("A1")).visible = false;
      await context.sync();
    });
    expect(ignoring.state.names[0].visible).toBe(true);
  });

  it("refuses a sheet position outside 0..count-1", async () => {
    // https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-position-member: zero-based position among the sheets
    const b = book(WIN_120);
    const error = await failure(b.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Projects").position = 3;
      await context.sync();
    }));
    expect(error).toMatchObject({ code: "InvalidArgument" });
  });

  it("refuses fit-to-pages 0 and takes null for automatic", async () => {
    // https://learn.microsoft.com/javascript/api/excel/excel.pagelayoutzoomoptions: verticalFitToPages "can be null if percentage scale is used"
    const b = book(WIN_120);
    const set = (zoom: Excel.PageLayoutZoomOptions) =>
      failure(b.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Projects").pageLayout.zoom = zoom;
        await context.sync();
      }));
    expect(await set({ horizontalFitToPages: 1, verticalFitToPages: 0 })).toMatchObject({ code: "InvalidArgument" });
    expect(await set({ horizontalFitToPages: 1, verticalFitToPages: null as unknown as number })).toBeUndefined();
  });
});

describe("fault injection", () => {
  it("fails sync number n with any Office error code", async () => {
    const b = book(WIN_120);
    b.host.faults.failSyncs = [{ sync: 2, code: "InvalidSelection" }];
    const error = await failure(b.Excel.run(async (context) => {
      context.workbook.worksheets.add("One");
      await context.sync();
      context.workbook.worksheets.add("Two");
      await context.sync();
    }));
    expect(error).toMatchObject({ code: "InvalidSelection" });
    expect(b.state.sheets.map((s) => s.name)).toEqual(["Projects", "Store", "Notes", "One"]);
  });

  it("fails the nth call of a named operation, for as many calls as asked", async () => {
    // Focus loss on desktop: office-js issue #771 (GeneralException from worksheets.add and delete while another workbook is active).
    const b = book(WIN_120);
    b.host.faults.failOperations = [{ member: "WorksheetCollection.add", code: "GeneralException", nth: 2, times: 1 }];
    const error = await failure(b.Excel.run(async (context) => {
      context.workbook.worksheets.add("One");
      context.workbook.worksheets.add("Two");
      context.workbook.worksheets.add("Three");
      await context.sync();
    }));
    expect(error).toMatchObject({ code: "GeneralException" });
    expect(b.state.sheets.map((s) => s.name)).toEqual(["Projects", "Store", "Notes", "One"]);
    await b.Excel.run(async (context) => {
      context.workbook.worksheets.add("Three");
      await context.sync();
    });
    expect(b.host.stats.members.get("WorksheetCollection.add")).toBe(3);
  });
});
