// A tiny namespaced logger to stderr. Disabled levels are no-op functions, so a debug call in a hot
// path costs one call and nothing is formatted. LOG_LEVEL=error|warn|info|debug|silent (default info).

export type LogLevel = "silent" | "error" | "warn" | "info" | "debug";
export type LogFields = Readonly<Record<string, string | number | boolean | undefined>>;
export type LogFn = (message: string, fields?: LogFields) => void;

export interface Logger {
  readonly error: LogFn;
  readonly warn: LogFn;
  readonly info: LogFn;
  readonly debug: LogFn;
  readonly debugEnabled: boolean;
}

const RANK: Record<LogLevel, number> = { silent: 0, error: 1, warn: 2, info: 3, debug: 4 };

export function parseLogLevel(text: string | undefined): LogLevel {
  const level = (text ?? "info").toLowerCase();
  return level in RANK ? (level as LogLevel) : "info";
}

const noop: LogFn = () => {};

function formatFields(fields: LogFields | undefined): string {
  if (!fields) return "";
  let out = "";
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    const text = String(value);
    out += /[\s"=]/.test(text) ? ` ${key}=${JSON.stringify(text)}` : ` ${key}=${text}`;
  }
  return out;
}

export interface LoggerOptions {
  level?: LogLevel;
  write?: (line: string) => void;
}

// When the reader of stderr goes away (a log pipe closed), every later write fails with EPIPE. Unheard,
// that error would reach the last-resort handler, which logs it again: a loop that burns a core and
// starves shutdown. Logs stop instead; the bridge goes on.
let stderrOpen = true;
process.stderr.on("error", () => {
  stderrOpen = false;
});

const writeStderr = (line: string) => {
  if (stderrOpen) process.stderr.write(line);
};

export function createLogger(namespace: string, options: LoggerOptions = {}): Logger {
  const level = options.level ?? parseLogLevel(process.env.LOG_LEVEL);
  const write = options.write ?? writeStderr;
  const make = (name: Exclude<LogLevel, "silent">): LogFn =>
    RANK[level] >= RANK[name]
      ? (message, fields) =>
          write(
            `${new Date().toISOString()} ${name.toUpperCase()} ${namespace} ${message}${formatFields(fields)}\n`,
          )
      : noop;
  return {
    error: make("error"),
    warn: make("warn"),
    info: make("info"),
    debug: make("debug"),
    debugEnabled: RANK[level] >= RANK.debug,
  };
}
