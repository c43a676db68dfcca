// Per-run secrets for the local stack: random passwords, each in its own file that only the owner can
// read. Processes are handed the file's path (agents: mqtt.passwordFile; the bridge: mqttPasswordFile,
// influxPasswordFile, commandTokenFile), so a secret never appears in a config file, a command line or
// a log.
import { randomBytes } from "node:crypto";
import { chmodSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { InfluxAccess } from "./influxd.ts";

export interface Credential {
  readonly username: string;
  /** Kept in memory for the launchers and tests that must present it; never print it. */
  readonly password: string;
  /** Holds the password alone (mode 0600). */
  readonly passwordFile: string;
}

/** 24 random bytes, base64url: 192 bits, and safe inside URLs, InfluxQL strings and shell words. */
export function generatePassword(): string {
  return randomBytes(24).toString("base64url");
}

/** `<runDir>/secrets`, mode 0700. */
export function secretsDir(runDir: string): string {
  const dir = join(runDir, "secrets");
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  // mkdir's mode is filtered by the umask and ignored for an existing folder.
  chmodSync(dir, 0o700);
  return dir;
}

/** Writes `content` to a file only the owner can read, whatever the umask. */
export function writeSecretFile(path: string, content: string): void {
  writeFileSync(path, content, { mode: 0o600 });
  chmodSync(path, 0o600);
}

/** A fresh password for `username`, written to `<dir>/<realm>-<username>.password`. */
export function createCredential(dir: string, realm: string, username: string): Credential {
  const password = generatePassword();
  const passwordFile = join(dir, `${realm}-${username}.password`);
  writeSecretFile(passwordFile, `${password}\n`);
  return { username, password, passwordFile };
}

/** A bearer token (the bridge's command API) and the file that holds it. */
export interface SecretToken {
  /** Kept in memory for the tests that must present it; never print it. */
  readonly token: string;
  /** Holds the token alone (mode 0600); the bridge config names this path (commandTokenFile). */
  readonly tokenFile: string;
}

/** A fresh 192-bit token in `<dir>/<name>.token`, mode 0600. */
export function createSecretToken(dir: string, name: string): SecretToken {
  const token = generatePassword();
  const tokenFile = join(dir, `${name}.token`);
  writeSecretFile(tokenFile, `${token}\n`);
  return { token, tokenFile };
}

/** Everyone who may talk to the broker or the database in one run of the whole system. */
export interface StackCredentials {
  /** MQTT user of the bridge: reads care/v1/#, writes commands. */
  readonly mqttBridge: Credential;
  /** MQTT user per device; the username is the device id. */
  readonly mqttDevices: ReadonlyMap<string, Credential>;
  /** InfluxDB admin: creates the database, the retention policy and the other users. */
  readonly influxAdmin: Credential;
  /** InfluxDB user of the bridge: WRITE on the database, nothing else. */
  readonly influxWriter: Credential;
  /** InfluxDB user of dashboards and reports: READ on the database, nothing else. */
  readonly influxReader: Credential;
}

export interface StackUserNames {
  mqttBridge: string;
  influxAdmin: string;
  influxWriter: string;
  influxReader: string;
}

export const DEFAULT_STACK_USER_NAMES: StackUserNames = {
  mqttBridge: "bridge-1",
  influxAdmin: "admin",
  influxWriter: "bridge",
  influxReader: "dashboard",
};

export function createStackCredentials(
  runDir: string,
  deviceIds: readonly string[],
  names: StackUserNames = DEFAULT_STACK_USER_NAMES,
): StackCredentials {
  const dir = secretsDir(runDir);
  if (deviceIds.includes(names.mqttBridge)) {
    // The device ACL pattern would otherwise give the bridge's name a device's rights and vice versa.
    throw new Error(`MQTT user ${names.mqttBridge} is both the bridge and a device`);
  }
  return {
    mqttBridge: createCredential(dir, "mqtt", names.mqttBridge),
    mqttDevices: new Map(deviceIds.map((id) => [id, createCredential(dir, "mqtt", id)])),
    influxAdmin: createCredential(dir, "influx", names.influxAdmin),
    influxWriter: createCredential(dir, "influx", names.influxWriter),
    influxReader: createCredential(dir, "influx", names.influxReader),
  };
}

/** Every MQTT user of a run: the bridge and each device. */
export function brokerUsers(credentials: StackCredentials): Credential[] {
  return [credentials.mqttBridge, ...credentials.mqttDevices.values()];
}

/** startInfluxd's `access` for a run: admin, the bridge as writer, dashboards as reader. */
export function influxAccessFor(
  credentials: StackCredentials,
  database: string,
  rawRetention?: string,
): InfluxAccess {
  return {
    admin: credentials.influxAdmin,
    database,
    rawRetention,
    writers: [credentials.influxWriter],
    readers: [credentials.influxReader],
  };
}

/** A node-influx DSN with the reader's credentials, for queries. Holds a password: never print it. */
export function influxReaderDsn(influxUrl: string, reader: Credential): string {
  const userInfo = `${encodeURIComponent(reader.username)}:${encodeURIComponent(reader.password)}@`;
  return influxUrl.replace("://", `://${userInfo}`);
}
