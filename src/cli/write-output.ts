/**
 * Writing a workbook file so that nothing of the user's is lost: readers never see half of it (a
 * temporary file beside the real target, flushed, then renamed over it), a symbolic link keeps
 * pointing at the workbook (the file it points at is replaced, not the link), a read-only file is
 * never overwritten (not even by root, who could), and the replaced file's mode and owner are kept.
 */
import { randomBytes } from "node:crypto";
import { constants, type Stats } from "node:fs";
import { access, chmod, lstat, mkdir, open, realpath, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { CliError } from "./errors";

/** The file a path names once every symbolic link (of the file and its folders) is followed. */
export async function realTarget(target: string): Promise<string> {
  try {
    return await realpath(target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    // A new file: its folder may be a link, or not exist yet.
    const info = await lstat(target).catch(() => null);
    if (info?.isSymbolicLink()) throw new CliError(`${target} is a symbolic link to a file that does not exist; point it at a workbook or write elsewhere.`);
    const folder = await realpath(dirname(target)).catch(() => dirname(target));
    return join(folder, basename(target));
  }
}

/** Why the existing file must not be replaced, or null when it may be. */
async function refusal(target: string, info: Stats): Promise<string | null> {
  if (!info.isFile()) return `${target} is not a regular file`;
  // Root passes every permission check, so the mode bits say what the owner meant.
  if ((info.mode & 0o222) === 0) return `${target} is read-only`;
  try {
    await access(target, constants.W_OK);
  } catch {
    return `${target} is read-only for you`;
  }
  return null;
}

/**
 * Writes `bytes` (or pieces of them, in order) to `target` (following links to the real file); see
 * the module comment. Throws a CliError sentence when the target must not be replaced.
 */
export async function writeWorkbookFile(target: string, bytes: Uint8Array | readonly Uint8Array[]): Promise<string> {
  const real = await realTarget(target);
  const existing = await stat(real).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return null;
    throw error;
  });
  if (existing) {
    const why = await refusal(real, existing);
    if (why) throw new CliError(`${why}; it was not changed.`);
  }
  await mkdir(dirname(real), { recursive: true });
  const temp = join(dirname(real), `.${basename(real)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  // A new file gets the usual mode (0666 less the umask); a replaced one its own, set below.
  const handle = await open(temp, "wx", existing ? 0o600 : 0o666);
  try {
    for (const piece of bytes instanceof Uint8Array ? [bytes] : bytes) {
      for (let at = 0; at < piece.length; ) at += (await handle.write(piece, at, piece.length - at)).bytesWritten;
    }
    if (existing) await keepModeAndOwner(handle, temp, existing, real);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await unlink(temp).catch(() => undefined); // the temp file's removal is best effort; the original error matters
    throw error;
  }
  await handle.close();
  try {
    await rename(temp, real);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncFolder(dirname(real));
  return real;
}

async function keepModeAndOwner(handle: Awaited<ReturnType<typeof open>>, temp: string, was: Stats, real: string): Promise<void> {
  await handle.chmod(was.mode & 0o7777);
  if (was.uid === process.getuid?.() && was.gid === process.getgid?.()) return;
  try {
    await handle.chown(was.uid, was.gid);
  } catch {
    throw new CliError(`${real} belongs to another user, and replacing it would make it yours; run as its owner or write the report elsewhere with --out.`);
  }
  // Some file systems drop set-id bits on chown: put the mode back.
  await chmod(temp, was.mode & 0o7777);
}

/** Flushes the folder entry of the rename, where the platform allows it (not on Windows). */
async function syncFolder(folder: string): Promise<void> {
  if (process.platform === "win32") return;
  const dir = await open(folder, "r").catch(() => null);
  if (!dir) return;
  try {
    await dir.sync();
  } catch {
    // Some file systems cannot fsync a folder; the rename itself has happened.
  } finally {
    await dir.close();
  }
}

/** dev+ino of a file, or undefined when it does not exist. */
export async function identity(path: string): Promise<string | undefined> {
  const info = await stat(path).catch(() => null);
  return info ? `${info.dev}:${info.ino}` : undefined;
}

