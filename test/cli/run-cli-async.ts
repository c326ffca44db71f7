/** Runs the built CLI without blocking the event loop, for tests that serve HTTP in-process. */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { type CliResult, repoRoot } from "./run-cli.js";

export function runCliAsync(args: readonly string[]): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(repoRoot, "bin", "parley.js"), ...args], { cwd: repoRoot });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}
