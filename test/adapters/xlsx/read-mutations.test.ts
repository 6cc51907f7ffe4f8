/**
 * Hostile inputs (issue 7, read side): a few hundred corrupted copies of the sample (bytes flipped in
 * compressed data and in zip headers, cut short, parts swapped for junk) are either read or refused
 * with one sentence that names the file; never an internal error, a crash or a hang.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { readXlsx } from "../../../src/adapters/xlsx/read-workbook";
import { readPackage } from "../../../src/adapters/xlsx/read/index";
import { seededRandom } from "../../../scripts/seeded-random";

const sample = new Uint8Array(readFileSync(resolve(import.meta.dirname, "../../../assets/sample-portfolio.xlsx")));
const INTERNAL = /Cannot read|undefined|is not a function|Maximum call stack|RangeError|TypeError|null \(reading/;

function mutants(count: number): { how: string; bytes: Uint8Array }[] {
  const rand = seededRandom(20261203);
  const out: { how: string; bytes: Uint8Array }[] = [];
  for (let i = 0; i < count; i++) {
    const bytes = sample.slice();
    const kind = i % 4;
    if (kind === 0) {
      // A few bytes flipped anywhere (compressed data, local headers, the central directory).
      for (let k = 0; k < 1 + (i % 5); k++) bytes[Math.floor(rand() * bytes.length)] ^= 1 + Math.floor(rand() * 255);
      out.push({ how: `flipped bytes #${i}`, bytes });
    } else if (kind === 1) {
      out.push({ how: `cut at ${i}`, bytes: bytes.subarray(0, Math.floor(rand() * bytes.length)) });
    } else if (kind === 2) {
      // The last 4 kB (the directory) damaged.
      for (let k = 0; k < 8; k++) bytes[bytes.length - 1 - Math.floor(rand() * 4096)] ^= 0xff;
      out.push({ how: `directory damaged #${i}`, bytes });
    } else {
      // One part replaced by junk or by a truncated copy of itself: well-formed zip, hostile XML.
      const files = unzipSync(sample);
      const names = Object.keys(files).filter((n) => n.endsWith(".xml") || n.endsWith(".rels"));
      const name = names[Math.floor(rand() * names.length)];
      const original = files[name];
      files[name] = rand() < 0.5 ? original.subarray(0, Math.floor(rand() * original.length)) : strToU8("<x" + "<".repeat(Math.floor(rand() * 50)) + " a='>");
      out.push({ how: `${name} replaced #${i}`, bytes: zipSync(files) });
    }
  }
  return out;
}

describe("corrupted copies of the sample", () => {
  it("are read, or refused with one sentence naming the file, never with an internal error", async () => {
    const outcomes = { read: 0, refused: 0 };
    for (const m of mutants(320)) {
      try {
        await readXlsx(m.bytes, { label: "mutant.xlsx" });
        // The fflate path (the pane's worker) must agree that it is readable.
        readPackage(m.bytes, { label: "mutant.xlsx" });
        outcomes.read++;
      } catch (e) {
        expect(e, m.how).toBeInstanceOf(Error);
        const message = (e as Error).message;
        expect(message, m.how).toMatch(/^mutant\.xlsx (cannot be read as an \.xlsx workbook: |is not an \.xlsx workbook|is password-protected).*\.$/);
        expect(message.split("\n"), m.how).toHaveLength(1);
        expect(message, `${m.how}: ${message}`).not.toMatch(INTERNAL);
        outcomes.refused++;
      }
    }
    expect(outcomes.refused).toBeGreaterThan(100);
  });
});
