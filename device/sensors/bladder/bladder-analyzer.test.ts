import { describe, expect, it } from "vitest";
import { type BladderEcho, care } from "../../../proto/index.ts";
import type { OutgoingPayload } from "../../pipeline/outgoing.ts";
import { bladderDefinition } from "./bladder-definition.ts";
import { defaultBladderSettings } from "./bladder-settings.ts";
import { echoFor, liftedEcho, type TestEcho } from "./test-echoes.ts";

const MINUTE = 60_000;
const T0 = 1_736_000_000_000;

function analyzer(settings = { ...defaultBladderSettings, thresholdMl: 300 }) {
  const created = bladderDefinition.createAnalyzer?.(settings, "bladder-1");
  if (!created) throw new Error("no analyzer");
  return created;
}

const stamped = (minute: number, echo: TestEcho) => ({
  reading: { ...echo, ticksMs: minute * MINUTE, batteryPct: 90 } satisfies BladderEcho,
  timeMs: T0 + minute * MINUTE,
  sensorSeq: minute,
  gapBefore: 0,
});

/** Runs minutes 1..n and returns every payload. */
function feed(
  a: ReturnType<typeof analyzer>,
  from: number,
  to: number,
  echoAt: (m: number) => TestEcho,
): OutgoingPayload[] {
  const out: OutgoingPayload[] = [];
  for (let m = from; m <= to; m++) out.push(...a.analyze(stamped(m, echoAt(m))));
  return out;
}

const alerts = (payloads: OutgoingPayload[]) => payloads.flatMap((p) => ("alert" in p ? [p.alert] : []));
const events = (payloads: OutgoingPayload[]) => payloads.flatMap((p) => ("event" in p ? [p.event] : []));

describe("bladder analyzer", () => {
  it("sends predictions, a toilet_soon alert raised then cleared, and a void event", () => {
    const a = analyzer();
    const payloads = feed(a, 1, 360, (m) => echoFor(m < 340 ? 100 + 0.6 * m : 30));
    const predictions = payloads.flatMap((p) => ("prediction" in p ? [p.prediction] : []));
    expect(predictions.length).toBeGreaterThan(300);
    expect(predictions[0]).toMatchObject({ sensorId: "bladder-1", target: "void_threshold", sensorKind: 1 });
    const [raised, cleared] = alerts(payloads);
    expect(raised).toMatchObject({
      kind: "toilet_soon",
      state: care.v1.AlertState.ALERT_STATE_RAISED,
      severity: care.v1.Severity.SEVERITY_WARNING,
    });
    expect(raised?.alertId).toMatch(/^bladder-1-toilet_soon-\d+$/);
    expect(cleared).toMatchObject({
      alertId: raised?.alertId,
      state: care.v1.AlertState.ALERT_STATE_CLEARED,
    });
    expect(raised?.fields?.find((f) => f.name === "lead_time_min")?.value).toBe(20);
    const [voided] = events(payloads);
    expect(voided).toMatchObject({
      kind: "void_detected",
      timeMs: T0 + 340 * MINUTE,
      detail: "may have voided",
    });
    expect(voided?.fields?.find((f) => f.name === "volume_drop_ml")?.value).toBeGreaterThan(250);
  });

  it("reports detachment and reattachment as events", () => {
    const a = analyzer();
    const payloads = feed(a, 1, 30, (m) => (m > 10 && m <= 20 ? liftedEcho : echoFor(150)));
    expect(events(payloads).map((e) => [e.kind, e.detail])).toEqual([
      ["sensor_detached", "no echo: transducer lifted off the skin"],
      ["sensor_reattached", "echo back"],
    ]);
  });

  it("applies a new lead time: the notice comes earlier", () => {
    const a = analyzer();
    expect(a.applyCommand?.({ kind: "set_lead_time", args: { minutes: "60" } })).toEqual({
      ok: true,
      value: "lead time 60 min",
    });
    const raised = alerts(feed(a, 1, 200, (m) => echoFor(100 + m)))[0];
    // 300 mL comes at minute 200: a 60-minute lead raises it around minute 140.
    expect(raised?.timeMs).toBeLessThan(T0 + 150 * MINUTE);
    expect(raised?.timeMs).toBeGreaterThan(T0 + 130 * MINUTE);
  });

  it("sets the threshold in mL or as a level, or back to learning, and refuses bad commands", () => {
    const a = analyzer({ ...defaultBladderSettings, capacityMl: 500 });
    expect(a.applyCommand?.({ kind: "set_threshold", args: { level: "7" } })).toEqual({
      ok: true,
      value: "threshold 350 mL (fixed)",
    });
    expect(a.applyCommand?.({ kind: "set_threshold", args: { ml: "320" } })).toEqual({
      ok: true,
      value: "threshold 320 mL (fixed)",
    });
    expect(a.applyCommand?.({ kind: "set_threshold", args: { learn: "true" } })).toEqual({
      ok: true,
      value: "threshold learned from voids",
    });
    expect(a.applyCommand?.({ kind: "set_threshold", args: { ml: "320", level: "7" } }).ok).toBe(false);
    expect(a.applyCommand?.({ kind: "set_threshold", args: { ml: "5" } }).ok).toBe(false);
    expect(a.applyCommand?.({ kind: "set_lead_time", args: { minutes: "soon" } })).toEqual({
      ok: false,
      reason: "set_lead_time needs minutes in 1..240",
    });
    expect(a.applyCommand?.({ kind: "reboot", args: {} }).ok).toBe(false);
  });

  it("holds a fixed threshold given by command", () => {
    const a = analyzer({ ...defaultBladderSettings });
    a.applyCommand?.({ kind: "set_threshold", args: { ml: "200" } });
    const raised = alerts(feed(a, 1, 200, (m) => echoFor(100 + 0.6 * m)))[0];
    // 200 mL comes at minute 167; the default 20-minute lead.
    expect(raised?.fields?.find((f) => f.name === "threshold_ml")?.value).toBe(200);
    expect(raised?.timeMs).toBeGreaterThan(T0 + 140 * MINUTE);
    expect(raised?.timeMs).toBeLessThan(T0 + 155 * MINUTE);
  });

  it("reads the window's fill as lying, the posture its geometry is calibrated for", () => {
    const a = analyzer();
    const readings = Array.from({ length: 60 }, (_, i) => stamped(i + 1, echoFor(250, "sitting")));
    for (const reading of readings) a.analyze(reading);
    const window = readings.slice(-5);
    const volume = (draft: { fields?: { name: string; value: number }[] | null } | undefined) =>
      draft?.fields?.find((field) => field.name === "volume_ml")?.value ?? 0;
    // Without the posture the sitting bladder reads about 19 % fuller.
    expect(volume(bladderDefinition.estimateWindow(window, defaultBladderSettings))).toBeGreaterThan(285);
    expect(volume(a.estimateWindow?.(window))).toBeCloseTo(250, -1);
  });
});
