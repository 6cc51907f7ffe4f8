/** Writes a file so that readers never see half of it: a temporary file beside it, then a rename. */
import { rename, unlink, writeFile, mkdir } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

export async function writeFileAtomic(target: string, bytes: Uint8Array): Promise<void> {
  await mkdir(dirname(target), { recursive: true });
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    await writeFile(temp, bytes);
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined); // the temp file may not exist; the original error matters
    throw error;
  }
}
