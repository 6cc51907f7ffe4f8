/**
 * What the Risk Heatmap and the summary show about the RAID log: open risks counted on the
 * probability × impact matrix of their scale, the top open risks by score, and counts by type and
 * level. Scores and levels come from lookup/raid, so the sheet and the risk/* rules agree.
 */
import type { DayNumber } from "../model/dates";
import type { Portfolio, Project, RaidType, Risk } from "../model/portfolio";
import type { Thresholds } from "../ruleset/types";
import { isOpen, riskLevel, riskScore, scaleOf, type RiskLevel } from "../lookup/raid";
import { matchKey } from "../lookup/keys";
import { uniqueProjects } from "../metrics/unique-projects";

export const RAID_TYPES: RaidType[] = ["Risk", "Issue", "Assumption", "Dependency"];
export const TOP_RISKS = 15;

export interface RiskMatrix {
  scale: 3 | 5;
  /** counts[probability - 1][impact - 1]: open risks in that cell. */
  counts: number[][];
  total: number;
}

export interface RatedRisk {
  risk: Risk;
  project?: Project;
  score?: number;
  level?: RiskLevel;
}

export interface TypeCounts {
  type: RaidType;
  open: number;
  closed: number;
  High: number;
  Medium: number;
  Low: number;
  unrated: number;
}

export interface RiskFigures {
  matrices: RiskMatrix[];
  /** Open risks that are not on a matrix (no probability or impact). */
  offMatrix: number;
  top: RatedRisk[];
  byType: TypeCounts[];
  /** Open risks rated High with no mitigation, open entries without owner, open entries past their review date. */
  watch: { highNoMitigation: number; noOwner: number; reviewPassed: number };
}

const LEVEL_RANK: Record<RiskLevel, number> = { High: 3, Medium: 2, Low: 1 };

/** The RAID log's figures as of a date. */
const computed = new WeakMap<Portfolio, { key: unknown[]; value: RiskFigures }>();

/** riskFigures once per portfolio, as-of date and thresholds: the sheet and the summary share it. */
export function riskFigures(portfolio: Portfolio, thresholds: Thresholds, asOf: DayNumber): RiskFigures {
  const key = [portfolio.risks, portfolio.risks.length, portfolio.projects.length, thresholds, asOf];
  const hit = computed.get(portfolio);
  if (hit && hit.key.every((k, i) => k === key[i])) return hit.value;
  const value = compute(portfolio, thresholds, asOf);
  computed.set(portfolio, { key, value });
  return value;
}

function compute(portfolio: Portfolio, thresholds: Thresholds, asOf: DayNumber): RiskFigures {
  const projects = new Map(uniqueProjects(portfolio.projects).projects.map((p) => [matchKey(p.id), p]));
  const matrices = new Map<3 | 5, RiskMatrix>();
  const byType = new Map(RAID_TYPES.map((type) => [type, { type, open: 0, closed: 0, High: 0, Medium: 0, Low: 0, unrated: 0 }]));
  const rated: RatedRisk[] = [];
  const watch = { highNoMitigation: 0, noOwner: 0, reviewPassed: 0 };
  let offMatrix = 0;
  for (const risk of portfolio.risks) {
    const counts = byType.get(risk.type)!;
    if (!isOpen(risk)) {
      counts.closed++;
      continue;
    }
    counts.open++;
    const level = riskLevel(risk, thresholds);
    counts[level ?? "unrated"]++;
    if (risk.owner === undefined) watch.noOwner++;
    if (risk.reviewDate !== undefined && risk.reviewDate < asOf) watch.reviewPassed++;
    if (risk.type !== "Risk") continue;
    if (level === "High" && risk.mitigation === undefined) watch.highNoMitigation++;
    rated.push({ risk, project: risk.projectId === undefined ? undefined : projects.get(matchKey(risk.projectId)), score: riskScore(risk), level });
    const scale = scaleOf(risk);
    const { probability: p, impact: i } = risk;
    if (scale === undefined || p === undefined || i === undefined || p < 1 || i < 1 || p > scale || i > scale) {
      offMatrix++;
      continue;
    }
    let m = matrices.get(scale);
    if (!m) matrices.set(scale, (m = { scale, counts: Array.from({ length: scale }, () => new Array<number>(scale).fill(0)), total: 0 }));
    m.counts[Math.round(p) - 1][Math.round(i) - 1]++;
    m.total++;
  }
  const top = rated
    .filter((r) => r.score !== undefined || r.level !== undefined)
    .sort((a, b) => (b.level ? LEVEL_RANK[b.level] : 0) - (a.level ? LEVEL_RANK[a.level] : 0) || (b.score ?? 0) - (a.score ?? 0) || (a.risk.id < b.risk.id ? -1 : a.risk.id > b.risk.id ? 1 : 0))
    .slice(0, TOP_RISKS);
  return { matrices: [...matrices.values()].sort((a, b) => b.scale - a.scale), offMatrix, top, byType: [...byType.values()], watch };
}
