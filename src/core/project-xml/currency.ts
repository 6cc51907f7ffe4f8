/**
 * The currency of the register's money, when its headers say it ("Approved Budget (USD)", "Budget £k"):
 * Project XML carries one CurrencyCode for the file. Headers that say nothing, or disagree, give none.
 */
import type { Portfolio } from "../model/portfolio";

const CODES = ["GBP", "USD", "EUR", "AUD", "CAD", "NZD", "SGD", "MYR", "CHF", "INR", "ZAR", "HKD", "JPY"];
/** Words and symbols that name one currency (the dollar and the yen name several). */
const NAMES: Record<string, string> = { RM: "MYR", "£": "GBP", "€": "EUR" };
const MONEY_FIELDS = ["budget", "actualCost", "forecast"];

/** The ISO 4217 code the money headers of the project register name, or undefined. */
export function registerCurrency(portfolio: Portfolio): string | undefined {
  const found = new Set<string>();
  for (const d of portfolio.detections) {
    if (d.entity !== "projects") continue;
    for (const field of MONEY_FIELDS) {
      const header = d.columns[field]?.header;
      if (header === undefined) continue;
      for (const word of header.toUpperCase().split(/[^A-Z]+/)) {
        const code = CODES.includes(word) ? word : NAMES[word];
        if (code) found.add(code);
      }
      for (const symbol of ["£", "€"]) if (header.includes(symbol)) found.add(NAMES[symbol]);
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}
