// `npm run bench` (outbox part): the device outbox's append + acknowledge throughput, disk writes and
// sync calls, against SQLite through better-sqlite3 12 (WAL, synchronous=NORMAL and FULL) doing the
// same work in the same run on the same disk. The work is the connected steady state: every message is
// stored, and the one 50 places earlier (maxInflight) is acknowledged and removed.
//
// better-sqlite3 is installed on demand into a cache folder outside the repository: it is used by
// nothing else, and the repository's node_modules/.bin carries an old node-gyp (through dbus-next)
// that cannot build native modules for Node 20, so it is kept off PATH for that install.
//
// Also a command: `node --import tsx device/publish/bench-outbox.ts --store outbox|wal-normal|wal-full
// --dir DIR --messages N` runs one store, which the bench runs under strace to count fsync/fdatasync.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { delimiter, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { DiskOutbox } from "./disk-outbox.ts";

interface SqliteStatement {
  run(...params: unknown[]): unknown;
}
interface SqliteDatabase {
  pragma(source: string): unknown;
  exec(source: string): unknown;
  prepare(source: string): SqliteStatement;
  close(): void;
}
type SqliteConstructor = new (path: string) => SqliteDatabase;

export type StoreKind = "outbox" | "wal-normal" | "wal-full";
interface Store {
  push(id: number, bytes: Uint8Array): void;
  ack(id: number): void;
  close(): void;
}

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const IN_FLIGHT = 50;
const TOPIC = "care/v1/facility-a/room101/samples";

function loadSqlite(): SqliteConstructor {
  const cache = join(process.env.XDG_CACHE_HOME ?? join(homedir(), ".cache"), "care-sensing", "bench-sqlite");
  if (!existsSync(join(cache, "node_modules", "better-sqlite3", "build", "Release", "better_sqlite3.node"))) {
    mkdirSync(cache, { recursive: true });
    const repoBins = join(REPO_ROOT, "node_modules");
    const path = (process.env.PATH ?? "")
      .split(delimiter)
      .filter((entry) => !entry.startsWith(repoBins))
      .join(delimiter);
    execFileSync(
      "npm",
      ["install", "--no-save", "--no-audit", "--no-fund", "--prefix", cache, "better-sqlite3@12"],
      {
        cwd: cache,
        env: { ...process.env, PATH: path },
        stdio: ["ignore", "ignore", "inherit"],
      },
    );
  }
  return createRequire(join(cache, "package.json"))("better-sqlite3") as SqliteConstructor;
}

function openStore(kind: StoreKind, dir: string): Store {
  if (kind === "outbox") {
    const clock = { now: () => Date.now(), monotonic: () => performance.now() };
    const outbox = new DiskOutbox({
      dir,
      maxMessages: 200_000,
      maxBytes: 256 * 1024 * 1024,
      maxAgeMs: 7 * 24 * 3600_000,
      segmentBytes: 4 * 1024 * 1024,
      syncIntervalMs: 1000,
      clock,
    });
    return {
      push: (_, bytes) => outbox.push({ topic: TOPIC, bytes, retain: false, urgent: false }),
      // Ids are handed out from 1 in push order.
      ack: (id) => outbox.ack(id + 1),
      close: () => outbox.close(),
    };
  }
  const Database = loadSqlite();
  const db = new Database(join(dir, "outbox.db"));
  db.pragma("journal_mode = WAL");
  db.pragma(`synchronous = ${kind === "wal-full" ? "FULL" : "NORMAL"}`);
  db.exec(
    "CREATE TABLE outbox (id INTEGER PRIMARY KEY, enqueued_ms INTEGER, topic TEXT, urgent INTEGER, retain INTEGER, payload BLOB)",
  );
  const insert = db.prepare("INSERT INTO outbox VALUES (?, ?, ?, 0, 0, ?)");
  const remove = db.prepare("DELETE FROM outbox WHERE id = ?");
  return {
    push: (id, bytes) => insert.run(id, Date.now(), TOPIC, Buffer.from(bytes)),
    ack: (id) => remove.run(id),
    close: () => db.close(),
  };
}

/** Bytes this process has caused to be written to storage (page-granular), from /proc/self/io. */
function writeBytes(): number {
  const match = /^write_bytes: (\d+)$/m.exec(readFileSync("/proc/self/io", "utf8"));
  return Number(match?.[1] ?? 0);
}

/** Runs the workload; yields to the event loop every 100 messages so the outbox's sync timer runs. */
export async function runStore(
  kind: StoreKind,
  dir: string,
  messages: number,
  payloadBytes: number,
): Promise<{ perSecond: number; writeBytesPerMessage: number }> {
  const store = openStore(kind, dir);
  const payload = new Uint8Array(payloadBytes).map((_, i) => (i * 31) % 251);
  const bytesBefore = writeBytes();
  const started = performance.now();
  for (let id = 0; id < messages; id++) {
    store.push(id, payload);
    if (id >= IN_FLIGHT) store.ack(id - IN_FLIGHT);
    if (id % 100 === 99) await new Promise((resolve) => setImmediate(resolve));
  }
  for (let id = Math.max(0, messages - IN_FLIGHT); id < messages; id++) store.ack(id);
  const seconds = (performance.now() - started) / 1000;
  store.close();
  return { perSecond: messages / seconds, writeBytesPerMessage: (writeBytes() - bytesBefore) / messages };
}

/** fsync + fdatasync calls of one store's run, counted by strace in a child process; null without strace. */
function syncCalls(kind: StoreKind, messages: number, payloadBytes: number, root: string): number | null {
  const dir = mkdtempSync(join(root, `${kind}-strace-`));
  const report = join(root, `${kind}-strace.txt`);
  try {
    const command = [
      fileURLToPath(import.meta.url),
      "--store",
      kind,
      "--dir",
      dir,
      "--messages",
      String(messages),
    ];
    execFileSync(
      "strace",
      [
        "-f",
        "-c",
        "-e",
        "trace=fsync,fdatasync",
        "-o",
        report,
        process.execPath,
        "--import",
        "tsx",
        ...command,
      ].concat(["--payload", String(payloadBytes)]),
      { cwd: REPO_ROOT, stdio: "ignore" },
    );
    // Summary rows: % time, seconds, usecs/call, calls, [errors], syscall.
    const rows = readFileSync(report, "utf8").matchAll(
      /^\s*[\d.]+\s+[\d.]+\s+\d+\s+(\d+)\s+(?:\d+\s+)?f(?:data)?sync$/gm,
    );
    return [...rows].reduce((sum, row) => sum + Number(row[1]), 0);
  } catch {
    return null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(report, { force: true });
  }
}

/** Folder bytes as the file system reports them. */
function folderBytes(dir: string): number {
  return readdirSync(dir).reduce((sum, name) => sum + statSync(join(dir, name)).size, 0);
}

/**
 * One alert never acknowledged while ordinary messages flow: the largest folder size seen against
 * the bound (without compaction, the outbox of commit 16b3e52 grew to 9.6 MB in 2 223 segments here).
 */
function pinnedByAlert(root: string, messages: number, payloadBytes: number): Record<string, number> {
  const dir = mkdtempSync(join(root, "pinned-"));
  const limits = { maxMessages: 200_000, maxBytes: 64 * 1024, maxAgeMs: 3_600_000 };
  const clock = { now: () => Date.now(), monotonic: () => performance.now() };
  const outbox = new DiskOutbox({ ...limits, dir, segmentBytes: 4096, syncIntervalMs: 1000, clock });
  const payload = new Uint8Array(payloadBytes);
  outbox.push({ topic: TOPIC.replace("samples", "alerts"), bytes: payload, retain: false, urgent: true });
  let largest = 0;
  for (let n = 0; n < messages; n++) {
    outbox.push({ topic: TOPIC, bytes: payload, retain: false, urgent: false });
    // Ids: the alert is 1, ordinary messages from 2; acknowledged IN_FLIGHT places later.
    if (n >= IN_FLIGHT) outbox.ack(n - IN_FLIGHT + 2);
    if (n % 10 === 0) largest = Math.max(largest, folderBytes(dir));
  }
  const figures = {
    outbox_pinned_bound_bytes: limits.maxBytes,
    outbox_pinned_max_bytes: largest,
    outbox_pinned_compactions: outbox.compactions,
    outbox_pinned_dropped: outbox.dropped,
  };
  outbox.close();
  rmSync(dir, { recursive: true, force: true });
  return figures;
}

export interface OutboxBenchOptions {
  /** A folder on the disk to measure (the run folder: same disk as the agent's state). */
  root: string;
  messages?: number;
  payloadBytes?: number;
}

export async function runOutboxBench(options: OutboxBenchOptions): Promise<Record<string, number>> {
  const { root, messages = 20_000, payloadBytes = 400 } = options;
  // fsync per commit makes FULL slow: a tenth of the messages is enough for a rate.
  const counts: Record<StoreKind, number> = {
    outbox: messages,
    "wal-normal": messages,
    "wal-full": Math.max(500, Math.round(messages / 10)),
  };
  const figures: Record<string, number> = {};
  for (const kind of ["outbox", "wal-normal", "wal-full"] as const) {
    const dir = mkdtempSync(join(root, `${kind}-`));
    const result = await runStore(kind, dir, counts[kind], payloadBytes);
    rmSync(dir, { recursive: true, force: true });
    const name = kind === "outbox" ? "outbox" : `outbox_sqlite_${kind.replace("-", "_")}`;
    figures[`${name}_append_ack_per_s`] = Math.round(result.perSecond);
    figures[`${name}_write_bytes_per_message`] = Math.round(result.writeBytesPerMessage);
    const syncs = syncCalls(kind, counts[kind], payloadBytes, root);
    if (syncs !== null) figures[`${name}_syncs_per_1000_messages`] = (syncs * 1000) / counts[kind];
  }
  Object.assign(figures, pinnedByAlert(root, messages, payloadBytes));
  const outboxRate = figures.outbox_append_ack_per_s ?? 0;
  figures.outbox_vs_sqlite_wal_normal = outboxRate / (figures.outbox_sqlite_wal_normal_append_ack_per_s ?? 1);
  figures.outbox_vs_sqlite_wal_full = outboxRate / (figures.outbox_sqlite_wal_full_append_ack_per_s ?? 1);
  return figures;
}

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const store = argument("store") as StoreKind | undefined;
  const dir = argument("dir");
  if (store && dir) {
    await runStore(store, dir, Number(argument("messages") ?? 20_000), Number(argument("payload") ?? 400));
  } else {
    const root = mkdtempSync(join(REPO_ROOT, "run", "bench-outbox-"));
    for (const [name, value] of Object.entries(await runOutboxBench({ root })))
      console.log(`${name}=${Number.isInteger(value) ? value : Number(value.toFixed(3))}`);
    rmSync(root, { recursive: true, force: true });
  }
}
