// Building blocks for a config schema: each key is one descriptor that carries its type (through the
// parser's return type), its default, its environment override and its validation. The config type,
// the defaults, the env overrides and the error messages are all derived from one table of these.

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

export interface KeySpec<T> {
  /** Environment variable that overrides the file value. */
  readonly env: string;
  /** undefined = required (for non-optional keys). */
  readonly default: T | undefined;
  readonly optional: boolean;
  readonly doc: string;
  /** `raw` is a JSON value from the file, or a string from the environment. */
  readonly parse: (raw: unknown) => Parsed<T>;
}

export type SchemaTable = Record<string, KeySpec<unknown>>;
export type ConfigOf<S extends SchemaTable> = {
  readonly [K in keyof S]: S[K] extends KeySpec<infer T> ? T : never;
};

const fail = (error: string): Parsed<never> => ({ ok: false, error });

interface TextOptions {
  env: string;
  doc: string;
  default?: string;
  /** Returns a complaint, or undefined when the value is fine. */
  check?: (value: string) => string | undefined;
}

function parseText(check: TextOptions["check"]) {
  return (raw: unknown): Parsed<string> => {
    if (typeof raw !== "string") return fail(`must be a string, got ${typeof raw}`);
    const complaint = check?.(raw);
    return complaint ? fail(complaint) : { ok: true, value: raw };
  };
}

export function text(options: TextOptions): KeySpec<string> {
  return {
    env: options.env,
    doc: options.doc,
    default: options.default,
    optional: false,
    parse: parseText(options.check),
  };
}

export function optionalText(options: Omit<TextOptions, "default">): KeySpec<string | undefined> {
  return {
    env: options.env,
    doc: options.doc,
    default: undefined,
    optional: true,
    parse: parseText(options.check),
  };
}

interface IntegerOptions {
  env: string;
  doc: string;
  default: number;
  min: number;
  max: number;
}

export function integer(options: IntegerOptions): KeySpec<number> {
  const parse = (raw: unknown): Parsed<number> => {
    // Environment values arrive as strings; the file may hold either form.
    const value = typeof raw === "string" && raw.trim() !== "" ? Number(raw) : raw;
    if (typeof value !== "number" || !Number.isInteger(value))
      return fail(`must be an integer, got ${JSON.stringify(raw)}`);
    if (value < options.min || value > options.max) {
      return fail(`must be between ${options.min} and ${options.max}, got ${value}`);
    }
    return { ok: true, value };
  };
  return { env: options.env, doc: options.doc, default: options.default, optional: false, parse };
}

export type ConfigResult<C> = { ok: true; config: C } | { ok: false; errors: string[] };

/**
 * Merges defaults < file < environment and validates every key, collecting every problem so an
 * operator sees them all at once.
 */
export function resolveConfig<S extends SchemaTable>(
  schema: S,
  file: unknown,
  env: Readonly<Record<string, string | undefined>>,
): ConfigResult<ConfigOf<S>> {
  const errors: string[] = [];
  const fileObject = isPlainObject(file) ? file : {};
  if (file !== undefined && !isPlainObject(file)) errors.push("config file: must contain a JSON object");
  for (const key of Object.keys(fileObject)) {
    if (!(key in schema)) errors.push(`${key}: unknown key (known: ${Object.keys(schema).join(", ")})`);
  }
  const config: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(schema)) {
    const fromEnv = env[spec.env];
    const source = fromEnv !== undefined ? `env ${spec.env}` : "config file";
    const raw = fromEnv !== undefined ? fromEnv : fileObject[key];
    if (raw === undefined || raw === null) {
      if (spec.default === undefined && !spec.optional)
        errors.push(`${key}: required (set it in the file or ${spec.env})`);
      config[key] = spec.default;
      continue;
    }
    const parsed = spec.parse(raw);
    if (parsed.ok) config[key] = parsed.value;
    else errors.push(`${key} (${source}): ${parsed.error}`);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, config: config as ConfigOf<S> };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** One line per key, for --help and docs. */
export function describeSchema(schema: SchemaTable): string[] {
  return Object.entries(schema).map(([key, spec]) => {
    const fallback =
      spec.default === undefined ? (spec.optional ? "optional" : "required") : JSON.stringify(spec.default);
    return `${key} (${spec.env}, ${fallback}): ${spec.doc}`;
  });
}
