import { describe, expect, it } from "vitest";
import { countBySeverity, filterFindings, findingRows, groupFindings, isFiltering, NO_PROJECT, SEVERITIES, totalsByKey } from "../../src/taskpane/logic/findings-view";
import { finding } from "../store/factories";

const all = new Set(SEVERITIES);

describe("countBySeverity", () => {
  it("counts findings per severity", () => {
    const counts = countBySeverity([finding(), finding({ severity: "warning" }), finding({ severity: "warning" })]);
    expect(counts).toEqual({ error: 1, warning: 2, info: 0 });
  });
});

describe("filterFindings", () => {
  const list = [
    finding({ message: "Budget overrun of 12%", projectId: "P-7", severity: "error" }),
    finding({ message: "Status update is stale", projectId: "P-8", severity: "warning", ruleId: "status/stale" }),
    finding({ message: "Alice is over-allocated", projectId: undefined, resource: "Alice", severity: "info", ruleId: "resource/over" }),
  ];

  it("keeps only the chosen severities", () => {
    expect(filterFindings(list, { severities: new Set(["warning"]), query: "" }).map((f) => f.projectId)).toEqual(["P-8"]);
  });

  it("matches every word of the query, case-insensitively, across message, rule, project and resource", () => {
    expect(filterFindings(list, { severities: all, query: "ALICE over" })).toHaveLength(1);
    expect(filterFindings(list, { severities: all, query: "status/stale" })[0].projectId).toBe("P-8");
    expect(filterFindings(list, { severities: all, query: "p-7 budget" })).toHaveLength(1);
    expect(filterFindings(list, { severities: all, query: "p-7 stale" })).toHaveLength(0);
  });

  it("matches the sheet and cell of a finding", () => {
    const located = [finding({ location: { sheet: "Gates", cell: "C9", row: 9 } })];
    expect(filterFindings(located, { severities: all, query: "gates!c9" })).toHaveLength(1);
  });
});

describe("groupFindings", () => {
  it("groups by rule, groups with errors first, then larger groups", () => {
    const groups = groupFindings(
      [
        finding({ ruleId: "b/warn", severity: "warning" }),
        finding({ ruleId: "b/warn", severity: "warning" }),
        finding({ ruleId: "c/err", severity: "error" }),
        finding({ ruleId: "a/info", severity: "info" }),
      ],
      "rule",
    );
    expect(groups.map((g) => [g.key, g.findings.length, g.worst])).toEqual([
      ["c/err", 1, "error"],
      ["b/warn", 2, "warning"],
      ["a/info", 1, "info"],
    ]);
  });

  it("groups by project and puts findings without a project last", () => {
    const groups = groupFindings(
      [finding({ projectId: undefined, resource: "Bob" }), finding({ projectId: "P-2", severity: "info" }), finding({ projectId: "P-1" })],
      "project",
    );
    expect(groups.map((g) => g.key)).toEqual(["P-1", "P-2", NO_PROJECT]);
    expect(groups[2].title).toBe("Not tied to one project");
  });

  it("titles a group with its words (the rule's description, the project's name) and keeps the key beside them", () => {
    const names = new Map([["P-1", "Alpha"]]);
    const groups = groupFindings([finding({ projectId: "P-1" }), finding({ projectId: "P-2" })], "project", (k) => names.get(k));
    expect(groups.map((g) => [g.title, g.detail])).toEqual([["Alpha", "P-1"], ["P-2", ""]]);
  });

  it("orders a group's findings by severity, then sheet and row", () => {
    const [group] = groupFindings(
      [
        finding({ severity: "warning", location: { sheet: "Projects", cell: "A2", row: 2 } }),
        finding({ severity: "error", location: { sheet: "Projects", cell: "A9", row: 9 } }),
        finding({ severity: "error", location: { sheet: "Projects", cell: "A3", row: 3 } }),
      ],
      "rule",
    );
    expect(group.findings.map((f) => f.location!.cell)).toEqual(["A3", "A9", "A2"]);
    expect(group.counts).toEqual({ error: 2, warning: 1, info: 0 });
  });
});

describe("rows of the list", () => {
  const groups = groupFindings([finding({ ruleId: "a" }), finding({ ruleId: "a" }), finding({ ruleId: "b", severity: "warning" })], "rule");

  it("shows each group's header and the findings of open groups only", () => {
    const rows = findingRows(groups, new Set(["b"]));
    expect(rows.map((r) => (r.kind === "group" ? `group ${r.group.key}${r.open ? " open" : ""}` : `finding ${r.finding.ruleId}`))).toEqual(["group a", "group b open", "finding b"]);
  });

  it("counts each group before the filter, for headers such as 1 of 2", () => {
    const all = [finding({ ruleId: "a" }), finding({ ruleId: "a", message: "other" })];
    expect(totalsByKey(all, "rule").get("a")).toBe(2);
    expect(groupFindings(filterFindings(all, { severities: new Set(SEVERITIES), query: "other" }), "rule")[0].findings).toHaveLength(1);
  });

  it("tells when a filter leaves something out", () => {
    expect(isFiltering({ severities: new Set(SEVERITIES), query: " " })).toBe(false);
    expect(isFiltering({ severities: new Set(["error"]), query: "" })).toBe(true);
    expect(isFiltering({ severities: new Set(SEVERITIES), query: "cpi" })).toBe(true);
  });
});
