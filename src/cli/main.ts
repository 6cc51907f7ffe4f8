/** Entry point of the pmo-rulebook command (bundled to dist/cli.js). */
import { runCli } from "./program";

const code = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
// exitCode rather than exit(): lets stdout drain when it is a pipe.
process.exitCode = code;
