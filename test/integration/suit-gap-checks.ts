// What a suit test checks around a link drop: the gap is stored (a "stream_gap" event, the envelope window
// it falls in, the raw samples missing), and nothing fires at the splice: every onset and movement intention
// between the drop and a second after the reconnect belongs to a true activation or movement (onsets
// within a second of an electrode lift-off aside, as in the accuracy harness).
import type { InfluxDB } from "influx";
import type { SuitTruthEvent } from "../../scripts/system/suit-truth.ts";

/** The same matching window as the accuracy harness: [onset − 200 ms, min(offset, onset + 400 ms)]. */
const matchBeforeMs = 200;
const matchAfterMs = 400;
/** An intention matches a movement whose start lies within [start − 300 ms, start + 600 ms] of it. */
const intentBeforeMs = 300;
const intentAfterMs = 600;
/** Like the harness, time within 1 s of an electrode lift-off is not held against the detector. */
const electrodeMarginMs = 1000;

export interface StoredGap {
  timeMs: number;
  samplesLost: number;
  durationMs: number;
  endMs: number;
}

export interface SpliceFindings {
  /** Onsets in the window that match no true activation of their channel (split ones included). */
  unmatchedOnsets: { channel: number; wallMs: number }[];
  /** Intentions in the window that match no true movement start. */
  unmatchedIntents: number[];
}

export async function storedGaps(influx: InfluxDB, sensorId: string): Promise<StoredGap[]> {
  const rows = await influx.query<{ time: Date; samples_lost: number; duration_ms: number; end_ms: number }>(
    `SELECT "samples_lost", "duration_ms", "end_ms" FROM "event" WHERE "sensor" = '${sensorId}' AND "kind" = 'stream_gap'`,
  );
  return rows.map((row) => ({
    timeMs: row.time.getTime(),
    samplesLost: Number(row.samples_lost),
    durationMs: Number(row.duration_ms),
    endMs: Number(row.end_ms),
  }));
}

/** Envelope windows marked as spanning a gap: [time, gap_samples, quality]. */
export async function gapWindows(influx: InfluxDB, sensorId: string): Promise<[number, number, string][]> {
  const rows = await influx.query<{ time: Date; gap_samples: number; quality: string }>(
    `SELECT "gap_samples", "quality" FROM "suit_envelope" WHERE "sensor" = '${sensorId}' AND "gap_samples" > 0`,
  );
  return rows.map((row) => [row.time.getTime(), Number(row.gap_samples), String(row.quality)]);
}

/**
 * Runs of sample indices missing from the stored raw EMG, as [first missing, count]: what the raw batches'
 * `gap_before` marked (InfluxDB keeps `sensor_seq`, so a gap shows as the indices that are not there).
 */
export function missingRuns(indices: Iterable<number>): [number, number][] {
  const sorted = [...new Set(indices)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1] ?? 0;
    const current = sorted[i] ?? 0;
    if (current > previous + 1) runs.push([previous + 1, current - previous - 1]);
  }
  return runs;
}

/** Onsets and intentions stored within [fromMs, toMs] that the simulator's truth does not explain. */
export async function spliceFindings(
  influx: InfluxDB,
  sensorId: string,
  truth: readonly SuitTruthEvent[],
  fromMs: number,
  toMs: number,
): Promise<SpliceFindings> {
  const query = (kind: string) =>
    influx.query<{ time: Date; channel: number }>(
      `SELECT "channel" FROM "event" WHERE "sensor" = '${sensorId}' AND "kind" = '${kind}'`,
    );
  const inWindow = (ms: number) => ms >= fromMs && ms <= toMs;
  const sessions = truth.flatMap((e) => (e.type === "session_start" ? [e] : []));
  const activations = sessions.flatMap((s) =>
    s.truth.activations.flat().map((a) => ({
      channel: a.channel,
      onsetMs: s.firstSampleWallMs + a.onsetMs,
      offsetMs: s.firstSampleWallMs + a.offsetMs,
    })),
  );
  const liftOffs = sessions.flatMap((s) =>
    s.truth.electrodeOff.map((off) => ({
      channel: off.channel,
      fromMs: s.firstSampleWallMs + off.startMs - electrodeMarginMs,
      toMs: s.firstSampleWallMs + off.endMs + electrodeMarginMs,
    })),
  );
  const nearLiftOff = (channel: number, ms: number) =>
    liftOffs.some((off) => off.channel === channel && ms >= off.fromMs && ms <= off.toMs);
  const movementStarts = sessions.flatMap((s) =>
    s.truth.movements.map((m) => s.firstSampleWallMs + m.startMs),
  );
  const onsets = (await query("emg_onset"))
    .map((row) => ({ channel: Number(row.channel), wallMs: row.time.getTime() }))
    .filter((onset) => inWindow(onset.wallMs) && !nearLiftOff(onset.channel, onset.wallMs));
  const intents = (await query("movement_intent")).map((row) => row.time.getTime()).filter(inWindow);
  return {
    unmatchedOnsets: onsets.filter(
      (onset) =>
        !activations.some(
          (a) =>
            a.channel === onset.channel &&
            onset.wallMs >= a.onsetMs - matchBeforeMs &&
            onset.wallMs <= Math.min(a.offsetMs, a.onsetMs + matchAfterMs),
        ),
    ),
    unmatchedIntents: intents.filter(
      (ms) => !movementStarts.some((start) => ms >= start - intentBeforeMs && ms <= start + intentAfterMs),
    ),
  };
}
