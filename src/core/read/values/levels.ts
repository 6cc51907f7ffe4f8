/**
 * Levels on a small scale, as RAID logs write probability and impact: 1–5 as numbers or text ("3",
 * "3 - Medium", "High (4)"), or words. Three words make a 1–3 scale (Low, Medium, High); the five-point
 * words of a 5×5 matrix make a 1–5 one (Very Low … Very High; Rare … Almost Certain; Insignificant …
 * Catastrophic). A percentage (a probability of 30%) falls in one of five 20% bands.
 */

/** A level and whether the way it was written implies the five-point scale. */
export interface Level {
  value: number;
  five: boolean;
  /** Written as a number: already on its scale, never lifted like a word (a "3" beside a "5" stays 3). */
  numeric?: boolean;
}

const THREE: Record<string, number> = { low: 1, l: 1, lo: 1, medium: 2, med: 2, m: 2, moderate: 2, mid: 2, high: 3, h: 3, hi: 3 };
const FIVE: Record<string, number> = {
  verylow: 1, vl: 1, rare: 1, insignificant: 1, negligible: 1, remote: 1, minimal: 1,
  unlikely: 2, minor: 2,
  possible: 3,
  likely: 4, major: 4, significant: 4, probable: 4,
  veryhigh: 5, vh: 5, almostcertain: 5, certain: 5, catastrophic: 5, severe: 5, critical: 5, extreme: 5,
};
const NUMBERED = /^(\d+(?:\.\d+)?)\s*(?:[-–—:.)]\s*.*)?$|^[^\d(]*\((\d+(?:\.\d+)?)\)\s*$/;

/**
 * Reads one level; null when the text is not one.
 * @example parseLevel("High") // { value: 3, five: false }
 * @example parseLevel("Almost certain") // { value: 5, five: true }
 * @example parseLevel("4 - Likely") // { value: 4, five: true }
 */
export function parseLevel(text: string): Level | null {
  const t = text.trim();
  const percent = /^(\d+(?:\.\d+)?)\s*%$/.exec(t);
  if (percent) return fromFraction(+percent[1] / 100);
  // A band of a probability table: "75% to 100%", "50-75%": its middle.
  const band = /^(\d+(?:\.\d+)?)\s*%?\s*(?:to|-|–)\s*(\d+(?:\.\d+)?)\s*%$/i.exec(t);
  if (band) return fromFraction((+band[1] + +band[2]) / 200);
  const n = NUMBERED.exec(t);
  if (n) {
    const value = +(n[1] ?? n[2]);
    return value > 0 && value <= 10 ? { value, five: value > 3, numeric: true } : null;
  }
  // "M to H", "Medium - High", "L/M": between two levels, the higher (the cautious reading).
  const between = t.split(/\s*(?:\bto\b|-|–|\/)\s*/i);
  if (between.length === 2 && between[0] !== "" && between[1] !== "") {
    const [a, b] = between.map((x) => parseLevel(x));
    if (a && b) return a.value >= b.value ? a : b;
  }
  const word = t.toLowerCase().replace(/[^a-z]+/g, "");
  if (Object.hasOwn(FIVE, word)) return { value: FIVE[word], five: true };
  if (Object.hasOwn(THREE, word)) return { value: THREE[word], five: false };
  // "Medium at the beginning", "Very high - vendor", "High (cost)": the leading words say it.
  const words = t.toLowerCase().split(/[^a-z]+/).filter(Boolean);
  for (const n of [2, 1]) {
    if (words.length <= n) continue;
    const lead = words.slice(0, n).join("");
    if (Object.hasOwn(FIVE, lead) && lead.length > 1) return { value: FIVE[lead], five: true };
    if (Object.hasOwn(THREE, lead) && lead.length > 1) return { value: THREE[lead], five: false };
  }
  return null;
}

/** A probability written as a fraction or percentage, in five 20% bands (30% = 2). */
export function fromFraction(p: number): Level | null {
  if (!(p > 0) || p > 1) return null;
  return { value: Math.min(5, Math.max(1, Math.ceil(p * 5 - 1e-9))), five: true };
}

/**
 * Puts a level read on the three-word scale onto the five-point scale, for a column that mixes them
 * ("Low" beside "4"): Low, Medium, High become 2, 3, 4. Numbers keep their value.
 */
export function onFivePoints(level: Level): number {
  return level.five || level.numeric ? level.value : level.value + 1;
}
