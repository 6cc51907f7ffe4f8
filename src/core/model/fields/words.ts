/** Qualifier words several fields share (see FieldSpec.qualifiers). */

export const PROJECT = ["project", "proj"];
/** Which state: "Current Stage", "Overall Status". */
export const STATE = [...PROJECT, "current", "overall", "latest"];
/** Units and scales written next to an amount instead of in brackets: "Budget £k", "Spend in GBP '000". */
export const MONEY = ["total", "amount", "in", "k", "m", "mn", "mm", "bn", "000", "thousand", "million", "gbp", "usd", "eur", "aud", "cad", "nzd", "sgd", "myr", "rm", "chf", "inr", "zar", "hkd", "jpy"];
/** Cumulative figures: what has been spent or earned so far. */
export const TO_DATE = ["to date", "year to date", "ytd", "itd", "ltd", "fytd", "life to date", "inception to date", "so far", "till date", "todate", "cumulative", "cum", "actual"];
/** Which date of a plan. */
export const DATES = ["planned", "plan", "baseline", "original", "scheduled", "target", "date", "actual", "current", "revised", "agreed"];
