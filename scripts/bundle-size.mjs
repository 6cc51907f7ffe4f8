// Measures the task pane's initial JavaScript (the scripts taskpane.html loads before the app chunk is
// requested), gzipped, and fails above the budget. Run after a production build:
//   npx webpack --mode production && node scripts/bundle-size.mjs [dist/addin] [taskpane.html]
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

export const BUDGET_KB = 200;

const gz = (dist, file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;

/** Gzipped sizes of the page's own scripts (office.js from the CDN excluded) and of every other chunk. */
export function measureInitial(dist, pageName = "taskpane.html") {
  const page = readFileSync(join(dist, pageName), "utf8");
  const initial = [...page.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
  const files = initial.map((file) => ({ file, gzipBytes: gz(dist, file) }));
  const others = readdirSync(dist).filter((f) => f.endsWith(".js") && !initial.includes(f));
  return {
    files,
    totalBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0),
    otherChunks: others.length,
    otherBytes: others.reduce((sum, f) => sum + gz(dist, f), 0),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = process.argv[2] ?? "dist/addin";
  const pageName = process.argv[3] ?? "taskpane.html";
  const kb = (bytes) => (bytes / 1024).toFixed(1);
  const m = measureInitial(dist, pageName);
  console.log(`Initial JavaScript of ${pageName} (gzip -9):`);
  for (const f of m.files) console.log(`  ${f.file.padEnd(40)} ${kb(f.gzipBytes).padStart(8)} KB`);
  console.log(`  ${"total".padEnd(40)} ${kb(m.totalBytes).padStart(8)} KB (budget ${BUDGET_KB} KB)`);
  console.log(`Other chunks (loaded later or by other pages): ${m.otherChunks} files, ${kb(m.otherBytes)} KB gzipped`);
  if (m.totalBytes > BUDGET_KB * 1024) {
    console.error(`Initial JavaScript is ${kb(m.totalBytes)} KB gzipped, over the ${BUDGET_KB} KB budget.`);
    process.exit(1);
  }
}
