// A small schema language: one declaration gives the config type, validation, defaults and
// environment overrides. Parsing collects every error, so start-up reports them all at once.

export interface Spec<T> {
  parse(value: unknown, path: string, errors: string[], env: NodeJS.ProcessEnv): T;
  /** The environment variable that can supply this value (leaves only). */
  readonly env?: string;
}
export type Infer<S> = S extends Spec<infer T> ? T : never;

interface LeafOptions<T> {
  default?: T;
  /** Environment variable that overrides the file's value. */
  env?: string;
}

function leaf<T>(
  what: string,
  options: LeafOptions<T>,
  accept: (raw: unknown) => T | undefined,
  fromEnv: (text: string) => unknown,
): Spec<T> {
  return {
    env: options.env,
    parse(value, path, errors, env) {
      const overridden = options.env !== undefined ? env[options.env] : undefined;
      const raw = overridden !== undefined ? fromEnv(overridden) : value;
      if (raw === undefined) {
        if (options.default !== undefined) return options.default;
        errors.push(`${path}: required ${what}`);
        return undefined as T;
      }
      const parsed = accept(raw);
      if (parsed === undefined) errors.push(`${path}: expected ${what}, got ${JSON.stringify(raw)}`);
      return parsed as T;
    },
  };
}

export function number(
  options: LeafOptions<number> & { min?: number; max?: number; integer?: boolean } = {},
): Spec<number> {
  const { min = Number.NEGATIVE_INFINITY, max = Number.POSITIVE_INFINITY } = options;
  const what = `${options.integer ? "integer" : "number"} in [${min}, ${max}]`;
  return leaf(
    what,
    options,
    (raw) =>
      typeof raw === "number" &&
      Number.isFinite(raw) &&
      raw >= min &&
      raw <= max &&
      (!options.integer || Number.isInteger(raw))
        ? raw
        : undefined,
    Number,
  );
}

export function string(options: LeafOptions<string> & { pattern?: RegExp } = {}): Spec<string> {
  const what = options.pattern ? `string matching ${options.pattern}` : "non-empty string";
  return leaf(
    what,
    options,
    (raw) =>
      typeof raw === "string" && raw.length > 0 && (!options.pattern || options.pattern.test(raw))
        ? raw
        : undefined,
    String,
  );
}

export function oneOf<const T extends string>(values: readonly T[], options: LeafOptions<T> = {}): Spec<T> {
  return leaf(
    `one of ${values.join("|")}`,
    options,
    (raw) => ((values as readonly unknown[]).includes(raw) ? (raw as T) : undefined),
    String,
  );
}

export function optional<T>(spec: Spec<T>): Spec<T | undefined> {
  return {
    // An optional key left out of the file can still come from its environment variable.
    parse: (value, path, errors, env) =>
      value === undefined && (spec.env === undefined || env[spec.env] === undefined)
        ? undefined
        : spec.parse(value, path, errors, env),
  };
}

/** Free-form object handed to a sensor definition, which validates it itself. */
export function passthrough(): Spec<unknown> {
  return { parse: (value) => value };
}

export function object<Shape extends Record<string, Spec<unknown>>>(
  shape: Shape,
): Spec<{ [K in keyof Shape]: Infer<Shape[K]> }> {
  return {
    parse(value, path, errors, env) {
      const input = value ?? {};
      if (typeof input !== "object" || Array.isArray(input)) {
        errors.push(`${path}: expected an object`);
        return {} as { [K in keyof Shape]: Infer<Shape[K]> };
      }
      const record = input as Record<string, unknown>;
      for (const key of Object.keys(record)) if (!(key in shape)) errors.push(`${path}.${key}: unknown key`);
      const out: Record<string, unknown> = {};
      for (const [key, spec] of Object.entries(shape))
        out[key] = spec.parse(record[key], `${path}.${key}`, errors, env);
      return out as { [K in keyof Shape]: Infer<Shape[K]> };
    },
  };
}

export function array<T>(item: Spec<T>, options: { minItems?: number } = {}): Spec<T[]> {
  return {
    parse(value, path, errors, env) {
      if (!Array.isArray(value)) {
        errors.push(`${path}: expected an array`);
        return [];
      }
      if (value.length < (options.minItems ?? 0))
        errors.push(`${path}: needs at least ${options.minItems} items`);
      return value.map((entry, index) => item.parse(entry, `${path}[${index}]`, errors, env));
    },
  };
}

export function parseWithSchema<T>(
  spec: Spec<T>,
  value: unknown,
  env: NodeJS.ProcessEnv = process.env,
): { value: T; errors: string[] } {
  const errors: string[] = [];
  const parsed = spec.parse(value, "config", errors, env);
  return { value: parsed, errors };
}

/** One of several object shapes, chosen by the string in `key` (e.g. a transport's "type"). */
export function tagged<const Key extends string, Variants extends Record<string, Spec<object>>>(
  key: Key,
  variants: Variants,
): Spec<{ [Tag in keyof Variants]: Infer<Variants[Tag]> & { [K in Key]: Tag } }[keyof Variants]> {
  type Out = { [Tag in keyof Variants]: Infer<Variants[Tag]> & { [K in Key]: Tag } }[keyof Variants];
  return {
    parse(value, path, errors, env) {
      const record = (value ?? {}) as Record<string, unknown>;
      const tag = record[key];
      const variant = typeof tag === "string" ? variants[tag] : undefined;
      if (!variant) {
        errors.push(
          `${path}.${key}: expected one of ${Object.keys(variants).join("|")}, got ${JSON.stringify(tag)}`,
        );
        return {} as Out;
      }
      const { [key]: _tag, ...rest } = record;
      return { ...variant.parse(rest, path, errors, env), [key]: tag } as Out;
    },
  };
}
