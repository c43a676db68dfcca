import { join } from "node:path";
import { type ManagedChild, REPO_ROOT, startChild } from "../stack/index.ts";

/** Starts one of the project's TypeScript entry points as `node --import tsx`, so the PID is the real process. */
export function startNodeProcess(
  name: string,
  entry: string,
  configPath: string,
  logDir: string,
  /** Added to this process's environment. */
  env?: NodeJS.ProcessEnv,
): ManagedChild {
  return startChild({
    name,
    command: process.execPath,
    args: ["--import", "tsx", join(REPO_ROOT, entry), "--config", configPath],
    cwd: REPO_ROOT,
    ...(env ? { env: { ...process.env, ...env } } : {}),
    logFile: join(logDir, `${name}.log`),
  });
}
