// Passwords come from a file named in the config or from the environment, never from the config
// file itself, and are never logged. The command API's token comes from its file only.
import { readFileSync } from "node:fs";
import type { BridgeConfig } from "./config.ts";

export interface BridgeSecrets {
  readonly mqttPassword: string | undefined;
  readonly influxPassword: string | undefined;
  /**
   * CA certificates (PEM) trusted for an mqtts:// broker. Not a secret, but read here so that every file
   * the bridge needs at start-up is checked at once.
   */
  readonly mqttCa: string | undefined;
  /** Bearer token of the command API; undefined keeps the API off. */
  readonly commandToken: string | undefined;
}

/** At least 128 bits of base64-like text, and nothing an Authorization header could not carry. */
const USABLE_TOKEN = /^[\x21-\x7e]{22,}$/;

export type SecretsResult = { ok: true; secrets: BridgeSecrets } | { ok: false; errors: string[] };

type ReadText = (path: string) => string;

const readUtf8: ReadText = (path) => readFileSync(path, "utf8");

function readSecret(
  what: string,
  envValue: string | undefined,
  file: string | undefined,
  read: ReadText,
  errors: string[],
): string | undefined {
  if (envValue !== undefined) return envValue;
  if (file === undefined) return undefined;
  try {
    // A trailing newline from `echo secret > file` is not part of the password.
    const value = read(file).replace(/\r?\n$/, "");
    if (value === "") errors.push(`${what}: ${file} is empty`);
    return value;
  } catch (error) {
    errors.push(`${what}: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

export function loadSecrets(
  config: BridgeConfig,
  env: Readonly<Record<string, string | undefined>>,
  read: ReadText = readUtf8,
): SecretsResult {
  const errors: string[] = [];
  const mqttPassword = readSecret(
    "mqttPasswordFile",
    env.BRIDGE_MQTT_PASSWORD,
    config.mqttPasswordFile,
    read,
    errors,
  );
  const influxPassword = readSecret(
    "influxPasswordFile",
    env.BRIDGE_INFLUX_PASSWORD,
    config.influxPasswordFile,
    read,
    errors,
  );
  // Only from a file: the token's presence is what switches the command API on.
  const commandToken = readSecret("commandTokenFile", undefined, config.commandTokenFile, read, errors);
  if (commandToken !== undefined && commandToken !== "" && !USABLE_TOKEN.test(commandToken)) {
    errors.push(
      `commandTokenFile: ${config.commandTokenFile} must hold one token of at least 22 printable ASCII characters without spaces`,
    );
  }
  const mqttCa = readSecret("mqttCaFile", undefined, config.mqttCaFile, read, errors);
  return errors.length > 0
    ? { ok: false, errors }
    : { ok: true, secrets: { mqttPassword, influxPassword, mqttCa, commandToken } };
}
