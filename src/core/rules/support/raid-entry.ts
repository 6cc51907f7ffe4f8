/** What every risk/* finding says about its entry: ID, type, a short description and the project. */
import type { Risk } from "../../model/portfolio";

const SHORT = 60;

/** Data for a finding about a RAID entry ({riskId}, {type}, {summary}, {project}). */
export function entryData(risk: Risk): Record<string, unknown> {
  const text = (risk.description ?? "").replace(/\s+/g, " ").trim();
  const summary = text.length > SHORT ? `${text.slice(0, SHORT - 1).trimEnd()}…` : text;
  return {
    riskId: risk.id,
    type: risk.type,
    summary: summary === "" ? "(no description)" : summary,
    // "" rather than undefined so that messages read "… on PRJ-001" or "… (no project)".
    project: risk.projectId ? `on ${risk.projectId}` : "(no project)",
    ...(risk.projectId ? { projectId: risk.projectId } : {}),
  };
}
