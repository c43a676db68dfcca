// Where the body's weight, breathing and heartbeat land on the sensor. The body is four zones
// (head, chest, hips, legs); each channel covers some of them. Figures are rough anthropometric
// shares of body weight lying down (head ~8 %, trunk ~75 %, legs the rest), chosen for plausibility.
import type { Posture } from "./scenario.ts";

export type ZoneVector = readonly [head: number, chest: number, hips: number, legs: number];

/** Share of body weight each zone puts on the mattress. Sitting on the edge, the feet carry ~40 %. */
const zoneLoad: Record<Posture, ZoneVector> = {
  out: [0, 0, 0, 0],
  supine: [0.08, 0.35, 0.4, 0.17],
  left: [0.07, 0.33, 0.42, 0.18],
  right: [0.07, 0.33, 0.42, 0.18],
  prone: [0.07, 0.37, 0.38, 0.18],
  sitting: [0, 0.06, 0.7, 0.24],
  edge: [0, 0.02, 0.55, 0.03],
};

/** Breathing moves weight from the hips to the chest and back: opposite signs. */
const zoneBreathing: ZoneVector = [0.1, 1, -0.45, 0.05];
/** The ballistic recoil of each heartbeat reaches every zone, strongest under the chest. */
const zoneBcg: ZoneVector = [0.4, 1, 0.7, 0.3];

/** Lying on the side or sitting couples breathing and heartbeat less well into the mattress. */
const postureBreathing: Record<Posture, number> = {
  out: 0,
  supine: 1,
  left: 0.6,
  right: 0.6,
  prone: 0.8,
  sitting: 0.5,
  edge: 0.35,
};
const postureBcg: Record<Posture, number> = {
  out: 0,
  supine: 1,
  left: 0.75,
  right: 0.75,
  prone: 0.85,
  sitting: 0.6,
  edge: 0.4,
};

/**
 * Zone coverage of each channel, head to foot. One channel is a strip under the chest that also
 * catches the upper abdomen; four channels are one per zone.
 */
const layouts: Record<number, readonly ZoneVector[]> = {
  1: [[0, 1, 0.25, 0]],
  2: [
    [1, 1, 0, 0],
    [0, 0, 1, 1],
  ],
  3: [
    [1, 1, 0, 0],
    [0, 0, 1, 0],
    [0, 0, 0, 1],
  ],
  4: [
    [1, 0, 0, 0],
    [0, 1, 0, 0],
    [0, 0, 1, 0],
    [0, 0, 0, 1],
  ],
};

function layout(channels: number): readonly ZoneVector[] {
  const rows = layouts[channels];
  if (!rows) throw new Error(`no sensor layout for ${channels} channels`);
  return rows;
}

function project(channels: number, zones: ZoneVector, gain: number): number[] {
  return layout(channels).map(
    (coverage) => gain * coverage.reduce((sum, c, zone) => sum + c * (zones[zone] ?? 0), 0),
  );
}

/** Fraction of body weight on each channel. */
export function channelLoadShares(posture: Posture, channels: number): number[] {
  return project(channels, zoneLoad[posture], 1);
}

/** Relative breathing swing on each channel (1 = chest channel, supine). */
export function channelBreathingGains(posture: Posture, channels: number): number[] {
  return project(channels, zoneBreathing, postureBreathing[posture]);
}

/** Relative BCG amplitude on each channel (1 = chest channel, supine). */
export function channelBcgGains(posture: Posture, channels: number): number[] {
  return project(channels, zoneBcg, postureBcg[posture]);
}

/** Share of a load lying on the given body zones that each channel carries (e.g. a caregiver, a bag). */
export function channelZoneShares(zones: ZoneVector, channels: number): number[] {
  return project(channels, zones, 1);
}
