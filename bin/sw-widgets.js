#!/usr/bin/env node
// The `sw-widgets` command (package.json "bin"): see `sw-widgets --help` and docs/publishing.md.
import { run } from '../cli/main.js';

process.exitCode = await run(process.argv.slice(2));
