// Runs a real InfluxDB 1.x server as a child process with a generated config in a run folder.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type ManagedChild, startChild, waitFor } from "./child.ts";
import { freePort } from "./free-port.ts";

export interface InfluxdOptions {
  runDir: string;
  port?: number;
  authEnabled?: boolean;
}

export interface RunningInfluxd {
  readonly url: string;
  readonly port: number;
  readonly pid: number;
  readonly dir: string;
  stop(): Promise<void>;
  kill(): Promise<void>;
  /** Starts again on the same ports with the same data. */
  restart(): Promise<void>;
}

function writeConfig(dir: string, httpPort: number, rpcPort: number, authEnabled: boolean): string {
  const config = `reporting-disabled = true
bind-address = "127.0.0.1:${rpcPort}"

[meta]
  dir = "${dir}/meta"

[data]
  dir = "${dir}/data"
  wal-dir = "${dir}/wal"
  query-log-enabled = false

[monitor]
  store-enabled = false

[http]
  enabled = true
  bind-address = "127.0.0.1:${httpPort}"
  auth-enabled = ${authEnabled}
  log-enabled = false

[logging]
  level = "warn"
`;
  const configPath = join(dir, "influxdb.conf");
  writeFileSync(configPath, config);
  return configPath;
}

async function pings(url: string): Promise<boolean> {
  const response = await fetch(`${url}/ping`);
  return response.status === 204;
}

export async function startInfluxd(options: InfluxdOptions): Promise<RunningInfluxd> {
  const dir = join(options.runDir, "influxdb");
  mkdirSync(dir, { recursive: true });
  const port = options.port ?? (await freePort());
  const rpcPort = await freePort();
  const configPath = writeConfig(dir, port, rpcPort, options.authEnabled ?? false);
  const url = `http://127.0.0.1:${port}`;
  let child: ManagedChild;
  const launch = async () => {
    child = startChild({
      name: "influxd",
      command: "influxd",
      args: ["-config", configPath],
      env: { ...process.env, INFLUXDB_CONFIG_PATH: configPath },
      logFile: join(dir, "influxd.log"),
    });
    const exitedEarly = child.exited.then((code) => {
      throw new Error(`influxd exited (${code}); see ${dir}/influxd.log`);
    });
    await Promise.race([waitFor(`influxd on port ${port}`, () => pings(url), 60_000), exitedEarly]);
    exitedEarly.catch(() => undefined);
  };
  await launch();
  return {
    url,
    port,
    dir,
    get pid() {
      return child.pid;
    },
    stop: () => child.stop(),
    kill: () => child.stop("SIGKILL"),
    restart: async () => {
      await child.stop();
      await launch();
    },
  };
}
