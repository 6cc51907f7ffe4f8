// `npm start` / `npm stop`: sideload the add-in into desktop Excel with office-addin-debugging, which
// only supports Windows and macOS. Elsewhere, say so and what to use instead, and exit 0 (a Linux CI or
// developer machine is a supported place to build and test, just not to sideload).
// Usage: node scripts/start.mjs start|stop
import { spawnSync } from "node:child_process";

const action = process.argv[2] === "stop" ? "stop" : "start";
const supported = process.platform === "win32" || process.platform === "darwin";

if (!supported) {
  console.log(
    [
      `office-addin-debugging cannot sideload on ${process.platform}: desktop Excel runs only on Windows and macOS.`,
      "Instead:",
      "  - npm run harness       runs the real task pane on an in-memory Excel in your browser (http://localhost:3001);",
      "  - npm run dev-server    serves the add-in on https://localhost:3000, then in Excel on the web choose",
      "                          Home > Add-ins > More Add-ins > Upload My Add-in and upload manifest.xml.",
      "See docs/add-in.md.",
    ].join("\n"),
  );
  process.exit(0);
}

const args =
  action === "start"
    ? ["office-addin-debugging", "start", "manifest.xml", "desktop", "--app", "excel", "--dev-server", "npm run dev-server", "--dev-server-port", "3000"]
    : ["office-addin-debugging", "stop", "manifest.xml"];
const result = spawnSync("npx", args, { stdio: "inherit", shell: process.platform === "win32" });
process.exit(result.status ?? 1);
