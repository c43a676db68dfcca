// Checks a night scenario, hand-written or read from a file, before it is played: every problem is
// reported at once (one per line), so a scenario file is fixed in one go instead of error by error.
import { ok, type Result, rejected } from "../../proto/result.ts";
import { confuserKinds, type NightScenario } from "./scenario.ts";

const states = ["empty", "in_bed_awake", "asleep", "sitting_up", "moving"];
const postures = ["out", "supine", "left", "right", "prone", "sitting", "edge"];
const sites = ["body", "legs", "arm", "external"];

type Record_ = Record<string, unknown>;

const isRecord = (value: unknown): value is Record_ =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const isNumber = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);

class Checker {
  readonly errors: string[] = [];

  record(value: unknown, path: string): Record_ | null {
    if (isRecord(value)) return value;
    this.errors.push(`${path}: must be an object`);
    return null;
  }

  list(value: unknown, path: string, optional = false): unknown[] {
    if (optional && value === undefined) return [];
    if (Array.isArray(value)) return value;
    this.errors.push(`${path}: must be a list`);
    return [];
  }

  number(record: Record_, key: string, path: string, min = -Infinity, max = Infinity, optional = false) {
    const value = record[key];
    if (optional && value === undefined) return;
    if (!isNumber(value) || value < min || value > max)
      this.errors.push(`${path}.${key}: must be a number${rangeText(min, max)}`);
  }

  oneOf(record: Record_, key: string, path: string, allowed: readonly string[], optional = false) {
    const value = record[key];
    if (optional && value === undefined) return;
    if (typeof value !== "string" || !allowed.includes(value))
      this.errors.push(`${path}.${key}: must be one of ${allowed.join(", ")}`);
  }
}

function rangeText(min: number, max: number): string {
  if (min === -Infinity && max === Infinity) return "";
  if (max === Infinity) return ` ≥ ${min}`;
  return ` in ${min}–${max}`;
}

const residentNumbers: [string, number, number, boolean][] = [
  ["weightKg", 20, 250, false],
  ["restingHeartRateBpm", 30, 150, false],
  ["sleepHeartRateDropBpm", -20, 30, false],
  ["remHeartRateRiseBpm", -10, 30, true],
  ["nightHeartRateDeclineBpm", -10, 20, true],
  ["arousalHeartRateRiseBpm", 0, 60, true],
  ["sinusArrhythmiaBpm", 0, 30, false],
  ["breathingRatePerMin", 4, 40, false],
  ["awakeBreathingCv", 0, 0.5, true],
  ["nremBreathingCv", 0, 0.5, true],
  ["remBreathingCv", 0, 0.5, true],
  ["nremBreathingRateFactor", 0.5, 1.5, true],
  ["remBreathingRateFactor", 0.5, 1.5, true],
  ["awakeBreathingDepthFactor", 0.3, 3, true],
  ["remBreathingDepthFactor", 0.3, 3, true],
  ["breathingDepth", 0, 0.1, false],
  ["bcgStrength", 0, 0.01, false],
  ["restlessnessPerMin", 0, 20, false],
  ["apnoeasPerHour", 0, 60, false],
  ["sleepLatencyMin", 0, 600, false],
  ["stillWakeShare", 0, 1, true],
  ["limbMovementsPerHour", 0, 200, true],
  ["movementArousalsPerHour", 0, 60, true],
  ["armMovementsPerHourAsleep", 0, 60, true],
  ["inhaleShare", 0.2, 0.6, true],
  ["bcgTimeScale", 0.5, 2, true],
  ["beatJitterMs", 0, 100, true],
  ["mayerWaveBpm", 0, 10, true],
  ["mayerWaveHz", 0.02, 0.3, true],
];

function checkResident(check: Checker, value: unknown): void {
  const resident = check.record(value, "resident");
  if (!resident) return;
  for (const [key, min, max, optional] of residentNumbers)
    check.number(resident, key, "resident", min, max, optional);
  const gains = resident.bcgWaveGains;
  if (gains !== undefined && !(Array.isArray(gains) && gains.length === 6 && gains.every(isNumber)))
    check.errors.push("resident.bcgWaveGains: must be six numbers (H, I, J, K, L, M)");
}

function checkSensor(check: Checker, value: unknown): void {
  const sensor = check.record(value, "sensor");
  if (!sensor) return;
  check.number(sensor, "sampleRateHz", "sensor", 50, 1000);
  const channels = sensor.channels;
  if (!Number.isInteger(channels) || (channels as number) < 1 || (channels as number) > 4)
    check.errors.push("sensor.channels: must be an integer in 1–4");
  check.number(sensor, "countsPerKg", "sensor", 1, 10_000);
  for (const key of ["noiseCounts", "driftCounts", "thermalDriftCounts"])
    check.number(sensor, key, "sensor", 0);
  const offsets = sensor.offsetCounts;
  if (!Array.isArray(offsets) || !offsets.every(isNumber) || offsets.length !== channels)
    check.errors.push("sensor.offsetCounts: must be one number per channel");
}

function checkSegments(check: Checker, value: unknown, durationS: unknown): void {
  const segments = check.list(value, "segments");
  if (segments.length === 0) check.errors.push("segments: at least one is needed");
  let previousEnd = 0;
  segments.forEach((item, i) => {
    const path = `segments[${i}]`;
    const segment = check.record(item, path);
    if (!segment) return;
    check.oneOf(segment, "state", path, states);
    check.oneOf(segment, "posture", path, postures);
    if (typeof segment.asleep !== "boolean") check.errors.push(`${path}.asleep: must be true or false`);
    check.number(segment, "movementIntensity", path, 0, 1);
    check.number(segment, "coverage", path, 0, 1, true);
    check.number(segment, "heartRateRiseBpm", path, 0, 60, true);
    const { startS, endS, rampS } = segment;
    if (!isNumber(startS) || !isNumber(endS) || endS <= startS) {
      check.errors.push(`${path}: needs numbers startS < endS`);
      return;
    }
    if (Math.abs(startS - previousEnd) > 1e-6)
      check.errors.push(
        i === 0 ? `${path}.startS: must be 0` : `${path}: gap or overlap after segment ${i - 1}`,
      );
    if (!isNumber(rampS) || rampS < 0 || rampS > endS - startS + 1e-6)
      check.errors.push(`${path}.rampS: must be a number from 0 to the segment's length`);
    previousEnd = endS;
  });
  if (isNumber(durationS) && segments.length > 0 && previousEnd < durationS)
    check.errors.push(`segments: end at ${previousEnd} s, before the night does (${durationS} s)`);
}

/** Lists of timed items: apnoeas, fidgets, external loads, confusers. */
function checkTimed(check: Checker, scenario: Record_): void {
  check.list(scenario.apnoeas, "apnoeas").forEach((item, i) => {
    const apnoea = check.record(item, `apnoeas[${i}]`);
    if (!apnoea) return;
    check.number(apnoea, "startS", `apnoeas[${i}]`, 0);
    check.number(apnoea, "durationS", `apnoeas[${i}]`, 1, 300);
  });
  check.list(scenario.fidgets, "fidgets").forEach((item, i) => {
    const fidget = check.record(item, `fidgets[${i}]`);
    if (!fidget) return;
    check.number(fidget, "startS", `fidgets[${i}]`, 0);
    check.number(fidget, "durationS", `fidgets[${i}]`, 0.01, 600);
    check.number(fidget, "intensity", `fidgets[${i}]`, 0, 1);
    check.oneOf(fidget, "site", `fidgets[${i}]`, sites, true);
    check.number(fidget, "heartRateRiseBpm", `fidgets[${i}]`, 0, 60, true);
  });
  check.list(scenario.externalLoads, "externalLoads", true).forEach((item, i) => {
    const path = `externalLoads[${i}]`;
    const load = check.record(item, path);
    if (!load) return;
    check.number(load, "startS", path, 0);
    check.number(load, "durationS", path, 0.1);
    check.number(load, "rampS", path, 0);
    check.number(load, "kg", path, 0, 300);
    const zones = load.zones;
    if (!(Array.isArray(zones) && zones.length === 4 && zones.every(isNumber)))
      check.errors.push(`${path}.zones: must be four shares (head, chest, hips, legs)`);
  });
  check.list(scenario.confusers, "confusers", true).forEach((item, i) => {
    const confuser = check.record(item, `confusers[${i}]`);
    if (!confuser) return;
    check.oneOf(confuser, "kind", `confusers[${i}]`, confuserKinds);
    check.number(confuser, "startS", `confusers[${i}]`, 0);
    check.number(confuser, "endS", `confusers[${i}]`, 0);
  });
}

/** Structural and range checks of raw JSON; on success the value is a playable scenario. */
export function parseScenario(raw: unknown): Result<NightScenario> {
  const check = new Checker();
  const scenario = check.record(raw, "scenario");
  if (!scenario) return rejected(check.errors.join("\n"));
  check.number(scenario, "seed", "scenario");
  check.number(scenario, "durationS", "scenario", 1, 7 * 86_400);
  checkResident(check, scenario.resident);
  checkSensor(check, scenario.sensor);
  checkSegments(check, scenario.segments, scenario.durationS);
  checkTimed(check, scenario);
  return check.errors.length > 0 ? rejected(check.errors.join("\n")) : ok(raw as NightScenario);
}

/** The same checks on a scenario built in code (e.g. a drawn or hand-made night). */
export function validateScenario(scenario: NightScenario): Result<NightScenario> {
  return parseScenario(scenario);
}
