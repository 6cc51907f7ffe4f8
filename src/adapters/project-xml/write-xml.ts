/**
 * An MSPDI document model (src/core/project-xml/mspdi.ts) as Project XML text, built as a DOM with
 * @xmldom/xmldom and serialised, so every name and value is escaped by the serializer, never by hand.
 * Elements follow the order of Microsoft's schema (xsd:sequence), as Project itself writes them.
 */
import { DOMImplementation, XMLSerializer, type Document, type Element } from "@xmldom/xmldom";
import { MSPDI_NAMESPACE, type ExtendedValue, type MspdiAssignment, type MspdiCalendar, type MspdiProject, type MspdiResource, type MspdiTask } from "../../core/project-xml/mspdi";

type Value = string | number | boolean | undefined;

/**
 * Appends elements with the indentation Project writes (a tab a level), as they are made. `ns` is the
 * elements' namespace: MSPDI for the document, none for the tasks, resources and assignments, which are
 * serialised one at a time and placed inside their (namespaced) list, where they are in its default
 * namespace (see writeProjectXml).
 */
class Builder {
  // Weak: a list item's holder is dropped once serialised, and its tree with it.
  private readonly depth = new WeakMap<Element, number>();

  constructor(
    readonly doc: Document,
    private readonly ns: string | null,
  ) {}

  /** Sets the indentation level of an element the builder did not make. */
  at(el: Element, depth: number): Element {
    this.depth.set(el, depth);
    return el;
  }

  /** Appends `<name>value</name>` to parent (nothing when value is undefined); booleans as 1 / 0. */
  leaf(parent: Element, name: string, value: Value): void {
    if (value === undefined || (typeof value === "number" && !Number.isFinite(value))) return;
    const el = this.append(parent, name);
    el.appendChild(this.doc.createTextNode(typeof value === "boolean" ? (value ? "1" : "0") : String(value)));
  }

  /** Appends a container element; call close() once its children are in. */
  node(parent: Element, name: string): Element {
    const el = this.append(parent, name);
    this.depth.set(el, (this.depth.get(parent) ?? 0) + 1);
    return el;
  }

  /** The line break before a container's end tag (none for an empty one: `<Calendars/>`). */
  close(el: Element): void {
    if (el.firstChild) el.appendChild(this.doc.createTextNode("\n" + "\t".repeat(this.depth.get(el) ?? 0)));
    this.depth.delete(el);
  }

  private append(parent: Element, name: string): Element {
    parent.appendChild(this.doc.createTextNode("\n" + "\t".repeat((this.depth.get(parent) ?? 0) + 1)));
    const el = this.ns === null ? this.doc.createElement(name) : this.doc.createElementNS(this.ns, name);
    parent.appendChild(el);
    return el;
  }
}

/** Amounts with at most 2 decimals, as Project writes currency. */
const money = (n: number | undefined) => (n === undefined || !Number.isFinite(n) ? undefined : String(Math.round(n * 100) / 100));
/** Units with at most 4 decimals (0.3333 = a third). */
const units = (n: number | undefined) => (n === undefined || !Number.isFinite(n) ? undefined : String(Math.round(n * 10000) / 10000));

/**
 * The document as Project XML text (UTF-8, with an XML declaration). The project's own elements are
 * one DOM; each task, resource and assignment is its own small tree, serialised on its own and put in
 * place of a comment in its list. A DOM of 100k tasks costs xmldom gigabytes and minutes; one task at
 * a time keeps the cost linear. Every name and value is still escaped by the serializer.
 */
export function writeProjectXml(project: MspdiProject): string {
  const parts: string[] = [];
  writeProjectXmlTo(project, (text) => parts.push(text));
  return parts.join("");
}

/**
 * The same text as writeProjectXmlTo, handed to `onChunk` in order in chunks of at least `chunkChars`
 * characters (the last one may be shorter): what a file, a Blob or a stream is made from, without the
 * whole document as one string (V8's largest string, about 512 million characters, is passed near
 * 20,000 projects with their assignments).
 */
export function writeProjectXmlChunks(project: MspdiProject, chunkChars: number, onChunk: (text: string) => void, onProgress?: WriteProgress): void {
  let pending: string[] = [];
  let chars = 0;
  const flush = () => {
    if (pending.length > 0) onChunk(pending.join(""));
    pending = [];
    chars = 0;
  };
  writeProjectXmlTo(
    project,
    (text) => {
      pending.push(text);
      chars += text.length;
      if (chars >= chunkChars) flush();
    },
    onProgress,
  );
  flush();
}

/** The same text as UTF-8 bytes in pieces of about `pieceChars` characters, in order: what a file is written from. */
export function projectXmlPieces(project: MspdiProject, pieceChars = 1 << 20): Uint8Array[] {
  const encoder = new TextEncoder();
  const pieces: Uint8Array[] = [];
  writeProjectXmlChunks(project, pieceChars, (text) => pieces.push(encoder.encode(text)));
  return pieces;
}

/** How far writeProjectXmlTo has come: list items (tasks, resources, assignments) written of all. */
export type WriteProgress = (written: number, total: number) => void;

/**
 * The same text as writeProjectXml, handed to `emit` in order, an item at a time, so a caller can
 * stream it to a file or a Blob without holding the whole document as one string.
 */
export function writeProjectXmlTo(project: MspdiProject, emit: (text: string) => void, onProgress?: WriteProgress): void {
  const doc = new DOMImplementation().createDocument(MSPDI_NAMESPACE, "Project", null);
  const b = new Builder(doc, MSPDI_NAMESPACE);
  const root = b.at(doc.documentElement!, 0);
  writeHeader(b, root, project);
  const serializer = new XMLSerializer();
  const total = project.tasks.length + project.resources.length + project.assignments.length;
  let written = 0;
  const lists: { marker: string; write: () => void }[] = [];
  const list = <T>(name: string, items: readonly T[], write: (b: Builder, parent: Element, item: T) => void) => {
    const el = b.node(root, name);
    if (items.length) {
      const marker = `<!--pmo-rulebook-${name}-->`;
      el.appendChild(doc.createComment(`pmo-rulebook-${name}`));
      lists.push({
        marker,
        write: () => {
          const items1 = new Builder(doc, null);
          for (const item of items) {
            const holder = items1.at(doc.createElement(name), 1);
            write(items1, holder, item);
            for (let n = holder.firstChild; n; n = n.nextSibling) emit(serializer.serializeToString(n));
            if (++written % 1000 === 0) onProgress?.(written, total);
          }
        },
      });
    }
    b.close(el);
  };
  list("Tasks", project.tasks, writeTask);
  list("Resources", project.resources, writeResource);
  list("Assignments", project.assignments, writeAssignment);
  b.close(root);
  const text = serializer.serializeToString(doc);
  emit(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`);
  // Each marker is a comment the serializer wrote once; no name or value can produce one (a "<" in
  // text is written as &lt;).
  let from = 0;
  for (const { marker, write } of lists) {
    const at = text.indexOf(marker, from);
    emit(text.slice(from, at));
    write();
    from = at + marker.length;
  }
  emit(`${text.slice(from)}\n`);
  onProgress?.(total, total);
}

function writeHeader(b: Builder, root: Element, project: MspdiProject): void {
  b.leaf(root, "SaveVersion", 14);
  b.leaf(root, "Name", project.name);
  b.leaf(root, "Title", project.title);
  b.leaf(root, "Manager", project.manager);
  b.leaf(root, "ScheduleFromStart", true);
  b.leaf(root, "StartDate", project.startDate);
  b.leaf(root, "FinishDate", project.finishDate);
  b.leaf(root, "CurrencyCode", project.currencyCode);
  b.leaf(root, "CalendarUID", project.calendarUid);
  b.leaf(root, "DefaultStartTime", "08:00:00");
  b.leaf(root, "DefaultFinishTime", "17:00:00");
  b.leaf(root, "MinutesPerDay", project.minutesPerDay);
  b.leaf(root, "MinutesPerWeek", project.minutesPerWeek);
  b.leaf(root, "DaysPerMonth", project.daysPerMonth);
  b.leaf(root, "DefaultTaskType", 0);
  b.leaf(root, "DurationFormat", 7);
  b.leaf(root, "WorkFormat", 2);
  b.leaf(root, "StatusDate", project.statusDate);
  b.leaf(root, "CurrentDate", project.statusDate);
  b.leaf(root, "NewTasksAreManual", false);
  if (project.attributes.length) {
    const defs = b.node(root, "ExtendedAttributes");
    for (const a of project.attributes) {
      const el = b.node(defs, "ExtendedAttribute");
      b.leaf(el, "FieldID", a.fieldId);
      b.leaf(el, "FieldName", a.fieldName);
      b.leaf(el, "Alias", a.alias);
      b.close(el);
    }
    b.close(defs);
  }
  const calendars = b.node(root, "Calendars");
  for (const c of project.calendars) writeCalendar(b, calendars, c);
  b.close(calendars);
}

function writeCalendar(b: Builder, parent: Element, c: MspdiCalendar): void {
  const el = b.node(parent, "Calendar");
  b.leaf(el, "UID", c.uid);
  b.leaf(el, "Name", c.name);
  b.leaf(el, "IsBaseCalendar", c.isBase);
  b.leaf(el, "IsBaselineCalendar", false);
  b.leaf(el, "BaseCalendarUID", c.baseUid ?? -1);
  const days = b.node(el, "WeekDays");
  for (const d of c.weekDays) {
    const day = b.node(days, "WeekDay");
    b.leaf(day, "DayType", d.dayType);
    b.leaf(day, "DayWorking", d.working);
    if (d.times.length) {
      const times = b.node(day, "WorkingTimes");
      for (const t of d.times) {
        const time = b.node(times, "WorkingTime");
        b.leaf(time, "FromTime", t.from);
        b.leaf(time, "ToTime", t.to);
        b.close(time);
      }
      b.close(times);
    }
    b.close(day);
  }
  b.close(days);
  b.close(el);
}

function writeTask(b: Builder, parent: Element, t: MspdiTask): void {
  const el = b.node(parent, "Task");
  b.leaf(el, "UID", t.uid);
  b.leaf(el, "ID", t.id);
  b.leaf(el, "Name", t.name);
  b.leaf(el, "Active", true);
  b.leaf(el, "Manual", t.manual ?? false);
  b.leaf(el, "Type", 0);
  b.leaf(el, "IsNull", t.isNull ?? false);
  b.leaf(el, "WBS", t.wbs);
  b.leaf(el, "OutlineNumber", t.outlineNumber);
  b.leaf(el, "OutlineLevel", t.outlineLevel);
  b.leaf(el, "Priority", 500);
  b.leaf(el, "Start", t.start);
  b.leaf(el, "Finish", t.finish);
  b.leaf(el, "Duration", t.duration);
  if (t.manual) {
    b.leaf(el, "ManualStart", t.start);
    b.leaf(el, "ManualFinish", t.finish);
    b.leaf(el, "ManualDuration", t.duration);
  }
  b.leaf(el, "DurationFormat", 7);
  b.leaf(el, "Work", t.work ?? "PT0H0M0S");
  b.leaf(el, "Estimated", false);
  b.leaf(el, "Milestone", t.milestone);
  b.leaf(el, "Summary", t.summary);
  b.leaf(el, "Critical", false);
  b.leaf(el, "FixedCost", money(t.fixedCost));
  b.leaf(el, "FixedCostAccrual", t.fixedCost === undefined ? undefined : 3);
  b.leaf(el, "PercentComplete", t.percentComplete ?? 0);
  b.leaf(el, "Cost", money(t.cost));
  b.leaf(el, "ActualStart", t.actualStart);
  b.leaf(el, "ActualFinish", t.actualFinish);
  b.leaf(el, "ActualCost", money(t.actualCost));
  b.leaf(el, "ConstraintType", t.constraintType ?? 0);
  b.leaf(el, "CalendarUID", t.calendarUid ?? -1);
  b.leaf(el, "ConstraintDate", t.constraintDate);
  b.leaf(el, "Notes", t.notes);
  writeExtended(b, el, t.extended);
  for (const base of t.baselines) {
    const bl = b.node(el, "Baseline");
    b.leaf(bl, "Number", base.number);
    b.leaf(bl, "Start", base.start);
    b.leaf(bl, "Finish", base.finish);
    b.leaf(bl, "Duration", base.duration);
    b.leaf(bl, "DurationFormat", base.duration === undefined ? undefined : 7);
    b.leaf(bl, "Work", base.work);
    b.leaf(bl, "Cost", money(base.cost));
    b.close(bl);
  }
  b.close(el);
}

function writeResource(b: Builder, parent: Element, r: MspdiResource): void {
  const el = b.node(parent, "Resource");
  b.leaf(el, "UID", r.uid);
  b.leaf(el, "ID", r.id);
  b.leaf(el, "Name", r.name);
  b.leaf(el, "Type", r.type ?? 1);
  b.leaf(el, "IsNull", r.isNull ?? false);
  b.leaf(el, "Initials", r.initials ?? initialsOf(r.name));
  b.leaf(el, "Group", r.group);
  b.leaf(el, "MaxUnits", units(r.maxUnits));
  b.leaf(el, "StandardRate", 0);
  b.leaf(el, "Cost", 0);
  b.leaf(el, "OvertimeRate", 0);
  b.leaf(el, "CalendarUID", r.calendarUid);
  b.leaf(el, "Notes", r.notes);
  writeExtended(b, el, r.extended);
  b.close(el);
}

function writeAssignment(b: Builder, parent: Element, a: MspdiAssignment): void {
  const el = b.node(parent, "Assignment");
  b.leaf(el, "UID", a.uid);
  b.leaf(el, "TaskUID", a.taskUid);
  b.leaf(el, "ResourceUID", a.resourceUid);
  b.leaf(el, "Finish", a.finish);
  b.leaf(el, "Start", a.start);
  b.leaf(el, "Units", units(a.units));
  b.leaf(el, "Work", a.work);
  writeExtended(b, el, a.extended);
  b.close(el);
}

/** A task's, resource's or assignment's custom field values, in the order Project writes them. */
function writeExtended(b: Builder, el: Element, extended: readonly ExtendedValue[]): void {
  for (const e of extended) {
    const ext = b.node(el, "ExtendedAttribute");
    b.leaf(ext, "FieldID", e.fieldId);
    b.leaf(ext, "Value", e.value);
    b.close(ext);
  }
}

function initialsOf(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const letters = name.split(/\s+/).filter(Boolean).map((w) => w[0]!.toUpperCase());
  return letters.join("").slice(0, 3) || undefined;
}
