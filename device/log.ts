// Namespaced logs for people, on stderr. Cheap when disabled: below-level calls return at once.
const LEVELS = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 } as const;
type Level = keyof typeof LEVELS;

const threshold = LEVELS[(process.env.LOG_LEVEL as Level | undefined) ?? "info"] ?? LEVELS.info;

export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export function createLogger(namespace: string): Logger {
  const write = (level: Level) => (message: string) => {
    if (LEVELS[level] < threshold) return;
    process.stderr.write(`${new Date().toISOString()} ${level.padEnd(5)} [${namespace}] ${message}\n`);
  };
  return { debug: write("debug"), info: write("info"), warn: write("warn"), error: write("error") };
}
