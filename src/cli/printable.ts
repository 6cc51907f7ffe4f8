/**
 * Text the CLI prints comes partly from workbooks and file names, which a submitter controls. Control
 * characters in them (terminal escape codes that clear the screen or rewrite earlier lines, a
 * carriage return, a backspace) and the bidirectional overrides that reorder what a line shows are
 * printed as visible escapes, so what the terminal shows is what the workbook holds.
 */

// C0 controls (tab, newline and escape included), DEL, C1 controls, and the bidi embedding,
// override and isolate characters.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/**
 * One line of untrusted text, safe for a terminal.
 * @example printable("P-1\u001b[2J") // "P-1\\x1b[2J"
 */
export function printable(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}
