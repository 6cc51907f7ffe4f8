import { defineRule } from "../rule";

/**
 * Formula cells of a read column whose result the file does not give (src/core/read/uncalculated.ts):
 * the workbook was written by a program that does not calculate (openpyxl, XlsxWriter, a script), and
 * nobody has opened and saved it in Excel since. Their values are unknown, so every rule that would
 * have read them has not: the check says so, one finding per run of cells down a column, rather than
 * passing them as empty. Excel always calculates, so a workbook checked in the add-in never has them.
 */
export default defineRule({
  id: "data/uncalculated-formula",
  meta: {
    description: "Formula cells have no calculated result in the file (written by a program that does not calculate), so they could not be checked.",
    defaultSeverity: "error",
    options: {},
    messages: {
      one: "The formula in {header} has no calculated result in this file, so its value is unknown and was not checked. Open the file in Excel or LibreOffice and save it, then check again.",
      many: "The {count} formulas in {header} from here down ({range}) have no calculated result in this file, so their values are unknown and were not checked. Open the file in Excel or LibreOffice and save it, then check again.",
    },
  },
  check({ portfolio, report }) {
    for (const issue of portfolio.issues) {
      if (issue.kind !== "uncalculated-formula") continue;
      report({
        messageId: issue.count === 1 ? "one" : "many",
        data: { range: issue.range, count: issue.count, header: issue.header, field: issue.field, entity: issue.entity },
        location: issue.location,
      });
    }
  },
});
