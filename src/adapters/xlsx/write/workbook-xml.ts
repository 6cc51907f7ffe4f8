/**
 * xl/workbook.xml as a namespace-aware DOM: the sheet list, the defined names and the indexes that
 * point into the sheet list (localSheetId, activeTab, firstSheet) are what the writer changes; every
 * other element and attribute is written back as it was. Surviving `<sheet>` and `<definedName>`
 * elements are moved, not rebuilt, so their attributes (and any namespace declarations on them, as
 * openpyxl writes) stay.
 */
import { readXml, writeXml, type Parts } from "./package";
import { NS, childElements, clearChildren, createLike, firstChildElement, prefixFor, type Document, type Element } from "./xml-dom";

export interface SheetEntry {
  el: Element;
  name: string;
  sheetId: number;
  relId: string;
  state?: string;
}

export interface DefinedName {
  el: Element;
  name: string;
  /** What the name refers to, e.g. "'My Sheet'!$A$1". */
  formula: string;
  localSheetId?: number;
}

const truthy = (v: string | null) => v === "1" || v === "true";

/** CT_Workbook children that come after definedNames, in schema order. */
const AFTER_DEFINED_NAMES = ["calcPr", "oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr", "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst"];

export class WorkbookXml {
  readonly root: Element;
  readonly ns: string;
  private constructor(
    readonly doc: Document,
    readonly path: string,
  ) {
    this.root = doc.documentElement!;
    this.ns = this.root.namespaceURI ?? "";
  }

  static read(parts: Parts, path: string): WorkbookXml | undefined {
    const doc = readXml(parts, path);
    return doc ? new WorkbookXml(doc, path) : undefined;
  }

  /** Strict Open XML uses other namespaces for every part and relationship. */
  get strict(): boolean {
    return this.ns === NS.strictMain;
  }

  get isSpreadsheet(): boolean {
    return this.ns === NS.main && this.root.localName === "workbook";
  }

  private child(local: string): Element | undefined {
    return firstChildElement(this.root, this.ns, local);
  }

  get date1904(): boolean {
    return truthy(this.child("workbookPr")?.getAttribute("date1904") ?? null);
  }

  /** Review › Protect Workbook with "Structure": no sheet may be added, removed or renamed. */
  get structureLocked(): boolean {
    return truthy(this.child("workbookProtection")?.getAttribute("lockStructure") ?? null);
  }

  private sheetsEl(): Element {
    const el = this.child("sheets");
    if (!el) throw new Error(`The part ${this.path} has no sheet list`);
    return el;
  }

  sheets(): SheetEntry[] {
    return childElements(this.sheetsEl(), this.ns, "sheet").map((el) => ({
      el,
      name: el.getAttribute("name") ?? "",
      sheetId: Number(el.getAttribute("sheetId") ?? 0),
      relId: el.getAttributeNS(NS.officeRel, "id") ?? "",
      state: el.getAttribute("state") ?? undefined,
    }));
  }

  definedNames(): DefinedName[] {
    const block = this.child("definedNames");
    if (!block) return [];
    return childElements(block, this.ns, "definedName").map((el) => {
      const local = el.getAttribute("localSheetId");
      return { el, name: el.getAttribute("name") ?? "", formula: el.textContent ?? "", localSheetId: local === null || local === "" ? undefined : Number(local) };
    });
  }

  newSheet(name: string, sheetId: number, relId: string, state?: "hidden" | "veryHidden"): Element {
    const sheets = this.sheetsEl();
    const el = createLike(sheets, "sheet");
    el.setAttribute("name", name);
    el.setAttribute("sheetId", String(sheetId));
    if (state) el.setAttribute("state", state);
    el.setAttributeNS(NS.officeRel, `${prefixFor(sheets, NS.officeRel, "r")}:id`, relId);
    return el;
  }

  newName(name: string, value: string, opts: { localSheetId?: number; hidden?: boolean } = {}): Element {
    const el = createLike(this.root, "definedName");
    el.setAttribute("name", name);
    if (opts.localSheetId !== undefined) el.setAttribute("localSheetId", String(opts.localSheetId));
    if (opts.hidden) el.setAttribute("hidden", "1");
    el.appendChild(this.doc.createTextNode(value));
    return el;
  }

  /**
   * Writes the new sheet list and defined names, remapping the indexes of bookViews through
   * `indexMap` (old sheet position -> new position; -1 when the sheet was removed).
   */
  rewrite(sheetEls: Element[], nameEls: Element[], indexMap: number[]): void {
    const sheets = this.sheetsEl();
    clearChildren(sheets);
    for (const el of sheetEls) sheets.appendChild(el);
    let block = this.child("definedNames");
    if (nameEls.length === 0) {
      if (block) this.root.removeChild(block);
    } else {
      if (!block) {
        block = createLike(this.root, "definedNames");
        const next = AFTER_DEFINED_NAMES.map((n) => this.child(n)).find((e) => e !== undefined);
        this.root.insertBefore(block, next ?? null);
      }
      clearChildren(block);
      for (const el of nameEls) block.appendChild(el);
    }
    const views = this.child("bookViews");
    for (const view of views ? childElements(views, this.ns, "workbookView") : []) {
      for (const key of ["activeTab", "firstSheet"]) {
        const v = view.getAttribute(key);
        if (v === null || !/^\d+$/.test(v)) continue;
        const mapped = indexMap[Number(v)];
        const next = mapped === undefined || mapped < 0 ? 0 : mapped;
        if (next !== Number(v)) view.setAttribute(key, String(next));
      }
    }
  }

  /** Makes the sheet at `index` the one the workbook opens on (every workbook view's activeTab). */
  setActiveTab(index: number): void {
    let views = this.child("bookViews");
    if (!views) {
      // CT_Workbook: bookViews comes right before sheets.
      views = createLike(this.root, "bookViews");
      this.root.insertBefore(views, this.child("sheets") ?? null);
      views.appendChild(createLike(this.root, "workbookView"));
    }
    for (const view of childElements(views, this.ns, "workbookView")) {
      view.setAttribute("activeTab", String(index));
      const first = view.getAttribute("firstSheet");
      if (first !== null && /^\d+$/.test(first) && Number(first) > index) view.setAttribute("firstSheet", String(index));
    }
  }

  save(parts: Parts): void {
    writeXml(parts, this.path, this.doc);
  }
}

/** Sets hidden="1" on a name (LibreOffice re-saves the product's names with hidden="false"). */
export function hideName(el: Element): void {
  if (!truthy(el.getAttribute("hidden"))) el.setAttribute("hidden", "1");
}

/** Moves a name's localSheetId to the sheet's new position. */
export function relocateName(el: Element, localSheetId: number): void {
  el.setAttribute("localSheetId", String(localSheetId));
}
