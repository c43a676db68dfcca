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

// When the reader of stderr goes away (a log pipe closed), every later write fails with EPIPE. Unheard,
// that error would reach the last-resort handler, which logs it again: a loop that burns a core and
// starves shutdown. Logs stop instead; the agent goes on.
let stderrOpen = true;
process.stderr.on("error", () => {
  stderrOpen = false;
});

export function createLogger(namespace: string): Logger {
  const write = (level: Level) => (message: string) => {
    if (LEVELS[level] < threshold || !stderrOpen) return;
    process.stderr.write(`${new Date().toISOString()} ${level.padEnd(5)} [${namespace}] ${message}\n`);
  };
  return { debug: write("debug"), info: write("info"), warn: write("warn"), error: write("error") };
}
