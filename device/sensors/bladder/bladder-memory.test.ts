// A restarted analyzer keeps what was commanded and what it learned (bladder-memory.ts), through the
// same file store the agent lends it.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { BladderEcho } from "../../../proto/index.ts";
import type { OutgoingPayload } from "../../pipeline/outgoing.ts";
import { FileSensorStateStore } from "../../state/sensor-state-store.ts";
import { Counters } from "../../status/counters.ts";
import { type BladderAnalyzer, createBladderAnalyzer } from "./bladder-analyzer.ts";
import { type BladderSettings, defaultBladderSettings } from "./bladder-settings.ts";
import { echoFor } from "./test-echoes.ts";

const MINUTE = 60_000;
const T0 = Date.UTC(2025, 0, 6, 10, 0);
const dir = mkdtempSync(join(tmpdir(), "bladder-memory-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function start(name: string, settings: BladderSettings = defaultBladderSettings) {
  const counters = new Counters();
  const stateStore = new FileSensorStateStore(dir, name, counters);
  const analyzer = createBladderAnalyzer(settings, name, { monotonicMs: () => 0, counters, stateStore });
  return { analyzer, counters, stateStore };
}

const read = (a: BladderAnalyzer, minute: number, volumeMl: number): OutgoingPayload[] =>
  a.analyze({
    reading: { ...echoFor(volumeMl), ticksMs: minute * MINUTE, batteryPct: 90 } satisfies BladderEcho,
    timeMs: T0 + minute * MINUTE,
    sensorSeq: minute,
    gapBefore: 0,
  });

function settingsOf(payloads: OutgoingPayload[]): Record<string, number> | null {
  const observation = payloads.flatMap((p) => ("observation" in p ? [p.observation] : [])).at(-1);
  if (observation?.name !== "bladder_settings") return null;
  return Object.fromEntries((observation.fields ?? []).map((f) => [f.name ?? "", Number(f.value)]));
}

describe("bladder memory across restarts", () => {
  it("keeps a commanded lead time and threshold after a restart, and publishes them", () => {
    const first = start("bladder-1");
    expect(settingsOf(read(first.analyzer, 1, 150))).toMatchObject({ lead_time_min: 20, threshold_ml: 280 });
    expect(first.analyzer.applyCommand({ kind: "set_lead_time", args: { minutes: "35" } })).toEqual({
      ok: true,
      value: "lead time 35 min",
    });
    first.analyzer.applyCommand({ kind: "set_threshold", args: { ml: "330" } });
    expect(settingsOf(first.analyzer.drainOutputs())).toEqual({
      lead_time_min: 35,
      threshold_ml: 330,
      threshold_fixed: 1,
      learned_voids: 0,
    });
    const restarted = start("bladder-1");
    expect(restarted.analyzer.leadTimeMin).toBe(35);
    expect(restarted.counters.get("sensor_state_restored")).toBe(1);
    expect(settingsOf(read(restarted.analyzer, 2, 150))).toMatchObject({
      lead_time_min: 35,
      threshold_ml: 330,
    });
  });

  it("keeps the learned void volumes, and lets a configuration changed since the command win", () => {
    const first = start("bladder-2");
    // Two filling cycles with a void at about 300 mL each, sitting all day: both are learned.
    let minute = 0;
    for (const cycle of [0, 1]) {
      for (let i = 0; i < 330; i++) read(first.analyzer, ++minute, 100 + 0.6 * i + cycle);
      for (let i = 0; i < 40; i++) read(first.analyzer, ++minute, 30 + 0.6 * i);
    }
    first.analyzer.applyCommand({ kind: "set_lead_time", args: { minutes: "35" } });
    const learned = settingsOf(first.analyzer.drainOutputs());
    expect(learned?.learned_voids).toBe(2);
    const reconfigured = start("bladder-2", { ...defaultBladderSettings, leadTimeMin: 25 });
    expect(reconfigured.analyzer.leadTimeMin).toBe(25);
    const again = settingsOf(read(reconfigured.analyzer, ++minute, 60));
    expect(again).toMatchObject({ lead_time_min: 25, learned_voids: 2 });
    expect(again?.threshold_ml).toBeCloseTo(learned?.threshold_ml ?? 0, 1);
  });

  it("starts from the defaults when the saved memory is torn or invalid, and counts it", () => {
    const torn = start("bladder-3");
    torn.analyzer.applyCommand({ kind: "set_lead_time", args: { minutes: "35" } });
    writeFileSync(torn.stateStore.path, '{"format":1,"sha256":"');
    const afterTorn = start("bladder-3");
    expect(afterTorn.analyzer.leadTimeMin).toBe(20);
    expect(afterTorn.counters.get("sensor_state_unreadable")).toBe(1);
    afterTorn.stateStore.save({ version: 1, overrides: { leadTimeMin: { value: 999, configured: 20 } } });
    const invalid = start("bladder-3");
    expect(invalid.analyzer.leadTimeMin).toBe(20);
    expect(invalid.counters.get("sensor_state_rejected")).toBe(1);
  });
});
