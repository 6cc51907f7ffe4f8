/** Header and vocabulary normalisation: one place decides what "the same text" means. */

const BRACKETS = /\([^)]*\)|\[[^\]]*\]|\{[^}]*\}/g;
const NON_ALNUM = /[^a-z0-9%#]+/g;

/**
 * Normalises a header for matching: lower case, bracketed units dropped, "%" and "#" spelled out,
 * punctuation, spaces and line breaks removed.
 * @example normalizeHeader("Budget (RM)") // "budget"
 * @example normalizeHeader("% Complete") // "percentcomplete"
 */
export function normalizeHeader(text: string): string {
  return spelledOut(text).replace(NON_ALNUM, "");
}

/** Lower case, brackets dropped (unless that leaves nothing), "%", "#", "No." and "&" spelled out. */
function spelledOut(text: string): string {
  let s = text.toLowerCase().replace(BRACKETS, " ");
  if (s.trim() === "") s = text.toLowerCase(); // a header that is only "(RM)" keeps its text
  return s
    .replace(/%/g, " percent ")
    .replace(/#/g, " number ")
    .replace(/\bno\.(?=\s|$)/g, " number ")
    .replace(/&/g, " and ");
}

/**
 * The words of a header, normalised like normalizeHeader and with a plural "s" dropped, for matching
 * headers word by word ("Costs to date" has the words of "Cost to Date").
 * @example headerWords("Actuals YTD (£)") // ["actual", "ytd"]
 */
export function headerWords(text: string): string[] {
  return spelledOut(splitCamel(text))
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0)
    .map((w) => (w.length > 3 && w.endsWith("s") && !/(?:ss|us|is)$/.test(w) ? w.slice(0, -1) : w));
}

/**
 * CamelCase and run-together capitals split into words, as exports and databases write headers:
 * "BudgetAmount" -> "Budget Amount", "Budget_kEUR" -> "Budget_k EUR", "ProjectID" -> "Project ID".
 */
export function splitCamel(text: string): string {
  if (!/[a-z][A-Z]|[A-Z]{2}[a-z]/.test(text)) return text;
  return text.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2");
}

/** Normalises a vocabulary value (stage, decision, status): lower case, letters and digits only. */
export function normalizeWord(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "");
}

/**
 * The key an unmatched header gets in Project.extra: camelCase of its words, brackets kept as words.
 * @example extraKey("Risk Level") // "riskLevel"
 * @example extraKey("Budget (RM) 2026") // "budgetRm2026"
 */
export function extraKey(header: string): string {
  const words = header
    .replace(/%/g, " percent ")
    .replace(/#/g, " number ")
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w.length > 0);
  if (words.length === 0) return "column";
  return words.map((w, i) => (i === 0 ? w.toLowerCase() : w[0].toUpperCase() + w.slice(1).toLowerCase())).join("");
}

const PLACEHOLDERS = new Set(["", "-", "--", "---", "–", "—", "n/a", "na", "n.a.", "n.a", "tbd", "tbc", "none", "?", "??", "nil", "null", ".", "tba"]);

const PLACEHOLDER_FIRST = new Set([...PLACEHOLDERS].flatMap((p) => [p[0], p[0]?.toUpperCase()]).concat([" ", "\t", "\n", "\u00a0"]).filter(Boolean));

/** A template's prompt left in the cell: "[Project Name]", "<enter date>", "dd/mm/yyyy". */
const TEMPLATE_PROMPT = /^\s*(?:\[[^\]]*\]|<[^<>]*>|\{\{?[^{}]*\}?\}|(?:dd|mm)[/.-](?:mm|dd)[/.-]yy(?:yy)?|yyyy[/.-]mm[/.-]dd)\s*$/i;

/** True for the texts PMs type when a value is not known yet ("-", "N/A", "TBD", "None", "?") and a template's prompts ("[Project Name]"). */
export function isPlaceholder(text: string): boolean {
  // Runs on every text cell: rule most cells out by first character and length before allocating.
  const first = text.length > 0 ? text[0] : "";
  if (first === "[" || first === "<" || first === "{" || first === "d" || first === "D" || first === "m" || first === "M" || first === "y" || first === "Y" || first === " ") {
    if (text.length <= 80 && TEMPLATE_PROMPT.test(text)) return true;
  }
  if (text.length > 12) return false;
  if (text.length > 0 && !PLACEHOLDER_FIRST.has(text[0])) return false;
  return PLACEHOLDERS.has(text.trim().toLowerCase());
}
