/** Number formatting for messages: deterministic, independent of the machine's locale. */

/** 1234567.891 -> "1,234,567.89"; NaN and infinities as written by JavaScript. */
export function formatAmount(value: number, decimals = 2): string {
  if (!Number.isFinite(value)) return String(value);
  let fixed = Math.abs(value).toFixed(decimals);
  if (fixed.includes(".")) fixed = fixed.replace(/0+$/, "").replace(/\.$/, "");
  const [int, frac] = fixed.split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return (value < 0 && Number(fixed) !== 0 ? "-" : "") + grouped + (frac ? `.${frac}` : "");
}

/** 0.1234 -> "12.3%". */
export function formatPercent(fraction: number, decimals = 1): string {
  return `${formatAmount(fraction * 100, decimals)}%`;
}

/** An index such as CPI, always with two decimals: 0.9 -> "0.90". */
export function formatIndex(value: number): string {
  return Number.isFinite(value) ? value.toFixed(2) : String(value);
}

/** Fills {placeholders} from data; numbers are formatted, arrays joined, unknown names left as written. */
export function fillMessage(template: string, data: Record<string, unknown>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in data)) return whole;
    return display(data[name]);
  });
}

function display(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "number") return formatAmount(value);
  if (Array.isArray(value)) return value.map(display).join(", ");
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}
