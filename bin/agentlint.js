#!/usr/bin/env node
import { installCompileCache } from "../dist/src/cli/compile-cache.js";

installCompileCache();
const { runCli } = await import("../dist/src/cli/main.js");
process.exitCode = await runCli(process.argv.slice(2));
