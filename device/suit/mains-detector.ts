// Detects which mains frequency is present (Japan has both: 50 Hz east of the Fuji river, 60 Hz west).
// Each one-second window, summed over channels, compares the Hann-windowed Goertzel power at 50 and 60 Hz
// with the power 4 Hz either side: a mains line stands out of the broadband EMG spectrum by many dB.

import type { MainsHz } from "./emg-filters.ts";

export interface MainsDetectorOptions {
  windowS: number;
  /** Peak-to-neighbour power ratio a line needs to count as present. */
  minLineRatio: number;
  /** The winner's ratio must exceed the other frequency's by this factor. */
  minPreference: number;
  /** Consecutive windows that must agree. */
  confirmations: number;
  /** Give up after this many windows (the notch selector then keeps both notches). */
  maxWindows: number;
}

export const defaultMainsDetectorOptions: MainsDetectorOptions = {
  windowS: 1,
  minLineRatio: 10,
  minPreference: 4,
  confirmations: 2,
  maxWindows: 120,
};

const probeOffsetsHz = [-4, 0, 4];
const candidates: MainsHz[] = [50, 60];

export interface MainsDetection {
  decided: MainsHz | null;
  /** Last window's peak-to-neighbour ratios, for status and tests. */
  lineRatio: Record<MainsHz, number>;
}

export class MainsDetector {
  private readonly windowLength: number;
  private readonly coefficients: Float64Array;
  private readonly hann: Float64Array;
  /** Goertzel state per channel and probe: [s1, s2]. */
  private readonly state: Float64Array;
  private readonly power: Float64Array;
  private position = 0;
  private windows = 0;
  private streak: { hz: MainsHz | null; count: number } = { hz: null, count: 0 };
  private result: MainsDetection = { decided: null, lineRatio: { 50: 0, 60: 0 } };

  constructor(
    sampleRateHz: number,
    private readonly channelCount: number,
    private readonly options: MainsDetectorOptions = defaultMainsDetectorOptions,
  ) {
    this.windowLength = Math.round(options.windowS * sampleRateHz);
    const probes = candidates.flatMap((hz) => probeOffsetsHz.map((offset) => hz + offset));
    this.coefficients = new Float64Array(probes.map((hz) => 2 * Math.cos((2 * Math.PI * hz) / sampleRateHz)));
    this.hann = new Float64Array(this.windowLength);
    for (let n = 0; n < this.windowLength; n++)
      this.hann[n] = 0.5 - 0.5 * Math.cos((2 * Math.PI * n) / this.windowLength);
    this.state = new Float64Array(2 * channelCount * probes.length);
    this.power = new Float64Array(probes.length);
  }

  get detection(): MainsDetection {
    return this.result;
  }

  get finished(): boolean {
    return this.result.decided !== null || this.windows >= this.options.maxWindows;
  }

  /** A gap in the data: the window in progress would splice two stretches of the grid's phase; drop it. */
  restartWindow(): void {
    this.state.fill(0);
    this.position = 0;
  }

  /** Feeds one block of band-passed samples, one array per channel (all the same length). */
  update(channels: readonly Float64Array[]): MainsDetection {
    const n = channels[0]?.length ?? 0;
    let offset = 0;
    while (offset < n && !this.finished) {
      const take = Math.min(n - offset, this.windowLength - this.position);
      channels.forEach((samples, c) => {
        this.feed(samples, c, offset, take);
      });
      this.position += take;
      offset += take;
      if (this.position === this.windowLength) this.closeWindow();
    }
    return this.result;
  }

  private feed(samples: Float64Array, channel: number, offset: number, count: number): void {
    const probes = this.coefficients.length;
    for (let p = 0; p < probes; p++) {
      const k = this.coefficients[p] ?? 0;
      const base = 2 * (channel * probes + p);
      let s1 = this.state[base] ?? 0;
      let s2 = this.state[base + 1] ?? 0;
      for (let i = 0; i < count; i++) {
        const s0 = (samples[offset + i] ?? 0) * (this.hann[this.position + i] ?? 0) + k * s1 - s2;
        s2 = s1;
        s1 = s0;
      }
      this.state[base] = s1;
      this.state[base + 1] = s2;
    }
  }

  private closeWindow(): void {
    const probes = this.coefficients.length;
    this.power.fill(0);
    for (let c = 0; c < this.channelCount; c++) {
      for (let p = 0; p < probes; p++) {
        const base = 2 * (c * probes + p);
        const s1 = this.state[base] ?? 0;
        const s2 = this.state[base + 1] ?? 0;
        const k = this.coefficients[p] ?? 0;
        this.power[p] = (this.power[p] ?? 0) + s1 * s1 + s2 * s2 - k * s1 * s2;
      }
    }
    this.state.fill(0);
    this.position = 0;
    this.windows++;
    const ratio = (index: number) => {
      const neighbours = ((this.power[3 * index] ?? 0) + (this.power[3 * index + 2] ?? 0)) / 2;
      return (this.power[3 * index + 1] ?? 0) / Math.max(neighbours, Number.MIN_VALUE);
    };
    const lineRatio = { 50: ratio(0), 60: ratio(1) };
    this.result = { decided: null, lineRatio };
    this.recordVote(this.vote(lineRatio));
  }

  private vote(lineRatio: Record<MainsHz, number>): MainsHz | null {
    const { minLineRatio, minPreference } = this.options;
    if (lineRatio[50] >= minLineRatio && lineRatio[50] >= minPreference * lineRatio[60]) return 50;
    if (lineRatio[60] >= minLineRatio && lineRatio[60] >= minPreference * lineRatio[50]) return 60;
    return null;
  }

  private recordVote(hz: MainsHz | null): void {
    this.streak =
      hz !== null && hz === this.streak.hz ? { hz, count: this.streak.count + 1 } : { hz, count: hz ? 1 : 0 };
    if (this.streak.hz !== null && this.streak.count >= this.options.confirmations) {
      this.result = { ...this.result, decided: this.streak.hz };
    }
  }
}
