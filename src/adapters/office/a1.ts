/** A1 addresses from zero-based indexes, so a range can be named with Worksheet.getRange (ExcelApi 1.1). */

export function columnLetters(col: number): string {
  let n = col + 1;
  let letters = "";
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** "B3" for zero-based row 2, column 1. */
export function cellName(col: number, row: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** "A1:C10" for a zero-based rectangle (a single cell stays "A1"). */
export function rectAddress(row: number, col: number, rows: number, cols: number): string {
  const first = cellName(col, row);
  return rows === 1 && cols === 1 ? first : `${first}:${cellName(col + cols - 1, row + rows - 1)}`;
}

/** The local part of "'My Sheet'!B2:D4": "B2:D4". */
export function localAddress(address: string): string {
  return address.slice(address.lastIndexOf("!") + 1);
}
