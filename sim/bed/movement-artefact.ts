// Body movements seen by a load sensor: broadband, mostly below ~3 Hz, tens of times larger than the
// heartbeat. Each episode is low-pass filtered noise under a smooth window, with its own random
// weighting of the channels (a kick loads the foot channel, rolling over loads them all). Who feels a
// movement depends on where it happens: the bed feels trunk and legs, an arm barely; a wrist
// accelerometer feels the arm and the trunk, a leg hardly, a caregiver on the bed not at all.
import { normalSource, type Rng } from "../random.ts";
import { channelZoneShares, type ZoneVector } from "./body-load.ts";
import type { MovementSite, NightScenario } from "./scenario.ts";

export interface MovementEpisode {
  startS: number;
  durationS: number;
  /** Peak artefact as a fraction of body weight (bed) or in g per unit of wrist gain (wrist). */
  intensity: number;
  /** Body zones the movement loads (bed channel weighting); null = anywhere. */
  zones: ZoneVector | null;
}

export type MovementViewer = "bed" | "wrist";

const siteCoupling: Record<MovementSite, { bed: number; wrist: number; zones: ZoneVector | null }> = {
  body: { bed: 1, wrist: 1, zones: null },
  legs: { bed: 1, wrist: 0.1, zones: [0, 0.05, 0.4, 1] },
  arm: { bed: 0.12, wrist: 1.5, zones: [0.4, 1, 0.3, 0] },
  external: { bed: 1, wrist: 0, zones: null },
};

/** All movement episodes of a night as one viewer feels them: turns, sitting up, getting in and out, fidgets. */
export function movementEpisodes(scenario: NightScenario, viewer: MovementViewer = "bed"): MovementEpisode[] {
  const episodes: MovementEpisode[] = [];
  for (const segment of scenario.segments) {
    if (segment.movementIntensity > 0 && segment.rampS > 0) {
      episodes.push({
        startS: segment.startS,
        durationS: segment.rampS,
        intensity: segment.movementIntensity,
        zones: null,
      });
    }
  }
  for (const fidget of scenario.fidgets) {
    const coupling = siteCoupling[fidget.site ?? "body"];
    const intensity = fidget.intensity * coupling[viewer];
    if (intensity > 0)
      episodes.push({ startS: fidget.startS, durationS: fidget.durationS, intensity, zones: coupling.zones });
  }
  return episodes.sort((a, b) => a.startS - b.startS);
}

const cornerHz = 2;

class ActiveArtefact {
  readonly endSample: number;
  private readonly low1: Float64Array;
  private readonly low2: Float64Array;

  constructor(
    readonly startSample: number,
    private readonly lengthSamples: number,
    private readonly amplitude: number,
    private readonly gains: number[],
    private readonly alpha: number,
    private readonly unitScale: number,
  ) {
    this.endSample = startSample + lengthSamples;
    this.low1 = new Float64Array(gains.length);
    this.low2 = new Float64Array(gains.length);
  }

  /** Adds this artefact's contribution at `sample` into `out`. */
  addTo(sample: number, out: Float64Array, normal: () => number): void {
    const u = (sample - this.startSample) / this.lengthSamples;
    const window = Math.sin(Math.PI * u) ** 2;
    for (let c = 0; c < this.gains.length; c++) {
      const low1 = (this.low1[c] ?? 0) + this.alpha * (normal() - (this.low1[c] ?? 0));
      const low2 = (this.low2[c] ?? 0) + this.alpha * (low1 - (this.low2[c] ?? 0));
      this.low1[c] = low1;
      this.low2[c] = low2;
      out[c] = (out[c] ?? 0) + this.amplitude * window * (this.gains[c] ?? 0) * low2 * this.unitScale;
    }
  }
}

/** Plays the episodes sample by sample; amplitudes in counts. */
export class MovementArtefacts {
  private next = 0;
  private active: ActiveArtefact[] = [];
  private readonly normal: () => number;
  private readonly alpha: number;
  private readonly unitScale: number;

  constructor(
    private readonly episodes: MovementEpisode[],
    private readonly sampleRateHz: number,
    private readonly channels: number,
    private readonly bodyCounts: number,
    private readonly random: Rng,
    /** Channels are the bed's zones (head to foot); false for a wrist's three axes. */
    private readonly zoned = true,
  ) {
    this.normal = normalSource(random);
    this.alpha = 1 - Math.exp((-2 * Math.PI * cornerHz) / sampleRateHz);
    this.unitScale = 1 / twoPoleStd(this.alpha);
  }

  /** Artefact of every channel at `sample`, written into `out` (zeroed first). */
  at(sample: number, out: Float64Array): void {
    out.fill(0);
    this.startDue(sample);
    if (this.active.length === 0) return;
    let ended = false;
    for (const artefact of this.active) {
      artefact.addTo(sample, out, this.normal);
      if (artefact.endSample <= sample + 1) ended = true;
    }
    if (ended) this.active = this.active.filter((artefact) => artefact.endSample > sample + 1);
  }

  /** Random per channel; a movement of one body zone mostly loads the channels under it. */
  private channelGains(zones: ZoneVector | null): number[] {
    if (!zones || !this.zoned)
      return Array.from({ length: this.channels }, () => this.random.uniform(0.3, 1));
    const shares = channelZoneShares(zones, this.channels);
    const peak = Math.max(...shares);
    return shares.map((share) => Math.max(0.05, share / peak) * this.random.uniform(0.6, 1));
  }

  private startDue(sample: number): void {
    for (;;) {
      const episode = this.episodes[this.next];
      if (!episode || Math.round(episode.startS * this.sampleRateHz) > sample) return;
      this.next++;
      const length = Math.max(2, Math.round(episode.durationS * this.sampleRateHz));
      const gains = this.channelGains(episode.zones);
      this.active.push(
        new ActiveArtefact(
          sample,
          length,
          episode.intensity * this.bodyCounts,
          gains,
          this.alpha,
          this.unitScale,
        ),
      );
    }
  }
}

/** Standard deviation of two cascaded one-pole low-passes driven by unit white noise. */
function twoPoleStd(alpha: number): number {
  let y1 = alpha;
  let y2 = alpha * alpha;
  let energy = 0;
  for (let n = 0; n < 1_000_000; n++) {
    energy += y2 * y2;
    y1 *= 1 - alpha;
    y2 += alpha * (y1 - y2);
    if (n > 10 && y2 < 1e-9 * alpha) break;
  }
  return Math.sqrt(energy);
}
