// Settings of a sensor kind as a flat object of checked values: what the config does not name keeps
// its default, and every unknown key and bad value is reported at once rather than the first alone.
import { ok, type Result, rejected } from "../../proto/index.ts";

/** Null when the value is acceptable, else what is wrong with it ("must be …"). */
export type SettingCheck = (value: unknown) => string | null;

export const numberWithin =
  (min: number, max: number): SettingCheck =>
  (value) =>
    typeof value === "number" && Number.isFinite(value) && value >= min && value <= max
      ? null
      : `must be a number within ${min}–${max}`;

export function parseCheckedSettings<T extends object>(
  kind: string,
  raw: unknown,
  defaults: T,
  checks: Record<keyof T, SettingCheck>,
): Result<T> {
  if (raw !== undefined && raw !== null && (typeof raw !== "object" || Array.isArray(raw))) {
    return rejected(`${kind} settings must be an object`);
  }
  const input = (raw ?? {}) as Record<string, unknown>;
  const settings: Record<string, unknown> = { ...(defaults as Record<string, unknown>) };
  const errors: string[] = [];
  for (const [key, value] of Object.entries(input)) {
    const check = (checks as Record<string, SettingCheck | undefined>)[key];
    if (!check) {
      errors.push(`unknown ${kind} setting ${key}`);
      continue;
    }
    const problem = check(value);
    if (problem) errors.push(`${key} ${problem}`);
    else settings[key] = value;
  }
  return errors.length ? rejected(errors.join("; ")) : ok(settings as unknown as T);
}
