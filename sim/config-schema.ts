// A tiny schema builder: each field carries its type, validation, default, environment override
// and documentation together, so the config type, the checks and the --help text cannot drift apart.
// Parsing collects every error instead of stopping at the first.

export interface ParseContext {
  errors: string[];
  env: Readonly<Record<string, string | undefined>>;
  /** Values computed at start-up (e.g. the current time) that some defaults depend on. */
  defaults: Readonly<Record<string, number>>;
}

export interface Field<T> {
  parse(value: unknown, path: string, context: ParseContext): T | undefined;
  /** One line per documented field: `path  description`. */
  describe(path: string): string[];
}

type Shape = Record<string, Field<unknown>>;
export type FieldValue<F> = F extends Field<infer T> ? T : never;
export type Parsed<S extends Shape> = { [K in keyof S]: FieldValue<S[K]> };

export interface NumberRule {
  doc: string;
  min?: number;
  max?: number;
  /** Lower bound that the value must exceed. */
  above?: number;
  integer?: boolean;
  /** A fixed default, or the name of a start-up value in `context.defaults`. */
  default?: number | { fromContext: string };
  env?: string;
}

function checkNumber(value: number, rule: NumberRule): string | null {
  if (!Number.isFinite(value)) return "must be a finite number";
  if (rule.integer && !Number.isInteger(value)) return "must be an integer";
  if (rule.min !== undefined && value < rule.min) return `must be ≥ ${rule.min}`;
  if (rule.max !== undefined && value > rule.max) return `must be ≤ ${rule.max}`;
  if (rule.above !== undefined && value <= rule.above) return `must be > ${rule.above}`;
  return null;
}

function numberFrom(value: unknown, path: string, context: ParseContext, rule: NumberRule): unknown {
  const fromEnv = rule.env === undefined ? undefined : context.env[rule.env];
  if (fromEnv !== undefined && fromEnv !== "") {
    const parsed = Number(fromEnv);
    if (Number.isNaN(parsed))
      context.errors.push(`${rule.env} (overrides ${path}): "${fromEnv}" is not a number`);
    return parsed;
  }
  if (value !== undefined) return value;
  if (typeof rule.default === "number") return rule.default;
  if (rule.default !== undefined) return context.defaults[rule.default.fromContext];
  return undefined;
}

function describeNumber(path: string, rule: NumberRule, optional: boolean): string[] {
  const notes: string[] = [];
  if (typeof rule.default === "number") notes.push(`default ${rule.default}`);
  else if (rule.default !== undefined) notes.push(`default: ${rule.default.fromContext}`);
  else if (optional) notes.push("optional");
  if (rule.env) notes.push(`env ${rule.env}`);
  return [`${path}  ${rule.doc}${notes.length ? ` (${notes.join(", ")})` : ""}`];
}

export function numberField(rule: NumberRule): Field<number> {
  return {
    parse(value, path, context) {
      const candidate = numberFrom(value, path, context, rule);
      if (candidate === undefined) return void context.errors.push(`${path}: required number is missing`);
      if (typeof candidate !== "number") return void context.errors.push(`${path}: must be a number`);
      const problem = checkNumber(candidate, rule);
      if (problem) return void context.errors.push(`${path}: ${problem} (got ${candidate})`);
      return candidate;
    },
    describe: (path) => describeNumber(path, rule, false),
  };
}

export function optionalNumberField(rule: Omit<NumberRule, "default">): Field<number | undefined> {
  const required = numberField(rule);
  return {
    parse(value, path, context) {
      if (numberFrom(value, path, context, rule) === undefined) return undefined;
      return required.parse(value, path, context);
    },
    describe: (path) => describeNumber(path, rule, true),
  };
}

export function stringField(rule: { doc: string; pattern?: RegExp; maxLength?: number }): Field<string> {
  return {
    parse(value, path, context) {
      if (typeof value !== "string" || value.length === 0) {
        return void context.errors.push(`${path}: must be a non-empty string`);
      }
      if (rule.maxLength !== undefined && value.length > rule.maxLength) {
        return void context.errors.push(`${path}: longer than ${rule.maxLength} characters`);
      }
      if (rule.pattern && !rule.pattern.test(value)) {
        return void context.errors.push(`${path}: "${value}" does not match ${rule.pattern}`);
      }
      return value;
    },
    describe: (path) => [`${path}  ${rule.doc}`],
  };
}

export function listField<T>(item: Field<T>, rule: { doc: string; minItems?: number }): Field<T[]> {
  return {
    parse(value, path, context) {
      if (!Array.isArray(value)) return void context.errors.push(`${path}: must be a list`);
      if (value.length < (rule.minItems ?? 0)) {
        context.errors.push(`${path}: needs at least ${rule.minItems} item(s)`);
      }
      const items = value.map((element, index) => item.parse(element, `${path}[${index}]`, context));
      return items.every((element) => element !== undefined) ? (items as T[]) : undefined;
    },
    describe: (path) => [`${path}  ${rule.doc}`, ...item.describe(`${path}[]`)],
  };
}

export function objectField<S extends Shape>(shape: S): Field<Parsed<S>> {
  return {
    parse(value, path, context) {
      const isObject = typeof value === "object" && value !== null && !Array.isArray(value);
      if (!isObject) return void context.errors.push(`${path || "config"}: must be an object`);
      const input = value as Record<string, unknown>;
      for (const key of Object.keys(input)) {
        if (!(key in shape)) context.errors.push(`${join(path, key)}: unknown field`);
      }
      const before = context.errors.length;
      const output: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(shape)) {
        output[key] = field.parse(input[key], join(path, key), context);
      }
      return context.errors.length === before ? (output as Parsed<S>) : undefined;
    },
    describe: (path) => Object.entries(shape).flatMap(([key, field]) => field.describe(join(path, key))),
  };
}

const join = (path: string, key: string): string => (path ? `${path}.${key}` : key);
