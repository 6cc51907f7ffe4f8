/**
 * The producer corpus: small workbooks written by other programs, and hostile spellings of them,
 * committed under test/corpus/files/ and listed in manifest.json (made by scripts/corpus/generate.ts,
 * `npm run corpus`). Any suite may use it: each entry says who wrote the file, what it exercises and
 * what reading and writing it should do.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

export interface CorpusEntry {
  /** File name under test/corpus/files/. */
  file: string;
  /** The program that wrote it ("openpyxl 3.0.9", "LibreOffice 7.4", ...), or "variant of <file>". */
  producer: string;
  /** What it exercises: issue 7 item tags such as "open-close-sheet" or "zip64", and "producer". */
  exercises: string[];
  /** One sentence on what is special about it. */
  about: string;
  /** The project ids a reader finds in it (empty when it has no register). */
  projects: string[];
  /** What writing the report into it does: keep everything of the user's, or refuse with a sentence. */
  write: { expect: "intact" } | { expect: "refused"; because: string };
  /** Every sheet of the file, in order. */
  sheets: string[];
  /**
   * The product's own unedited generated sheets among them, which a report write replaces; every
   * other sheet is the user's and must map to the same part with the same bytes after a write.
   */
  replaceable: string[];
}

export const CORPUS_DIR = join(import.meta.dirname, "files");

export function corpus(): CorpusEntry[] {
  return JSON.parse(readFileSync(join(import.meta.dirname, "manifest.json"), "utf8")) as CorpusEntry[];
}

export function corpusBytes(entry: CorpusEntry): Uint8Array {
  return new Uint8Array(readFileSync(join(CORPUS_DIR, entry.file)));
}
