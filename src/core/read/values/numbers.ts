/**
 * Amounts and percentages as PMs type them: "RM 1,234.50", "(1,234)", "€1.234,56", "1.2M", "250k", "50%".
 * Each parser returns NaN for text that is not a number of its kind.
 */

// Codes may touch the digits ("RM1.2M", "1200USD"); letters around them must not be part of a word.
const CURRENCY = /(?<![a-z])(?:us\$|a\$|c\$|s\$|rm|usd|eur|gbp|myr|aud|cad|nzd|sgd|chf|jpy|cny|inr|zar|sek|nok|dkk|hkd|brl|mxn)(?![a-z])|[$€£¥₹₩₽₺₫₱฿]/gi;
const SCALE: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, mm: 1e6, mn: 1e6, mil: 1e6, million: 1e6, b: 1e9, bn: 1e9, billion: 1e9 };
const NUMBER_WITH_SCALE = /^([+-]?)(\d[\d.,'\s]*|\.\d+)\s*(k|thousand|mm|mn|m|mil|million|bn|b|billion)?$/i;

/**
 * Parses an amount: currency symbols and codes, thousands separators, brackets or a minus for negatives,
 * and k/M/bn suffixes.
 * @example parseAmountText("RM 1,234.50") // 1234.5
 * @example parseAmountText("(2,000)") // -2000
 * @example parseAmountText("1.2M") // 1200000
 */
export function parseAmountText(raw: string): number {
  let text = unify(raw).replace(CURRENCY, "").trim();
  let negative = false;
  if (/^\(.*\)$/.test(text)) {
    negative = true;
    text = text.slice(1, -1).trim();
  }
  if (text.endsWith("-") && !text.startsWith("-")) {
    negative = true;
    text = text.slice(0, -1).trim();
  }
  text = text.replace(CURRENCY, "").trim();
  const m = NUMBER_WITH_SCALE.exec(text);
  if (!m) return NaN;
  const digits = normaliseSeparators(m[2].replace(/[\s']/g, ""));
  if (digits === null) return NaN;
  let value = Number(digits);
  if (!Number.isFinite(value)) return NaN;
  if (m[3]) value *= SCALE[m[3].toLowerCase()];
  if (m[1] === "-") negative = !negative;
  return negative ? -value : value;
}

/** Non-breaking and thin spaces become spaces, the typographic minus a hyphen; trimmed. */
function unify(raw: string): string {
  return /[\u00a0\u2009\u202f\u2212]/.test(raw) ? raw.replace(/[\u00a0\u2009\u202f]/g, " ").replace(/\u2212/g, "-").trim() : raw.trim();
}

/** True when an amount's text carries its own scale ("1.2M", "RM 250k", "(3 million)"). */
export function hasScaleSuffix(raw: string): boolean {
  return /\d\s*(?:k|thousand|mm|mn|m|mil|million|bn|b|billion)\s*\)?\s*-?$/i.test(raw.replace(CURRENCY, "").trim());
}

/** Turns "1,234.5", "1.234,5", "1,234" and "12,5" into JS number text; null when inconsistent. */
function normaliseSeparators(s: string): string | null {
  const lastComma = s.lastIndexOf(",");
  const lastDot = s.lastIndexOf(".");
  if (lastComma >= 0 && lastDot >= 0) {
    // Both present: the later one is the decimal mark.
    return lastDot > lastComma ? s.replace(/,/g, "") : s.replace(/\./g, "").replace(",", ".");
  }
  if (lastComma >= 0) {
    // Only commas: groups of three are thousands ("1,234,567"); one comma before 1–2 digits is a decimal.
    if (/^\d{1,3}(,\d{3})+$/.test(s)) return s.replace(/,/g, "");
    if (/^\d+,\d{1,2}$/.test(s)) return s.replace(",", ".");
    return null;
  }
  if ((s.match(/\./g) ?? []).length > 1) {
    return /^\d{1,3}(\.\d{3})+$/.test(s) ? s.replace(/\./g, "") : null;
  }
  return s;
}

/**
 * Parses a percentage or fraction typed as text: "50%" -> 0.5, "0.5" -> 0.5; "50" -> 50 (the column
 * decides whether that is on a 0–100 scale). Returns { value, percentSign }.
 */
export function parsePercentText(raw: string): { value: number; percentSign: boolean } {
  const text = unify(raw).replace(/\s*(?:percent|pct)\.?$/i, "%");
  const percentSign = text.endsWith("%");
  const body = percentSign ? text.slice(0, -1) : text;
  const value = parsePlainNumber(body);
  if (Number.isNaN(value)) return { value: NaN, percentSign };
  return { value: percentSign ? value / 100 : value, percentSign };
}

/** Parses a plain number typed as text ("1,5", "2.25", " 40 "); NaN otherwise. */
export function parsePlainNumber(raw: string): number {
  const text = unify(raw).replace(/\s/g, "");
  if (!/^[+-]?(\d[\d.,]*|\.\d+)$/.test(text)) return NaN;
  const sign = text.startsWith("-") ? -1 : 1;
  const digits = normaliseSeparators(text.replace(/^[+-]/, ""));
  if (digits === null) return NaN;
  const n = Number(digits);
  return Number.isFinite(n) ? sign * n : NaN;
}
