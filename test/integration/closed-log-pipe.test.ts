// A process whose log reader goes away (stderr piped to a logger that died) keeps running quietly and
// still stops cleanly on SIGTERM, instead of turning each log line into an EPIPE that its last-resort
// handler logs again (a loop that burns a core and never lets shutdown run).
import { type ChildProcess, spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { makeRunDir, REPO_ROOT } from "../../scripts/stack/index.ts";

const children: ChildProcess[] = [];

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill("SIGKILL");
});

/** Starts `entry --config file` with stderr on a pipe; resolves once it has logged `ready`. */
async function startLogging(entry: string, config: unknown, ready: string): Promise<ChildProcess> {
  const runDir = makeRunDir("it-closed-log");
  const path = join(runDir, "config.json");
  writeFileSync(path, JSON.stringify(config));
  const child = spawn(process.execPath, ["--import", "tsx", entry, "--config", path], {
    cwd: REPO_ROOT,
    // As systemd's StateDirectory= does: the durable outbox, spool and dead letters go there.
    env: { ...process.env, STATE_DIRECTORY: join(runDir, "state") },
    stdio: ["ignore", "ignore", "pipe"],
  });
  children.push(child);
  let seen = "";
  await new Promise<void>((resolve, reject) => {
    child.stderr?.on("data", (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.includes(ready)) resolve();
    });
    child.once("exit", (code) => reject(new Error(`exited (${code}) before "${ready}": ${seen}`)));
  });
  return child;
}

const exitCode = (child: ChildProcess, withinMs: number) =>
  new Promise<number | string>((resolve) => {
    const timer = setTimeout(() => resolve("still running"), withinMs);
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      resolve(code ?? String(signal));
    });
  });

/** Closes the child's log pipe, lets it log a few retries into it, then asks it to stop. */
async function afterLogReaderGone(child: ChildProcess) {
  child.stderr?.destroy();
  await new Promise((resolve) => setTimeout(resolve, 3000));
  const runningAfter3s = child.exitCode === null;
  child.kill("SIGTERM");
  return { runningAfter3s, exitOnSigterm: await exitCode(child, 10_000) };
}

describe("a closed log pipe", () => {
  it("leaves the agent running, and SIGTERM still stops it cleanly", async () => {
    const agent = await startLogging(
      "device/main.ts",
      {
        deviceId: "room101",
        siteId: "facility-a",
        // Nothing listens on port 1 and there is no such tty: the agent logs a retry every few 100 ms.
        mqtt: { url: "mqtt://127.0.0.1:1" },
        sensors: [
          {
            id: "bladder-1",
            kind: "bladder",
            transport: { type: "serial", path: "/dev/ttyCARE-none" },
            settings: {},
          },
        ],
      },
      "agent room101 started",
    );
    expect(await afterLogReaderGone(agent)).toEqual({ runningAfter3s: true, exitOnSigterm: 0 });
  }, 30_000);

  it("leaves the bridge running, and SIGTERM still stops it cleanly", async () => {
    const bridge = await startLogging(
      "bridge/main.ts",
      // Neither a broker nor InfluxDB there: the bridge logs its reconnects.
      {
        mqttUrl: "mqtt://127.0.0.1:1",
        mqttReconnectBaseMs: 100,
        mqttReconnectCapMs: 200,
        influxUrl: "http://127.0.0.1:1",
      },
      "configuration",
    );
    expect(await afterLogReaderGone(bridge)).toEqual({ runningAfter3s: true, exitOnSigterm: 0 });
  }, 30_000);
});
