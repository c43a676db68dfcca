// Debian's Chromium, headless, for page tests and screenshots: the DOM after the page's scripts ran, or
// a PNG. The flags keep it off the network (this machine's closed network refuses its background
// connections) and give each run a fresh profile.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const CHROMIUM = "/usr/bin/chromium";

const QUIET_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Runs Chromium once; resolves with its stdout, rejects on a non-zero exit or after `timeoutMs`. */
function runChromium(args: readonly string[], timeoutMs: number): Promise<string> {
  const profile = mkdtempSync(join(tmpdir(), "caregiver-chromium-"));
  const child = spawn(CHROMIUM, [...QUIET_FLAGS, `--user-data-dir=${profile}`, ...args], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    stdout += chunk;
  });
  child.stderr.resume();
  const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
  return new Promise<string>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      rmSync(profile, { recursive: true, force: true });
      if (code === 0) resolve(stdout);
      else reject(new Error(`chromium exited with ${code ?? signal}`));
    });
  });
}

/** The DOM once the page has had `virtualTimeMs` of (virtual) time to load, fetch and render. */
export function dumpDom(url: string, virtualTimeMs = 5000, timeoutMs = 45_000): Promise<string> {
  return runChromium(["--dump-dom", `--virtual-time-budget=${virtualTimeMs}`, url], timeoutMs);
}

export async function screenshot(
  url: string,
  pngPath: string,
  size = { width: 1280, height: 900 },
  timeoutMs = 45_000,
): Promise<void> {
  await runChromium(
    [
      `--screenshot=${pngPath}`,
      `--window-size=${size.width},${size.height}`,
      "--hide-scrollbars",
      "--virtual-time-budget=5000",
      url,
    ],
    timeoutMs,
  );
}
