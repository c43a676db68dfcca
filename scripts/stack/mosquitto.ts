// Runs a real Mosquitto broker as a child process with a generated config in a run folder.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type ManagedChild, startChild, waitFor } from "./child.ts";
import { freePort } from "./free-port.ts";
import { acceptsConnections } from "./tcp-ready.ts";

export interface BrokerUser {
  username: string;
  password: string;
}

export interface MosquittoOptions {
  runDir: string;
  port?: number;
  /** When given, anonymous access is off and these users get a password file. */
  users?: BrokerUser[];
  /** ACL file contents (mosquitto acl_file syntax); used with `users`. */
  acl?: string;
  /** Messages queued per offline persistent client before the broker drops (documented in docs/broker.md). */
  maxQueuedMessages?: number;
}

export interface RunningBroker {
  readonly url: string;
  readonly port: number;
  readonly pid: number;
  readonly dir: string;
  stop(): Promise<void>;
  /** kill -9, as a crash would. */
  kill(): Promise<void>;
  /** Starts again on the same port with the same persistence folder. */
  restart(): Promise<void>;
}

function writeConfig(options: MosquittoOptions, dir: string, port: number): string {
  const lines = [
    "per_listener_settings false",
    `listener ${port} 127.0.0.1`,
    "persistence true",
    `persistence_location ${dir}/data/`,
    // The default autosave (1800 s) would lose queued QoS 1 messages on a crash.
    "autosave_interval 1",
    "autosave_on_changes false",
    `max_queued_messages ${options.maxQueuedMessages ?? 100000}`,
    "max_inflight_messages 100",
    "log_dest stderr",
    "log_type error",
    "log_type warning",
    "log_type notice",
    "connection_messages true",
    // Started as root, mosquitto would drop to user mosquitto, which cannot write the run folder.
    "user root",
  ];
  if (options.users?.length) {
    const passwordFile = join(dir, "passwords");
    writeFileSync(passwordFile, "", { mode: 0o600 });
    for (const user of options.users) {
      execFileSync("mosquitto_passwd", ["-b", passwordFile, user.username, user.password]);
    }
    lines.push("allow_anonymous false", `password_file ${passwordFile}`);
    if (options.acl !== undefined) {
      const aclFile = join(dir, "acl");
      writeFileSync(aclFile, options.acl, { mode: 0o600 });
      lines.push(`acl_file ${aclFile}`);
    }
  } else {
    lines.push("allow_anonymous true");
  }
  const configPath = join(dir, "mosquitto.conf");
  writeFileSync(configPath, `${lines.join("\n")}\n`);
  return configPath;
}

export async function startMosquitto(options: MosquittoOptions): Promise<RunningBroker> {
  const dir = join(options.runDir, "mosquitto");
  mkdirSync(join(dir, "data"), { recursive: true });
  const port = options.port ?? (await freePort());
  const configPath = writeConfig(options, dir, port);
  let child: ManagedChild;
  const launch = async () => {
    child = startChild({
      name: "mosquitto",
      command: "mosquitto",
      args: ["-c", configPath],
      logFile: join(dir, "mosquitto.log"),
    });
    const exitedEarly = child.exited.then((code) => {
      throw new Error(`mosquitto exited (${code}); see ${dir}/mosquitto.log`);
    });
    await Promise.race([waitFor(`mosquitto on port ${port}`, () => acceptsConnections(port)), exitedEarly]);
    exitedEarly.catch(() => undefined);
  };
  await launch();
  return {
    url: `mqtt://127.0.0.1:${port}`,
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
