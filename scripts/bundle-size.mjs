// Measures the task pane's initial JavaScript (the scripts taskpane.html loads before the app chunk is
// requested), gzipped, and fails above the budget. Run after a production build:
//   npx webpack --mode production && node scripts/bundle-size.mjs [dist/addin] [taskpane.html]
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const BUDGET_KB = 200;
const dist = process.argv[2] ?? "dist/addin";
const pageName = process.argv[3] ?? "taskpane.html";
const page = readFileSync(join(dist, pageName), "utf8");

const initial = [...page.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src) && !src.includes("office/office.js"));
const kb = (bytes) => (bytes / 1024).toFixed(1);
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;

let total = 0;
console.log(`Initial JavaScript of ${pageName} (gzip -9):`);
for (const file of initial) {
  const size = gz(file);
  total += size;
  console.log(`  ${file.padEnd(40)} ${kb(size).padStart(8)} KB`);
}
console.log(`  ${"total".padEnd(40)} ${kb(total).padStart(8)} KB (budget ${BUDGET_KB} KB)`);

const lazy = readdirSync(dist).filter((f) => f.endsWith(".js") && !initial.includes(f));
const lazyTotal = lazy.reduce((sum, f) => sum + gz(f), 0);
console.log(`Other chunks (loaded later or by other pages): ${lazy.length} files, ${kb(lazyTotal)} KB gzipped`);

if (total > BUDGET_KB * 1024) {
  console.error(`Initial JavaScript is ${kb(total)} KB gzipped, over the ${BUDGET_KB} KB budget.`);
  process.exit(1);
}
