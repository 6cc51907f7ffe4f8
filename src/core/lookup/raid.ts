/**
 * What rules and report sheets ask of a RAID log entry: is it open, what is its score on the
 * probability × impact matrix, and is it rated High, Medium or Low under the ruleset's thresholds.
 * One place, so the rules (risk/*) and the Risk Heatmap never disagree.
 */
import type { Risk } from "../model/portfolio";
import type { Thresholds } from "../ruleset/types";
import { looseKey } from "./keys";

export type RiskLevel = "High" | "Medium" | "Low";

/** Open unless its status says closed: an entry nobody closed is still being managed (or should be). */
export function isOpen(risk: Risk): boolean {
  return risk.status !== "Closed";
}

/**
 * The top of the scale the entry is rated on: the reader's (3 for Low / Medium / High, 5 for 1–5);
 * a numeric rating above 9 can only be on a 5 × 5 matrix. Undefined when nothing says.
 */
export function scaleOf(risk: Risk): 3 | 5 | undefined {
  if (risk.scale === 3 || risk.scale === 5) return risk.scale;
  if (risk.scale !== undefined) return risk.scale > 3 ? 5 : 3;
  if (risk.rating !== undefined && risk.rating > 9 && risk.rating <= 25) return 5;
  return undefined;
}

/**
 * Probability × impact when both are given, else the rating written as a number (on the entry's
 * scale). Undefined when the entry is not scored.
 */
export function riskScore(risk: Risk): number | undefined {
  if (risk.probability !== undefined && risk.impact !== undefined) return risk.probability * risk.impact;
  if (risk.rating !== undefined && Number.isFinite(risk.rating) && risk.rating > 0) return risk.rating;
  return undefined;
}

/** The score from which an entry is High on a scale (thresholds.riskHighScore3 / riskHighScore5). */
export function highScore(scale: 3 | 5, thresholds: Thresholds): number {
  return scale === 5 ? thresholds.riskHighScore5 : thresholds.riskHighScore3;
}

/** The score from which an entry is Medium: half the High score, rounded up (3 on 3 × 3, 8 on 5 × 5 by default). */
export function mediumScore(scale: 3 | 5, thresholds: Thresholds): number {
  return Math.ceil(highScore(scale, thresholds) / 2);
}

const WORD_LEVELS: Record<string, RiskLevel> = {
  high: "High", veryhigh: "High", critical: "High", severe: "High", extreme: "High", major: "High", red: "High", h: "High", vh: "High",
  medium: "Medium", med: "Medium", moderate: "Medium", amber: "Medium", m: "Medium",
  low: "Low", verylow: "Low", minor: "Low", negligible: "Low", green: "Low", l: "Low", vl: "Low",
};

/** The level of a score on a scale. */
export function levelOfScore(score: number, scale: 3 | 5, thresholds: Thresholds): RiskLevel {
  if (score >= highScore(scale, thresholds)) return "High";
  if (score >= mediumScore(scale, thresholds)) return "Medium";
  return "Low";
}

/**
 * High, Medium or Low: from the score on its scale, else from a rating written as a word ("High",
 * "Critical", "Amber"). Undefined when the entry is neither scored nor rated in words.
 */
export function riskLevel(risk: Risk, thresholds: Thresholds): RiskLevel | undefined {
  const score = riskScore(risk);
  const scale = scaleOf(risk);
  if (score !== undefined && scale !== undefined) return levelOfScore(score, scale, thresholds);
  if (risk.ratingRaw !== undefined) {
    const w = looseKey(risk.ratingRaw);
    if (Object.hasOwn(WORD_LEVELS, w)) return WORD_LEVELS[w];
  }
  return undefined;
}
