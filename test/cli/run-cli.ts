/** Runs the built CLI as a user would, capturing its output and exit code. */
import { spawnSync } from "node:child_process";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const sharedDir = resolve(repoRoot, "..", "shared");

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export function runCli(args: readonly string[], input?: string): CliResult {
  const result = spawnSync(process.execPath, [join(repoRoot, "bin", "parley.js"), ...args], {
    input,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    cwd: repoRoot,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
