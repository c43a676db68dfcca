import { describe, expect, it } from "vitest";
import { Rng } from "../../sim/bed/index.ts";
import { bedAnalyzerConfig, hopS } from "./bed-config.ts";
import { type BedEvent, OccupancyDetector } from "./occupancy-detector.ts";

const body = 14_000; // counts: 70 kg at 200 counts/kg
const offset = [2000, 2500, 1800, 2200];
const lying = [0.08, 0.35, 0.4, 0.17];
const sitting = [0, 0.06, 0.7, 0.24];
const edge = [0, 0.02, 0.55, 0.03];

function detector(channels = 4): OccupancyDetector {
  const config = bedAnalyzerConfig({ sampleRateHz: 100, channels });
  if (!config.ok) throw new Error(config.reason);
  return new OccupancyDetector(config.value);
}

/** Feeds `seconds` of hops whose loads move linearly from `from` to `to` shares (then hold). */
function feed(
  d: OccupancyDetector,
  clock: { t: number },
  from: number[],
  to: number[],
  seconds: number,
  events: BedEvent[],
) {
  const hops = Math.round(seconds / hopS);
  for (let h = 0; h < hops; h++) {
    const w = Math.min(1, (h + 1) / hops);
    const loads = Float64Array.from(
      offset,
      (o, c) => o + body * ((from[c] ?? 0) * (1 - w) + (to[c] ?? 0) * w),
    );
    clock.t += hopS;
    const event = d.update(loads, clock.t, false);
    if (event) events.push(event);
  }
}

describe("OccupancyDetector", () => {
  it("follows a night: return, sit-up, lie-down, exit — each within 2 s of the load crossing", () => {
    const d = detector();
    const clock = { t: 0 };
    const events: BedEvent[] = [];
    const none = [0, 0, 0, 0];
    feed(d, clock, none, none, 20, events);
    feed(d, clock, none, edge, 1.5, events); // sits down on the edge: midpoint at 20.75 s
    feed(d, clock, edge, lying, 4, events);
    feed(d, clock, lying, lying, 60, events);
    const sitStart = clock.t;
    feed(d, clock, lying, sitting, 3, events);
    feed(d, clock, sitting, sitting, 30, events);
    feed(d, clock, sitting, lying, 3, events);
    feed(d, clock, lying, lying, 30, events);
    feed(d, clock, lying, edge, 3, events);
    feed(d, clock, edge, edge, 5, events);
    const exitStart = clock.t;
    feed(d, clock, edge, none, 1.5, events);
    feed(d, clock, none, none, 10, events);
    expect(events.map((e) => e.kind)).toEqual(["return", "sit_up", "lie_down", "sit_up", "bed_exit"]);
    expect(events[0]?.timeS).toBeLessThan(20.75 + 2);
    expect(events[1]?.timeS).toBeLessThan(sitStart + 1.5 + 2);
    expect(events[4]?.timeS).toBeGreaterThan(exitStart + 0.75);
    expect(events[4]?.timeS).toBeLessThan(exitStart + 0.75 + 2);
    expect(d.state).toBe("empty");
  });

  it("does not raise events for the load swings of a turn", () => {
    const d = detector();
    const clock = { t: 0 };
    const events: BedEvent[] = [];
    feed(d, clock, [0, 0, 0, 0], lying, 2, events);
    feed(d, clock, lying, lying, 30, events);
    const random = Rng.fromSeed(9);
    for (let h = 0; h < 30; h++) {
      const loads = Float64Array.from(
        offset,
        (o, c) => o + body * (lying[c] ?? 0) * (1 + 0.3 * (random.next() - 0.5)),
      );
      clock.t += hopS;
      const event = d.update(loads, clock.t, true);
      if (event) events.push(event);
    }
    expect(events.map((e) => e.kind)).toEqual(["return"]);
  });

  it("with one channel under the chest, sitting up is a drop of that channel", () => {
    const d = detector(1);
    const clock = { t: 0 };
    const events: BedEvent[] = [];
    const chest = (shares: number[]) => [(shares[1] ?? 0) + 0.25 * (shares[2] ?? 0)];
    feed(d, clock, [0], [0], 5, events);
    feed(d, clock, [0], chest(lying), 3, events);
    feed(d, clock, chest(lying), chest(lying), 30, events);
    feed(d, clock, chest(lying), chest(sitting), 3, events);
    feed(d, clock, chest(sitting), chest(sitting), 10, events);
    feed(d, clock, chest(sitting), [0], 1.5, events);
    feed(d, clock, [0], [0], 5, events);
    expect(events.map((e) => e.kind)).toEqual(["return", "sit_up", "bed_exit"]);
  });

  it("is not fooled by a caregiver on the bed or the resident lying at the edge", () => {
    const d = detector();
    const clock = { t: 0 };
    const events: BedEvent[] = [];
    const none = [0, 0, 0, 0];
    const plus = (shares: number[], extra: number[]) => shares.map((v, c) => v + (extra[c] ?? 0));
    feed(d, clock, none, none, 20, events);
    feed(d, clock, none, edge, 1.5, events);
    feed(d, clock, edge, lying, 4, events);
    feed(d, clock, lying, lying, 120, events);
    // A caregiver leans 15 kg on the head and chest for a minute, then sits (60 kg) by the hips.
    const lean = plus(lying, [0.05, 0.16, 0, 0]);
    feed(d, clock, lying, lean, 1, events);
    feed(d, clock, lean, lean, 60, events);
    feed(d, clock, lean, lying, 1, events);
    const seated = plus(lying, [0, 0.04, 0.5, 0.04]);
    feed(d, clock, lying, seated, 1.5, events);
    feed(d, clock, seated, seated, 180, events);
    feed(d, clock, seated, lying, 1.5, events);
    // The resident rolls to the edge, beside the sensor strip: 55 % of the body is felt.
    const atEdge = lying.map((v) => 0.55 * v);
    feed(d, clock, lying, atEdge, 3, events);
    feed(d, clock, atEdge, atEdge, 600, events);
    feed(d, clock, atEdge, lying, 3, events);
    feed(d, clock, lying, lying, 30, events);
    expect(events.map((e) => e.kind)).toEqual(["return"]);
    // And the real thing still works afterwards.
    feed(d, clock, lying, sitting, 3, events);
    feed(d, clock, sitting, sitting, 20, events);
    feed(d, clock, sitting, lying, 3, events);
    feed(d, clock, lying, lying, 10, events);
    feed(d, clock, lying, edge, 3, events);
    feed(d, clock, edge, none, 1.5, events);
    feed(d, clock, none, none, 5, events);
    expect(events.map((e) => e.kind)).toEqual(["return", "sit_up", "lie_down", "sit_up", "bed_exit"]);
  });

  it("stays silent when told the bed is occupied throughout", () => {
    const config = bedAnalyzerConfig({ sampleRateHz: 100, channels: 1, assumeOccupied: true });
    if (!config.ok) throw new Error(config.reason);
    const d = new OccupancyDetector(config.value);
    expect(d.update(Float64Array.of(0), 0.2, false)).toBeNull();
    expect(d.occupied).toBe(true);
  });
});
