// Starts long-lived helper processes and stops them by PID. Every child started here is
// registered so that an exiting parent (normal exit, Ctrl-C, SIGTERM) takes them down with it.
import { type ChildProcess, spawn } from "node:child_process";
import { createWriteStream } from "node:fs";

export interface ManagedChild {
  readonly name: string;
  /** PID of the current process (a restart gives a new one). */
  readonly pid: number;
  readonly process: ChildProcess;
  /** Resolves with the exit code (or signal name) once the current process has exited. */
  readonly exited: Promise<number | string>;
  stop(signal?: NodeJS.Signals, graceMs?: number): Promise<void>;
  /** Stops the process if it runs (kill -9 with `crash`), then starts it again with the same command. */
  restart(options?: { crash?: boolean }): Promise<void>;
}

interface Running {
  proc: ChildProcess;
  pid: number;
  exited: Promise<number | string>;
}

const live = new Set<ChildProcess>();
let hooksInstalled = false;

function installExitHooks(): void {
  if (hooksInstalled) return;
  hooksInstalled = true;
  process.once("exit", () => {
    for (const proc of live) proc.kill("SIGKILL");
  });
}

export interface StartOptions {
  name: string;
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** stdout and stderr are appended here. */
  logFile: string;
}

function spawnLogged(options: StartOptions): Running {
  const log = createWriteStream(options.logFile, { flags: "a" });
  const proc = spawn(options.command, options.args, {
    env: options.env ?? process.env,
    cwd: options.cwd,
    stdio: ["ignore", "pipe", "pipe"],
  });
  if (proc.pid === undefined) throw new Error(`could not start ${options.name} (${options.command})`);
  proc.stdout?.pipe(log, { end: false });
  proc.stderr?.pipe(log, { end: false });
  const exited = new Promise<number | string>((resolve) => {
    proc.once("exit", (code, signal) => resolve(code ?? signal ?? "unknown"));
    proc.once("error", () => resolve("spawn-error"));
  });
  live.add(proc);
  void exited.then(() => {
    live.delete(proc);
    log.end();
  });
  return { proc, pid: proc.pid, exited };
}

async function stopRunning(running: Running, signal: NodeJS.Signals, graceMs: number): Promise<void> {
  const { proc } = running;
  if (proc.exitCode !== null || proc.signalCode !== null) return;
  proc.kill(signal);
  const timer = setTimeout(() => proc.kill("SIGKILL"), graceMs);
  await running.exited;
  clearTimeout(timer);
}

export function startChild(options: StartOptions): ManagedChild {
  installExitHooks();
  let current = spawnLogged(options);
  return {
    name: options.name,
    get pid() {
      return current.pid;
    },
    get process() {
      return current.proc;
    },
    get exited() {
      return current.exited;
    },
    stop: (signal = "SIGTERM", graceMs = 5000) => stopRunning(current, signal, graceMs),
    restart: async ({ crash = false } = {}) => {
      await stopRunning(current, crash ? "SIGKILL" : "SIGTERM", 5000);
      current = spawnLogged(options);
    },
  };
}

/** Polls `probe` until it returns true; fails with `what` after `timeoutMs`. */
export async function waitFor(
  what: string,
  probe: () => Promise<boolean> | boolean,
  timeoutMs = 20_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (
      await Promise.resolve()
        .then(probe)
        .catch(() => false)
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}

/**
 * Waits until `probe` holds for a freshly started child; fails at once (pointing at its log) if the
 * child exits first, rather than polling a dead process until the timeout.
 */
export async function waitUntilReady(
  child: ManagedChild,
  readiness: { what: string; probe: () => Promise<boolean> | boolean; timeoutMs?: number; logFile: string },
): Promise<void> {
  const exitedEarly = child.exited.then((code) => {
    throw new Error(`${child.name} exited (${code}); see ${readiness.logFile}`);
  });
  try {
    await Promise.race([waitFor(readiness.what, readiness.probe, readiness.timeoutMs), exitedEarly]);
  } finally {
    exitedEarly.catch(() => undefined);
  }
}

/** What a test does to a running server: stop it, crash it, bring it back on the same ports. */
export interface ServerControls {
  /** PID of the current process (a restart gives a new one). */
  readonly pid: number;
  stop(): Promise<void>;
  /** kill -9, as a crash would. */
  kill(): Promise<void>;
  /** Starts again with the same config and data, and waits until it is ready. */
  restart(): Promise<void>;
}

export function serverControls(child: ManagedChild, ready: () => Promise<void>): ServerControls {
  return {
    get pid() {
      return child.pid;
    },
    stop: () => child.stop(),
    kill: () => child.stop("SIGKILL"),
    restart: async () => {
      await child.restart();
      await ready();
    },
  };
}
