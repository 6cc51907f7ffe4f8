#!/usr/bin/env node
// The installed command: the CLI itself is bundled into dist/cli.js by `npm run build:cli`.
import "../dist/cli.js";
