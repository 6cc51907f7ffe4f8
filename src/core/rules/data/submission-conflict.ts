import type { RecordSource } from "../../model/portfolio";
import { cellOf } from "../../lookup/location";
import { matchKey } from "../../lookup/keys";
import { splitFileSheet, submissionOf } from "../../consolidate/sheets";
import { formatAmount } from "../support/format";
import { defineRule } from "../rule";

/**
 * Consolidated submissions that disagree (pmo-rulebook check --consolidate): the same person listed
 * with different capacities, the same project with different budgets. The consolidation never picks
 * one silently: each disagreement is reported at the later cell, naming the earlier one. A portfolio
 * read from one workbook has nothing to disagree with (duplicates within it are data/duplicate-id's),
 * except a consolidated workbook, whose Source column names each project row's submission.
 */
export default defineRule({
  id: "data/submission-conflict",
  meta: {
    description: "Two submissions give the same person different capacities, or the same project different budgets.",
    defaultSeverity: "error",
    options: {},
    messages: {
      capacity: "{resource} has a capacity of {capacity} FTE here but {otherCapacity} FTE at {otherCell}; the first is used.",
      budget: "Project {projectId} has a budget of {budget} here but {otherBudget} at {otherCell}.",
    },
  },
  check({ portfolio, index, report }) {
    const ref = (source: RecordSource, field: string) => {
      const at = cellOf(source, field);
      return `${at.sheet}!${at.cell}`;
    };
    for (const r of portfolio.mergedResources ?? []) {
      const kept = index.resourcesByName.get(matchKey(r.name));
      if (!kept || r.capacityDefaulted || kept.capacityDefaulted || r.capacity === kept.capacity) continue;
      report({
        messageId: "capacity",
        data: { resource: r.name, capacity: r.capacity, otherCapacity: kept.capacity, otherCell: ref(kept.source, "capacity") },
        resource: r.name,
        location: cellOf(r.source, "capacity"),
      });
    }
    // The first project of each id per submission; a later submission's budget is compared with it.
    const first = new Map<string, { file: string; budget?: number; source: RecordSource }[]>();
    for (let i = 0; i < portfolio.projects.length; i++) {
      const p = portfolio.projects[i];
      const key = index.projectKeys[i];
      // In a consolidated workbook checked on its own, the Source column names the submission.
      const file = submissionOf(p.source) ?? (typeof p.extra?.source === "string" ? splitFileSheet(p.extra.source).file : undefined);
      if (key === "" || file === undefined) continue;
      const seen = first.get(key);
      if (!seen) {
        first.set(key, [{ file, budget: p.budget, source: p.source }]);
        continue;
      }
      if (seen.some((s) => s.file === file)) continue;
      const other = seen.find((s) => s.budget !== undefined);
      seen.push({ file, budget: p.budget, source: p.source });
      if (p.budget === undefined || other === undefined || other.budget === p.budget) continue;
      report({
        messageId: "budget",
        data: { projectId: p.id, budget: formatAmount(p.budget), otherBudget: formatAmount(other.budget!), otherCell: ref(other.source, "budget") },
        projectId: p.id,
        location: cellOf(p.source, "budget"),
      });
    }
  },
});
