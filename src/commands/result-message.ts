/**
 * The ribbon check's result as it travels to the result dialog: a few numbers in the URL's query, so
 * the dialog needs no storage and no messaging to render.
 */
export interface CheckResultMessage {
  workbook: string;
  error: number;
  warning: number;
  info: number;
  projects: number;
  /** Set when the check could not run; the dialog shows it instead of counts. */
  failure?: string;
  theme?: "light" | "dark";
}

export function encodeResult(message: CheckResultMessage): string {
  const params = new URLSearchParams({
    wb: message.workbook,
    e: String(message.error),
    w: String(message.warning),
    i: String(message.info),
    p: String(message.projects),
  });
  if (message.failure) params.set("fail", message.failure);
  if (message.theme) params.set("theme", message.theme);
  return params.toString();
}

/** Reads the query back; missing or malformed numbers become 0, never NaN in front of a user. */
export function decodeResult(query: string): CheckResultMessage {
  const params = new URLSearchParams(query);
  const count = (key: string) => {
    const n = Number(params.get(key));
    return Number.isFinite(n) && n >= 0 ? Math.floor(n) : 0;
  };
  const failure = params.get("fail");
  const theme = params.get("theme");
  return {
    workbook: params.get("wb") ?? "this workbook",
    error: count("e"),
    warning: count("w"),
    info: count("i"),
    projects: count("p"),
    ...(failure ? { failure } : {}),
    ...(theme === "dark" || theme === "light" ? { theme } : {}),
  };
}

/** The one-line headline of a result. @example headline({ error: 0, warning: 2, ... }) // "No errors: ready to submit" */
export function headline(m: CheckResultMessage): string {
  if (m.failure) return "The check did not finish";
  return m.error === 0 ? "No errors: ready to submit" : `${m.error} ${m.error === 1 ? "error" : "errors"} to fix`;
}
