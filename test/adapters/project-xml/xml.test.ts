import { describe, expect, it } from "vitest";
import { ProjectXmlError, readProjectXml } from "../../../src/adapters/project-xml/read-xml";
import { projectXmlPieces, writeProjectXml } from "../../../src/adapters/project-xml/write-xml";
import { standardCalendar } from "../../../src/core/project-xml/calendar";
import type { MspdiProject } from "../../../src/core/project-xml/mspdi";

const doc: MspdiProject = {
  name: "R&D <2026>.xlsx",
  title: "R&D <2026>",
  startDate: "2026-01-05T08:00:00",
  finishDate: "2026-03-31T17:00:00",
  calendarUid: 1,
  minutesPerDay: 480,
  attributes: [{ fieldId: "188743731", fieldName: "Text1", alias: "PMO Stage" }],
  calendars: [standardCalendar(1, [0, 1, 2, 3, 4], 8)],
  tasks: [
    { uid: 0, id: 0, name: "R&D", outlineLevel: 0, outlineNumber: "0", summary: true, milestone: false, baselines: [], extended: [] },
    {
      uid: 1, id: 1, name: 'Build "fast" & <cheap>', outlineLevel: 1, outlineNumber: "1", summary: false, milestone: false, manual: true,
      start: "2026-01-05T08:00:00", finish: "2026-03-31T17:00:00", duration: "PT504H0M0S", percentComplete: 45, cost: 1234.567,
      baselines: [{ number: 0, start: "2026-01-05T08:00:00", finish: "2026-03-31T17:00:00", cost: 1000 }],
      extended: [{ fieldId: "188743731", value: "Execution" }], notes: "Business Case: Y\nProject Plan: https://x/y?a=1&b=2",
    },
  ],
  resources: [{ uid: 1, id: 1, name: "Ana Díaz", type: 1, maxUnits: 0.5, group: "Data", extended: [] }],
  assignments: [{ uid: 1, taskUid: 1, resourceUid: 1, units: 0.5, start: "2026-01-05T08:00:00", finish: "2026-03-31T17:00:00", work: "PT252H0M0S", extended: [] }],
};

describe("Project XML text", () => {
  it("reads back what it writes, escaping names and notes", () => {
    const xml = writeProjectXml(doc);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Project xmlns="http://schemas.microsoft.com/project">')).toBe(true);
    expect(xml).toContain('<Name>Build "fast" &amp; &lt;cheap&gt;</Name>');
    const back = readProjectXml(xml);
    expect(back.name).toBe(doc.name);
    expect(back.tasks[1]).toMatchObject({ name: doc.tasks[1].name, notes: doc.tasks[1].notes, manual: true, percentComplete: 45, cost: 1234.57, start: doc.tasks[1].start });
    expect(back.tasks[1].baselines).toEqual([{ number: 0, start: "2026-01-05T08:00:00", finish: "2026-03-31T17:00:00", duration: undefined, work: undefined, cost: 1000 }]);
    expect(back.tasks[1].extended).toEqual(doc.tasks[1].extended);
    expect(back.resources[0]).toMatchObject({ name: "Ana Díaz", maxUnits: 0.5, group: "Data", initials: "AD" });
    expect(back.assignments[0]).toMatchObject({ taskUid: 1, resourceUid: 1, units: 0.5, work: "PT252H0M0S" });
    expect(back.calendars[0].weekDays.filter((d) => d.working).map((d) => d.dayType)).toEqual([2, 3, 4, 5, 6]);
  });

  it("gives a file the same text as UTF-8 pieces, each item whole, however small the pieces", () => {
    const many: MspdiProject = { ...doc, tasks: [...doc.tasks, ...Array.from({ length: 40 }, (_, i) => ({ ...doc.tasks[1], uid: i + 2, id: i + 2, name: `Tâche ${i} 🚀 — 供应链` }))] };
    const whole = new TextEncoder().encode(writeProjectXml(many));
    for (const size of [1, 200, 1 << 20]) {
      const pieces = projectXmlPieces(many, size);
      const joined = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
      pieces.reduce((at, p) => (joined.set(p, at), at + p.length), 0);
      expect(Buffer.from(joined).equals(Buffer.from(whole)), `pieces of ${size}`).toBe(true);
      if (size === 200) expect(pieces.length).toBeGreaterThan(40);
    }
  });

  it("writes a task's elements in the schema's order", () => {
    const xml = writeProjectXml(doc);
    const at = xml.lastIndexOf("<Task>");
    const task = xml.slice(at + "<Task>".length, xml.indexOf("</Task>", at));
    const order = [...task.matchAll(/<([A-Za-z]+)>/g)].map((m) => m[1]).filter((n, i, all) => all.indexOf(n) === i);
    const expected = ["UID", "ID", "Name", "Active", "Manual", "Type", "IsNull", "OutlineNumber", "OutlineLevel", "Priority", "Start", "Finish", "Duration", "ManualStart"];
    expect(order.slice(0, expected.length)).toEqual(expected);
    expect(order.indexOf("Milestone")).toBeLessThan(order.indexOf("Summary"));
    expect(order.indexOf("ExtendedAttribute")).toBeLessThan(order.indexOf("Baseline"));
  });

  it("reads elements by namespace, whatever the prefix", () => {
    const xml = `<ms:Project xmlns:ms="http://schemas.microsoft.com/project"><ms:Tasks><ms:Task><ms:UID>3</ms:UID><ms:Name>A</ms:Name><ms:OutlineLevel>1</ms:OutlineLevel></ms:Task></ms:Tasks></ms:Project>`;
    expect(readProjectXml(xml).tasks).toMatchObject([{ uid: 3, name: "A", outlineLevel: 1 }]);
  });

  it("ignores elements of another namespace", () => {
    const xml = `<Project xmlns="http://schemas.microsoft.com/project" xmlns:x="urn:other"><x:Tasks><Task><UID>1</UID></Task></x:Tasks><Tasks><Task><UID>2</UID></Task></Tasks></Project>`;
    expect(readProjectXml(xml).tasks.map((t) => t.uid)).toEqual([2]);
  });

  it("refuses what is not Project XML, with the reason", () => {
    expect(() => readProjectXml("<Project xmlns='urn:not-project'/>")).toThrow(ProjectXmlError);
    expect(() => readProjectXml("<Project xmlns='urn:not-project'/>")).toThrow(/not a Microsoft Project <Project>/);
    expect(() => readProjectXml("<Project><Tasks></Project>")).toThrow(/not well-formed/);
    expect(() => readProjectXml("")).toThrow(ProjectXmlError);
  });
});
