/**
 * The header every generated sheet starts with: title, as-of date, ruleset, source fingerprint and
 * the GENERATED_MARKER line that tells readers (and people) the sheet is the product's and replaced
 * on each run. Content starts at FIRST_CONTENT_ROW.
 */
import type { DayNumber } from "../model/dates";
import type { Ruleset } from "../ruleset/types";
import { GENERATED_MARKER, type SpecCell } from "../../workbook/sheet-spec";
import { date, text } from "./cells";

/** 1-based row where a sheet's own content (usually its header row) starts. */
export const FIRST_CONTENT_ROW = 7;

export interface HeaderInput {
  label: string;
  asOf: DayNumber;
  ruleset: Ruleset;
  fingerprint: string;
}

/** Rows 1-6: the header, with an optional sheet-specific note (a legend) on row 6. */
export function headerRows(title: string, input: HeaderInput, note?: string): (SpecCell | null)[][] {
  return [
    [text(title, "title")],
    [text("As of", "bold"), date(input.asOf)],
    [text("Ruleset", "bold"), text(`${input.ruleset.name} (version ${input.ruleset.version})`)],
    [text("Source data", "bold"), text(`${input.label} · fingerprint ${input.fingerprint}`)],
    [text(`${GENERATED_MARKER} from the source data. This sheet is replaced on each run; do not edit it.`, "note")],
    note ? [text(note, "note")] : [],
  ];
}
