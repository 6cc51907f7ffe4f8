import type { RecordSource } from "../../model/portfolio";
import { cellOf } from "../../lookup/location";
import { defineRule } from "../rule";

/**
 * Two project rows with the same id (ignoring case and spaces), or two resources with the same name:
 * every lookup by id becomes ambiguous. Each repeat is reported at its own id cell, naming the first.
 */
export default defineRule({
  id: "data/duplicate-id",
  meta: {
    description: "Two projects share an id, or two resources share a name.",
    defaultSeverity: "error",
    options: {},
    messages: {
      duplicateProject: "Project id {id} is used again here; first used at {firstCell}.",
      duplicateResource: "Resource {id} is listed again here; first listed at {firstCell}.",
    },
    requires: [{ entity: "projects", fields: ["id"] }],
  },
  check({ portfolio, index, report }) {
    const firstProject = new Map<string, RecordSource>();
    for (let i = 0; i < portfolio.projects.length; i++) {
      const p = portfolio.projects[i];
      const key = index.projectKeys[i];
      if (key === "") continue;
      const first = firstProject.get(key);
      if (!first) {
        firstProject.set(key, p.source);
        continue;
      }
      const at = cellOf(first, "id");
      report({ messageId: "duplicateProject", data: { id: p.id, firstCell: `${at.sheet}!${at.cell}` }, projectId: p.id, location: cellOf(p.source, "id") });
    }
    const firstResource = new Map<string, RecordSource>();
    for (let i = 0; i < portfolio.resources.length; i++) {
      const r = portfolio.resources[i];
      const key = index.resourceKeys[i];
      const first = firstResource.get(key);
      if (!first) {
        firstResource.set(key, r.source);
        continue;
      }
      const at = cellOf(first, "name");
      report({ messageId: "duplicateResource", data: { id: r.name, firstCell: `${at.sheet}!${at.cell}` }, resource: r.name, location: cellOf(r.source, "name") });
    }
  },
});
