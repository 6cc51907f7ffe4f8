/**
 * Errors the CLI reports to the person as one sentence (plus details such as a ruleset's JSON paths),
 * with exit status 2. Anything else that escapes is a bug, still reported without a stack trace.
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly details: string[] = [],
  ) {
    super(message);
    this.name = "CliError";
  }
}

/** First line of an error's message, trimmed of a trailing period, for "... (reason)." sentences. */
export function reason(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (text.split("\n")[0] ?? "").trim().replace(/\.$/, "") || "unknown error";
}

/**
 * One sentence saying why a workbook file could not be read. The reader already words its errors as
 * sentences about the workbook's label (its file name); they are kept, naming the path instead.
 */
export function describeReadError(file: string, error: unknown, label?: string): string {
  const code = (error as { code?: string } | null)?.code;
  if (code === "ENOENT") return `${file}: no such file.`;
  if (code === "EACCES" || code === "EPERM") return `${file}: permission denied.`;
  if (code === "EISDIR") return `${file} is a folder, not a workbook.`;
  const text = reason(error);
  if (label && text.startsWith(`${label} `)) return `${file}${text.slice(label.length)}.`;
  return `${file} could not be read as an .xlsx workbook (${text}).`;
}
