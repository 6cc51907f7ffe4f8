/**
 * Progress on stderr, so stdout stays clean for JSON and pipes. On a terminal one line is rewritten
 * in place; elsewhere (CI logs) each step is a line of its own.
 */
import type { ProgressEvent } from "./check-files";
import { printable } from "./printable";

export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface Progress {
  onProgress: (event: ProgressEvent) => void;
  /** Clears the in-place line before the results are printed. */
  done: () => void;
}

export function progressReporter(stream: ProgressStream, count: number): Progress {
  const tty = stream.isTTY === true;
  let current = "";
  let position = "";
  const show = (text: string) => {
    if (tty) stream.write(`\r\x1b[2K${text}`);
    else stream.write(`${text}\n`);
    current = text;
  };
  return {
    onProgress(event) {
      if (event.kind === "file") {
        position = count > 1 ? `[${event.index + 1}/${count}] ` : "";
        return;
      }
      show(`${position}${event.phase} ${printable(event.file)}…`);
    },
    done() {
      if (tty && current) stream.write("\r\x1b[2K");
      current = "";
    },
  };
}
