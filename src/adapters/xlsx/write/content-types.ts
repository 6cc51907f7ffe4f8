/**
 * [Content_Types].xml, edited as a DOM: Override elements for the parts the writer adds or removes;
 * every Default and every other Override is written back as it was. Part names are compared ignoring
 * case, as OPC does.
 */
import { readXml, writeXml, type Parts } from "./package";
import { NS, childElements, createLike, parseXml, type Document, type Element } from "./xml-dom";

const PATH = "[Content_Types].xml";

/** Main content types of the workbook part, and the file extension each package type needs. */
export const WORKBOOK_KINDS = {
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml": { kind: "workbook", extension: ".xlsx" },
  "application/vnd.ms-excel.sheet.macroEnabled.main+xml": { kind: "macro-enabled workbook", extension: ".xlsm" },
  "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml": { kind: "template", extension: ".xltx" },
  "application/vnd.ms-excel.template.macroEnabled.main+xml": { kind: "macro-enabled template", extension: ".xltm" },
} as const;

export class ContentTypes {
  private readonly root: Element;
  private constructor(private readonly doc: Document) {
    this.root = doc.documentElement!;
    if (this.root.namespaceURI !== NS.contentTypes || this.root.localName !== "Types") throw new Error(`The part ${PATH} is not a content-types part`);
  }

  static open(parts: Parts): ContentTypes {
    return new ContentTypes(readXml(parts, PATH) ?? parseXml(`<Types xmlns="${NS.contentTypes}"/>`, PATH));
  }

  private overrides(): Element[] {
    return childElements(this.root, NS.contentTypes, "Override");
  }

  /** The content type of a part: its Override, else the Default for its extension. */
  typeOf(part: string): string | undefined {
    const name = `/${part}`.toLowerCase();
    const override = this.overrides().find((o) => (o.getAttribute("PartName") ?? "").toLowerCase() === name);
    if (override) return override.getAttribute("ContentType") ?? undefined;
    const ext = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
    const def = childElements(this.root, NS.contentTypes, "Default").find((d) => (d.getAttribute("Extension") ?? "").toLowerCase() === ext);
    return def?.getAttribute("ContentType") ?? undefined;
  }

  remove(part: string): void {
    const name = `/${part}`.toLowerCase();
    for (const o of this.overrides()) if ((o.getAttribute("PartName") ?? "").toLowerCase() === name) this.root.removeChild(o);
  }

  /** Adds (or replaces) the Override for a part. */
  add(part: string, type: string): void {
    this.remove(part);
    const el = createLike(this.root, "Override");
    el.setAttribute("PartName", `/${part}`);
    el.setAttribute("ContentType", type);
    this.root.appendChild(el);
  }

  save(parts: Parts): void {
    writeXml(parts, PATH, this.doc);
  }
}
