// Entry point: `node --import tsx bridge/main.ts --config bridge.json`. Reads and validates the
// config (every error at once, exit 2), then starts the bridge and stops it on SIGINT/SIGTERM.
import { readFileSync } from "node:fs";
import { startBridge } from "./bridge.ts";
import { BRIDGE_CONFIG_SCHEMA, loadConfig, redactedConfig } from "./config.ts";
import { describeSchema } from "./config-schema.ts";
import { createLogger } from "./log.ts";
import { loadSecrets } from "./secrets.ts";

const log = createLogger("bridge:main");

function readConfigFile(argv: readonly string[]): { file: unknown; errors: string[] } {
  const errors: string[] = [];
  let path: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--config" && argv[i + 1] !== undefined) path = argv[++i];
    else errors.push(`unknown argument ${JSON.stringify(argv[i])} (usage: --config file.json)`);
  }
  if (path === undefined) return { file: undefined, errors };
  try {
    return { file: JSON.parse(readFileSync(path, "utf8")), errors };
  } catch (error) {
    errors.push(`config file ${path}: ${error instanceof Error ? error.message : String(error)}`);
    return { file: undefined, errors };
  }
}

function fail(errors: readonly string[]): never {
  process.stderr.write(`bridge: invalid configuration\n${errors.map((error) => `  - ${error}\n`).join("")}`);
  process.exit(2);
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.includes("--help")) {
    process.stdout.write(
      `usage: bridge --config file.json\n${describeSchema(BRIDGE_CONFIG_SCHEMA).join("\n")}\n`,
    );
    return;
  }
  const { file, errors } = readConfigFile(argv);
  const loaded = loadConfig(file, process.env);
  if (errors.length > 0 || !loaded.ok) fail([...errors, ...(loaded.ok ? [] : loaded.errors)]);
  const secrets = loadSecrets(loaded.config, process.env);
  if (!secrets.ok) fail(secrets.errors);
  log.info("configuration", { config: JSON.stringify(redactedConfig(loaded.config)) });
  const bridge = await startBridge(loaded.config, secrets.secrets);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info("stopping", { signal });
    bridge.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error("error while stopping", { error: String(error) });
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
}

// The process boundary's one catch: log, keep serving. Handlers below never reject by design; this
// is the net for bugs.
process.on("unhandledRejection", (reason) => log.error("unhandled rejection", { reason: String(reason) }));

main().catch((error: unknown) => {
  log.error("failed to start", { error: error instanceof Error ? error.message : String(error) });
  process.exit(1);
});
