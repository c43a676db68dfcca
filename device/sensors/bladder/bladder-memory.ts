// What a bladder sensor's analysis keeps across agent restarts (device/state/sensor-state-store.ts):
// the settings changed by command (lead time, threshold), each with the configured value it replaced,
// and the learned personal model (the void volumes the threshold is learned from, the hourly production
// profile). A commanded setting survives a restart unless the configuration itself was changed since
// (the configured value differs from the one the command replaced): then the new configuration wins.
// Pure: memoryOf(state, overrides) → memory; parseBladderMemory(raw) → Result; restoreMemory(…).
import { ok, type Result, rejected } from "../../../proto/index.ts";
import type { BladderAnalysisState } from "./bladder-analysis.ts";
import type { BladderSettings } from "./bladder-settings.ts";
import { REMEMBERED_VOIDS } from "./void-threshold.ts";

export const BLADDER_MEMORY_VERSION = 1;

/** A value set by command and the configured value it replaced. */
export interface Override {
  value: number;
  configured: number;
}

export interface BladderOverrides {
  leadTimeMin?: Override;
  /** 0 = learn from voids, as in the settings. */
  thresholdMl?: Override;
}

export interface BladderMemory {
  version: number;
  overrides: BladderOverrides;
  voidsMl: number[];
  hourlyRates: number[];
  hourlyCounts: number[];
}

export function memoryOf(state: BladderAnalysisState, overrides: BladderOverrides): BladderMemory {
  return {
    version: BLADDER_MEMORY_VERSION,
    overrides,
    voidsMl: [...state.threshold.voidsMl],
    hourlyRates: [...state.rates.rates],
    hourlyCounts: [...state.rates.counts],
  };
}

const isNumberIn = (value: unknown, min: number, max: number): value is number =>
  typeof value === "number" && Number.isFinite(value) && value >= min && value <= max;

function overrideError(raw: unknown, name: string, min: number, max: number): string | null {
  if (raw === undefined) return null;
  const o = raw as Partial<Override> | null;
  if (typeof o !== "object" || o === null) return `${name} is not an object`;
  if (!isNumberIn(o.value, min, max)) return `${name}.value must be in ${min}..${max}`;
  if (!isNumberIn(o.configured, min, max)) return `${name}.configured must be in ${min}..${max}`;
  return null;
}

const numbersIn = (raw: unknown, length: number | null, min: number, max: number): boolean =>
  Array.isArray(raw) &&
  (length === null ? raw.length <= REMEMBERED_VOIDS : raw.length === length) &&
  raw.every((value) => isNumberIn(value, min, max));

/** Validates a memory read back from disk; every problem is reported at once. */
export function parseBladderMemory(raw: unknown): Result<BladderMemory> {
  if (typeof raw !== "object" || raw === null) return rejected("bladder memory is not an object");
  const m = raw as Record<string, unknown>;
  const overrides = (m.overrides ?? {}) as Record<string, unknown>;
  const errors = [
    m.version === BLADDER_MEMORY_VERSION
      ? null
      : `version ${String(m.version)} is not ${BLADDER_MEMORY_VERSION}`,
    overrideError(overrides.leadTimeMin, "overrides.leadTimeMin", 1, 240),
    overrideError(overrides.thresholdMl, "overrides.thresholdMl", 0, 2000),
    numbersIn(m.voidsMl, null, 0, 5000) ? null : "voidsMl must be at most 20 volumes in 0..5000",
    numbersIn(m.hourlyRates, 24, 0, 10) ? null : "hourlyRates must be 24 rates in 0..10",
    numbersIn(m.hourlyCounts, 24, 0, 1e9) ? null : "hourlyCounts must be 24 counts",
  ].filter((error): error is string => error !== null);
  return errors.length ? rejected(errors.join("; ")) : ok(raw as BladderMemory);
}

/** The overrides that still apply: those whose configured value is still the configured one. */
export function liveOverrides(memory: BladderMemory, settings: BladderSettings): BladderOverrides {
  const { leadTimeMin, thresholdMl } = memory.overrides;
  return {
    ...(leadTimeMin && leadTimeMin.configured === settings.leadTimeMin ? { leadTimeMin } : {}),
    ...(thresholdMl && thresholdMl.configured === settings.thresholdMl ? { thresholdMl } : {}),
  };
}

/** The settings with the overrides applied. */
export const withOverrides = (settings: BladderSettings, overrides: BladderOverrides): BladderSettings => ({
  ...settings,
  ...(overrides.leadTimeMin ? { leadTimeMin: overrides.leadTimeMin.value } : {}),
  ...(overrides.thresholdMl ? { thresholdMl: overrides.thresholdMl.value } : {}),
});

/** The learned model put back into a fresh analysis state. */
export function restoreMemory(state: BladderAnalysisState, memory: BladderMemory): BladderAnalysisState {
  return {
    ...state,
    threshold: { ...state.threshold, voidsMl: [...memory.voidsMl] },
    rates: { ...state.rates, rates: [...memory.hourlyRates], counts: [...memory.hourlyCounts] },
  };
}
