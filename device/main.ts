// `node --import tsx device/main.ts --config agent.json`: runs one edge agent until SIGINT/SIGTERM.
import { sensorSettingsErrors, startAgent } from "./agent.ts";
import { loadAgentConfig, stateDirErrors, unreadableFileErrors } from "./config/agent-config.ts";
import { createLogger } from "./log.ts";

const log = createLogger("main");
const configIndex = process.argv.indexOf("--config");
const configPath = configIndex >= 0 ? process.argv[configIndex + 1] : undefined;
if (!configPath) {
  console.error("usage: device/main.ts --config agent.json");
  process.exit(2);
}
const { config, errors, readable } = loadAgentConfig(configPath);
// Every error at once: the schema's, each sensor's settings, unreadable files, an unwritable state folder.
const allErrors = readable
  ? [...errors, ...sensorSettingsErrors(config), ...unreadableFileErrors(config), ...stateDirErrors(config)]
  : errors;
if (allErrors.length) {
  console.error(`invalid agent config ${configPath}:\n  ${allErrors.join("\n  ")}`);
  process.exit(1);
}

// The one catch at the process boundary: log, count, stay alive.
process.on("uncaughtException", (error) => log.error(`uncaught: ${error.stack ?? error.message}`));
process.on("unhandledRejection", (reason) => log.error(`unhandled rejection: ${String(reason)}`));

const agent = startAgent(config);
log.info(`agent ${config.deviceId} started, boot ${agent.bootId}`);
let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal}: flushing and stopping`);
    void agent.stop().then(() => process.exit(0));
  });
}
