// The heart's electrical activity reaches trunk electrodes: on the lower back an R wave of tens of µV
// rides on the erector-spinae EMG (a well-known contaminant of trunk EMG; Drake & Callaghan 2006,
// J Electromyogr Kinesiol 16:175). Each beat is a sum of Gaussian waves (Q, R, S, T), the usual compact
// synthetic-ECG description (McSharry et al. 2003, IEEE Trans Biomed Eng 50:289, in time rather than phase).

import type { Rng } from "../random.ts";

interface Wave {
  offsetMs: number;
  widthMs: number;
  amplitude: number;
}

const beatWaves: Wave[] = [
  { offsetMs: -25, widthMs: 8, amplitude: -0.12 },
  { offsetMs: 0, widthMs: 7, amplitude: 1 },
  { offsetMs: 25, widthMs: 9, amplitude: -0.25 },
  { offsetMs: 260, widthMs: 45, amplitude: 0.25 },
];
const beatReachMs = 450;
const waveReachWidths = 9;

/** Beat times shared by all leads (one heart), in ms. */
export class HeartBeats {
  private readonly beatsMs: number[] = [];

  constructor(heartRateBpm: number, durationMs: number, random: Rng) {
    const meanIntervalMs = 60000 / heartRateBpm;
    for (let t = random.uniform(0, meanIntervalMs); t < durationMs + beatReachMs; ) {
      this.beatsMs.push(t);
      t += meanIntervalMs * (1 + 0.04 * random.normal());
    }
  }

  /** Adds the ECG of one lead (`peakUv` = R-wave amplitude) to a block. */
  add(out: Float64Array, peakUv: number, startSample: number, sampleRateHz: number): void {
    if (peakUv === 0) return;
    const blockStartMs = (startSample * 1000) / sampleRateHz;
    const blockEndMs = ((startSample + out.length) * 1000) / sampleRateHz;
    for (const beatMs of this.beatsMs) {
      if (beatMs + beatReachMs < blockStartMs || beatMs - beatReachMs > blockEndMs) continue;
      for (let i = 0; i < out.length; i++) {
        const t = ((startSample + i) * 1000) / sampleRateHz - beatMs;
        if (t < -beatReachMs || t > beatReachMs) continue;
        let value = 0;
        for (const wave of beatWaves) {
          const x = (t - wave.offsetMs) / wave.widthMs;
          // Beyond 9 widths a wave adds < 1e-17 of its amplitude: not worth an exp().
          if (x > -waveReachWidths && x < waveReachWidths) value += wave.amplitude * Math.exp(-0.5 * x * x);
        }
        out[i] = (out[i] ?? 0) + peakUv * value;
      }
    }
  }
}
