// Runs a real InfluxDB 1.x server as a child process with a generated config in a run folder. With
// `access`, authentication is on and the first start creates the admin, the database, the "raw"
// retention policy and the write-only and read-only users (docs/security.md).
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { escape as influxEscape } from "influx";
import { type ServerControls, serverControls, startChild, waitUntilReady } from "./child.ts";
import { freePort } from "./free-port.ts";

export interface InfluxUser {
  username: string;
  password: string;
}

export interface InfluxAccess {
  /** Created while no user exists (InfluxDB accepts that one unauthenticated CREATE USER). */
  admin: InfluxUser;
  /** Created by the admin, with the "raw" retention policy the bridge writes samples to. */
  database: string;
  /** Duration of "raw"; keep it equal to the bridge's rawRetention (default 30d). */
  rawRetention?: string;
  /** GRANT WRITE ON the database: the bridge. */
  writers?: readonly InfluxUser[];
  /** GRANT READ ON the database: dashboards, reports, tests. */
  readers?: readonly InfluxUser[];
}

export interface InfluxdOptions {
  runDir: string;
  port?: number;
  authEnabled?: boolean;
  /** Turns authentication on and sets up users and the database at the first start. */
  access?: InfluxAccess;
}

export interface RunningInfluxd extends ServerControls {
  readonly url: string;
  readonly port: number;
  readonly dir: string;
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

// Must match bridge/influx-admin.ts RAW_RETENTION_POLICY.
const RAW_RETENTION_POLICY = "raw";

/** The statements an admin runs after creating itself, in order. */
export function accessStatements(access: InfluxAccess): string[] {
  const duration = access.rawRetention ?? "30d";
  if (!/^(INF|[1-9][0-9]*[wdhms])$/.test(duration))
    throw new Error(`rawRetention ${duration}: not a duration`);
  const db = influxEscape.quoted(access.database);
  const user = (u: InfluxUser) =>
    `${influxEscape.quoted(u.username)} WITH PASSWORD ${influxEscape.stringLit(u.password)}`;
  return [
    `CREATE DATABASE ${db}`,
    `CREATE RETENTION POLICY ${influxEscape.quoted(RAW_RETENTION_POLICY)} ON ${db} DURATION ${duration} REPLICATION 1`,
    ...(access.writers ?? []).flatMap((u) => [
      `CREATE USER ${user(u)}`,
      `GRANT WRITE ON ${db} TO ${influxEscape.quoted(u.username)}`,
    ]),
    ...(access.readers ?? []).flatMap((u) => [
      `CREATE USER ${user(u)}`,
      `GRANT READ ON ${db} TO ${influxEscape.quoted(u.username)}`,
    ]),
  ];
}

/** POST /query; throws with InfluxDB's answer when the request or any statement fails. */
async function runStatement(url: string, statement: string, as: InfluxUser | undefined): Promise<void> {
  const headers: Record<string, string> = { "Content-Type": "application/x-www-form-urlencoded" };
  if (as) headers.Authorization = `Basic ${Buffer.from(`${as.username}:${as.password}`).toString("base64")}`;
  const response = await fetch(`${url}/query`, {
    method: "POST",
    headers,
    body: new URLSearchParams({ q: statement }),
  });
  const body = await response.text();
  // A failed statement answers 200 with an "error" inside its result.
  if (!response.ok || body.includes('"error"')) {
    // The statement may carry a password: name only its first words.
    throw new Error(
      `InfluxDB refused "${statement.split(" ").slice(0, 3).join(" ")} …": ${response.status} ${body}`,
    );
  }
}

async function provision(url: string, access: InfluxAccess): Promise<void> {
  const admin = `${influxEscape.quoted(access.admin.username)} WITH PASSWORD ${influxEscape.stringLit(access.admin.password)}`;
  await runStatement(url, `CREATE USER ${admin} WITH ALL PRIVILEGES`, undefined);
  for (const statement of accessStatements(access)) await runStatement(url, statement, access.admin);
}

export async function startInfluxd(options: InfluxdOptions): Promise<RunningInfluxd> {
  const dir = join(options.runDir, "influxdb");
  mkdirSync(dir, { recursive: true });
  const port = options.port ?? (await freePort());
  const rpcPort = await freePort();
  const authEnabled = options.authEnabled ?? options.access !== undefined;
  const configPath = writeConfig(dir, port, rpcPort, authEnabled);
  const url = `http://127.0.0.1:${port}`;
  const logFile = join(dir, "influxd.log");
  const child = startChild({
    name: "influxd",
    command: "influxd",
    args: ["-config", configPath],
    env: { ...process.env, INFLUXDB_CONFIG_PATH: configPath },
    logFile,
  });
  const ready = () =>
    waitUntilReady(child, {
      what: `influxd on port ${port}`,
      probe: () => pings(url),
      timeoutMs: 60_000,
      logFile,
    });
  await ready();
  // Users live in the meta folder: a restart keeps them, so this runs once.
  if (options.access) await provision(url, options.access);
  // Object.assign keeps the pid getter, which follows restarts.
  return Object.assign(serverControls(child, ready), {
    url,
    port,
    dir,
  });
}
