/**
 * Colours both writers give the status styles (good / warn / bad / neutral / info), for cells and
 * for conditional formats, so a report written into a file looks the same as one written in Excel.
 * Hex RGB without "#" or alpha; each writer adds what its format wants ("FF" in OOXML, "#" in Office.js).
 */

export type StatusStyle = "good" | "warn" | "bad" | "neutral" | "info";

/** Excel's own "Good", "Neutral" and "Bad" cell-style colours, plus a grey and a blue. */
export const STATUS_COLORS: Readonly<Record<StatusStyle, { readonly font: string; readonly fill: string }>> = {
  good: { font: "006100", fill: "C6EFCE" },
  warn: { font: "9C5700", fill: "FFEB9C" },
  bad: { font: "9C0006", fill: "FFC7CE" },
  neutral: { font: "3A3A3A", fill: "EDEDED" },
  info: { font: "1F4E79", fill: "DDEBF7" },
};

export const STATUS_STYLES = Object.keys(STATUS_COLORS) as StatusStyle[];
