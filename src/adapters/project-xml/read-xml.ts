/**
 * Project XML text to the MSPDI document model, with @xmldom/xmldom's namespace-aware parser: elements
 * are found by namespace and local name, so a prefixed file (`<ms:Task>`) reads like Project's own.
 * A file whose root is not `<Project>` in the MSPDI namespace (or in none, as some exporters write
 * it) is refused with a sentence, never read in part.
 */
import { DOMParser, type Element } from "@xmldom/xmldom";
import {
  MSPDI_NAMESPACE,
  type CalendarWeekDay,
  type ExtendedValue,
  type MspdiAssignment,
  type MspdiCalendar,
  type MspdiProject,
  type MspdiResource,
  type MspdiTask,
  type TaskBaseline,
} from "../../core/project-xml/mspdi";

/** Thrown for a file that is not Project XML; the message is one sentence for the person. */
export class ProjectXmlError extends Error {}

/** Parses Project XML text; throws ProjectXmlError when it is not well-formed or not Project XML. */
export function readProjectXml(text: string): MspdiProject {
  let root: Element | null;
  try {
    const doc = new DOMParser({
      onError: (level, message) => {
        if (level !== "warning") throw new ProjectXmlError(`it is not well-formed XML (${message.split("\n")[0].replace(/\s*\[xmldom[^\]]*\]\s*/g, " ").trim()})`);
      },
    }).parseFromString(text.replace(/^\uFEFF/, ""), "application/xml");
    root = doc.documentElement;
  } catch (error) {
    if (error instanceof ProjectXmlError) throw error;
    if (error instanceof RangeError) throw new ProjectXmlError("it is nested too deeply to be read");
    throw new ProjectXmlError(`it is not well-formed XML (${(error as Error)?.message ?? String(error)})`);
  }
  if (!root) throw new ProjectXmlError("it has no root element");
  const ns = root.namespaceURI;
  if (root.localName !== "Project" || (ns !== MSPDI_NAMESPACE && ns !== null)) {
    throw new ProjectXmlError(`its root element is <${root.nodeName}>${ns ? ` in ${ns}` : ""}, not a Microsoft Project <Project> in ${MSPDI_NAMESPACE}`);
  }
  const r = new Reader(ns);
  const calendars = r.children(r.child(root, "Calendars"), "Calendar").map((c) => r.calendar(c));
  return {
    name: r.text(root, "Name"),
    title: r.text(root, "Title"),
    manager: r.text(root, "Manager"),
    startDate: r.text(root, "StartDate"),
    finishDate: r.text(root, "FinishDate"),
    statusDate: r.text(root, "StatusDate"),
    currencyCode: r.text(root, "CurrencyCode"),
    calendarUid: r.int(root, "CalendarUID"),
    minutesPerDay: r.num(root, "MinutesPerDay"),
    minutesPerWeek: r.num(root, "MinutesPerWeek"),
    daysPerMonth: r.num(root, "DaysPerMonth"),
    attributes: r.children(r.child(root, "ExtendedAttributes"), "ExtendedAttribute").map((e) => ({ fieldId: r.text(e, "FieldID") ?? "", fieldName: r.text(e, "FieldName") ?? "", alias: r.text(e, "Alias") })),
    calendars,
    tasks: r.children(r.child(root, "Tasks"), "Task").map((t) => r.task(t)),
    resources: r.children(r.child(root, "Resources"), "Resource").map((e) => r.resource(e)),
    assignments: r.children(r.child(root, "Assignments"), "Assignment").map((e) => r.assignment(e)),
  };
}

class Reader {
  constructor(private readonly ns: string | null) {}

  children(parent: Element | undefined, name: string): Element[] {
    if (!parent) return [];
    const out: Element[] = [];
    for (let n = parent.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 1 && (n as Element).localName === name && (n as Element).namespaceURI === this.ns) out.push(n as Element);
    }
    return out;
  }

  child(parent: Element, name: string): Element | undefined {
    return this.children(parent, name)[0];
  }

  text(parent: Element, name: string): string | undefined {
    const el = this.child(parent, name);
    if (!el) return undefined;
    const value = el.textContent ?? "";
    return value === "" ? undefined : value;
  }

  num(parent: Element, name: string): number | undefined {
    const t = this.text(parent, name);
    if (t === undefined) return undefined;
    const n = Number(t.trim());
    return t.trim() !== "" && Number.isFinite(n) ? n : undefined;
  }

  int(parent: Element, name: string): number | undefined {
    const n = this.num(parent, name);
    return n === undefined ? undefined : Math.trunc(n);
  }

  bool(parent: Element, name: string): boolean | undefined {
    const t = this.text(parent, name)?.trim().toLowerCase();
    if (t === undefined) return undefined;
    return t === "1" || t === "true";
  }

  extended(parent: Element): ExtendedValue[] {
    return this.children(parent, "ExtendedAttribute").map((e) => ({ fieldId: this.text(e, "FieldID") ?? "", value: this.text(e, "Value") ?? "" }));
  }

  task(el: Element): MspdiTask {
    const baselines: TaskBaseline[] = this.children(el, "Baseline").map((b) => ({
      number: this.int(b, "Number") ?? 0,
      start: this.text(b, "Start"),
      finish: this.text(b, "Finish"),
      duration: this.text(b, "Duration"),
      work: this.text(b, "Work"),
      cost: this.num(b, "Cost"),
    }));
    return {
      uid: this.int(el, "UID") ?? NaN,
      id: this.int(el, "ID") ?? NaN,
      name: this.text(el, "Name"),
      outlineLevel: this.int(el, "OutlineLevel") ?? 1,
      outlineNumber: this.text(el, "OutlineNumber"),
      wbs: this.text(el, "WBS"),
      summary: this.bool(el, "Summary") ?? false,
      milestone: this.bool(el, "Milestone") ?? false,
      manual: this.bool(el, "Manual"),
      isNull: this.bool(el, "IsNull"),
      start: this.text(el, "Start"),
      finish: this.text(el, "Finish"),
      duration: this.text(el, "Duration"),
      work: this.text(el, "Work"),
      percentComplete: this.num(el, "PercentComplete"),
      cost: this.num(el, "Cost"),
      fixedCost: this.num(el, "FixedCost"),
      actualCost: this.num(el, "ActualCost"),
      actualStart: this.text(el, "ActualStart"),
      actualFinish: this.text(el, "ActualFinish"),
      constraintType: this.int(el, "ConstraintType"),
      constraintDate: this.text(el, "ConstraintDate"),
      calendarUid: this.int(el, "CalendarUID"),
      notes: this.text(el, "Notes"),
      baselines,
      extended: this.extended(el),
    };
  }

  resource(el: Element): MspdiResource {
    return {
      uid: this.int(el, "UID") ?? NaN,
      id: this.int(el, "ID") ?? NaN,
      name: this.text(el, "Name"),
      // Project writes a cost resource as Type 0 (material) with IsCostResource 1; the model says 2.
      type: this.bool(el, "IsCostResource") ? 2 : this.int(el, "Type"),
      isNull: this.bool(el, "IsNull"),
      maxUnits: this.num(el, "MaxUnits"),
      group: this.text(el, "Group"),
      initials: this.text(el, "Initials"),
      calendarUid: this.int(el, "CalendarUID"),
      notes: this.text(el, "Notes"),
      extended: this.extended(el),
    };
  }

  assignment(el: Element): MspdiAssignment {
    return {
      uid: this.int(el, "UID") ?? NaN,
      taskUid: this.int(el, "TaskUID") ?? NaN,
      resourceUid: this.int(el, "ResourceUID") ?? NaN,
      units: this.num(el, "Units"),
      start: this.text(el, "Start"),
      finish: this.text(el, "Finish"),
      work: this.text(el, "Work"),
      extended: this.extended(el),
    };
  }

  calendar(el: Element): MspdiCalendar {
    const weekDays: CalendarWeekDay[] = this.children(this.child(el, "WeekDays"), "WeekDay").map((d) => ({
      dayType: this.int(d, "DayType") ?? 0,
      working: this.bool(d, "DayWorking") ?? false,
      times: this.children(this.child(d, "WorkingTimes"), "WorkingTime").map((t) => ({ from: this.text(t, "FromTime") ?? "", to: this.text(t, "ToTime") ?? "" })),
    }));
    return { uid: this.int(el, "UID") ?? NaN, name: this.text(el, "Name"), isBase: this.bool(el, "IsBaseCalendar") ?? false, baseUid: this.int(el, "BaseCalendarUID"), weekDays };
  }
}
