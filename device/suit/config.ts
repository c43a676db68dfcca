// The one schema of the suit EMG estimators: type, defaults and validation together.
// Every parameter and why it has its default value is described in docs/suit-estimators.md.

import type { Result } from "../../proto/index.ts";

export type NotchMode = 50 | 60 | "auto" | "off";
export type EnvelopeKind = "rms" | "arv";

export interface IntentGroup {
  name: string;
  channels: number[];
}

export interface SuitDspConfig {
  sampleRateHz: number;
  channelCount: number;
  /** µV per ADC count. */
  uvPerCount: number;
  /** ADC rails in counts, for saturation detection. */
  adcMinCounts: number;
  adcMaxCounts: number;
  bandPass: { lowHz: number; highHz: number; order: number };
  notch: { mode: NotchMode; bandwidthHz: number; stages: number; highestHarmonic: number };
  envelope: { kind: EnvelopeKind; windowMs: number; hopMs: number };
  baseline: { historyS: number; percentile: number; updateEveryMs: number; warmupMs: number };
  onset: {
    /**
     * Extra high-pass (Hz, 4th-order Butterworth) on the signal the onset detector sees: motion-artefact
     * leakage through the 20 Hz edge sits at 20–40 Hz, most EMG power above. 0 disables it.
     */
    highPassHz: number;
    /** Onset threshold = max(baseline × onRatio, baseline + onSpread × spread, floorUv). */
    onRatio: number;
    onSpread: number;
    floorUv: number;
    /** Fraction of the way from baseline to the onset threshold where the activation counts as ended. */
    offFraction: number;
    /** The activation also ends below this fraction of its peak envelope (slow tails after strong bursts). */
    offPeakFraction: number;
    /** After an offset, a new onset must exceed this multiple of the lowest envelope since the offset. */
    rearmRatio: number;
    /** Level (same fraction scale) the envelope must have been below for the backtracked onset time. */
    backtrackFraction: number;
    holdOnMs: number;
    holdOffMs: number;
    maxBacktrackMs: number;
    /**
     * After a gap in the data (lost samples, a pause) the filters restart: onsets are suppressed this long
     * while they and the envelope refill, and the first onset must then rise from a level seen after the gap.
     */
    gapSettleMs: number;
    /** A rise whose first hops exceed this multiple of the envelope before it is abrupt (rise-shape.ts). */
    abruptJumpRatio: number;
    /** An abrupt rise is judged this long after it began. */
    abruptHoldMs: number;
    /** …and confirmed only if its last hops keep this fraction of the RMS of its first ones. */
    sustainRatio: number;
  };
  intent: { groups: IntentGroup[]; quietBeforeMs: number };
  spectrum: { windowMs: number; minActivityRatio: number };
  electrode: {
    flatCounts: number;
    flatWindowMs: number;
    railFraction: number;
    /** A lead is "noisy" when its band RMS exceeds `noisyBandUv` and mains is this fraction of it. */
    noisyMainsFraction: number;
    noisyBandUv: number;
    confirmMs: number;
    clearMs: number;
    blankingMs: number;
  };
}

export type SuitDspOverrides = Partial<
  Omit<
    SuitDspConfig,
    "bandPass" | "notch" | "envelope" | "baseline" | "onset" | "intent" | "spectrum" | "electrode"
  >
> & {
  bandPass?: Partial<SuitDspConfig["bandPass"]>;
  notch?: Partial<SuitDspConfig["notch"]>;
  envelope?: Partial<SuitDspConfig["envelope"]>;
  baseline?: Partial<SuitDspConfig["baseline"]>;
  onset?: Partial<SuitDspConfig["onset"]>;
  intent?: Partial<SuitDspConfig["intent"]>;
  spectrum?: Partial<SuitDspConfig["spectrum"]>;
  electrode?: Partial<SuitDspConfig["electrode"]>;
};

export function defaultSuitDspConfig(sampleRateHz: number, channelCount: number): SuitDspConfig {
  return {
    sampleRateHz,
    channelCount,
    uvPerCount: 1,
    adcMinCounts: -32768,
    adcMaxCounts: 32767,
    bandPass: { lowHz: 20, highHz: 450, order: 4 },
    notch: { mode: "auto", bandwidthHz: 3, stages: 2, highestHarmonic: 3 },
    envelope: { kind: "rms", windowMs: 100, hopMs: 10 },
    baseline: { historyS: 20, percentile: 10, updateEveryMs: 500, warmupMs: 1000 },
    onset: {
      highPassHz: 50,
      onRatio: 2.5,
      onSpread: 8,
      floorUv: 1,
      offFraction: 0.5,
      offPeakFraction: 0.1,
      rearmRatio: 2,
      backtrackFraction: 0.2,
      holdOnMs: 30,
      holdOffMs: 100,
      maxBacktrackMs: 400,
      gapSettleMs: 500,
      abruptJumpRatio: 15,
      abruptHoldMs: 120,
      sustainRatio: 0.5,
    },
    intent: {
      groups: [{ name: "any", channels: Array.from({ length: channelCount }, (_, i) => i) }],
      quietBeforeMs: 1000,
    },
    spectrum: { windowMs: 256, minActivityRatio: 4 },
    electrode: {
      flatCounts: 1,
      flatWindowMs: 50,
      railFraction: 0.5,
      noisyMainsFraction: 0.7,
      noisyBandUv: 1000,
      confirmMs: 200,
      clearMs: 500,
      blankingMs: 500,
    },
  };
}

/** Defaults overlaid with overrides, then validated; every problem is reported at once. */
export function suitDspConfig(sampleRateHz: number, channelCount: number, overrides: SuitDspOverrides = {}) {
  const base = defaultSuitDspConfig(sampleRateHz, channelCount);
  const merged: SuitDspConfig = {
    ...base,
    ...overrides,
    sampleRateHz,
    channelCount,
    bandPass: { ...base.bandPass, ...overrides.bandPass },
    notch: { ...base.notch, ...overrides.notch },
    envelope: { ...base.envelope, ...overrides.envelope },
    baseline: { ...base.baseline, ...overrides.baseline },
    onset: { ...base.onset, ...overrides.onset },
    intent: { ...base.intent, ...overrides.intent },
    spectrum: { ...base.spectrum, ...overrides.spectrum },
    electrode: { ...base.electrode, ...overrides.electrode },
  };
  return validateSuitDspConfig(merged);
}

export function validateSuitDspConfig(config: SuitDspConfig): Result<SuitDspConfig> {
  const problems: string[] = [];
  const check = (condition: boolean, problem: string) => {
    if (!condition) problems.push(problem);
  };
  check(config.sampleRateHz >= 200 && config.sampleRateHz <= 4000, "sampleRateHz must be within 200–4000");
  check(
    Number.isInteger(config.channelCount) && config.channelCount >= 1,
    "channelCount must be a positive integer",
  );
  check(config.uvPerCount > 0, "uvPerCount must be positive");
  check(config.adcMaxCounts > config.adcMinCounts, "adcMaxCounts must exceed adcMinCounts");
  check(
    config.bandPass.lowHz > 0 && config.bandPass.lowHz < config.bandPass.highHz,
    "bandPass needs 0 < lowHz < highHz",
  );
  check(
    config.bandPass.order >= 2 && config.bandPass.order % 2 === 0,
    "bandPass.order must be an even number ≥ 2",
  );
  check([50, 60, "auto", "off"].includes(config.notch.mode), "notch.mode must be 50, 60, auto or off");
  check(
    config.notch.bandwidthHz > 0 && config.notch.bandwidthHz <= 10,
    "notch.bandwidthHz must be within (0, 10]",
  );
  check(
    Number.isInteger(config.notch.stages) && config.notch.stages >= 1,
    "notch.stages must be a positive integer",
  );
  check(
    Number.isInteger(config.notch.highestHarmonic) && config.notch.highestHarmonic >= 1,
    "notch.highestHarmonic must be ≥ 1",
  );
  check(
    config.envelope.windowMs >= 50 && config.envelope.windowMs <= 250,
    "envelope.windowMs must be within 50–250",
  );
  check(
    config.envelope.hopMs > 0 && config.envelope.hopMs <= config.envelope.windowMs,
    "envelope.hopMs must be in (0, windowMs]",
  );
  check(
    config.baseline.percentile > 0 && config.baseline.percentile < 50,
    "baseline.percentile must be within (0, 50)",
  );
  check(config.baseline.historyS >= 2, "baseline.historyS must be at least 2");
  check(config.onset.onRatio > 1, "onset.onRatio must exceed 1");
  check(config.onset.highPassHz >= 0, "onset.highPassHz must not be negative");
  check(
    config.onset.offFraction > 0 && config.onset.offFraction < 1,
    "onset.offFraction must be within (0, 1)",
  );
  check(
    config.onset.backtrackFraction >= 0 && config.onset.backtrackFraction < 1,
    "onset.backtrackFraction must be within [0, 1)",
  );
  check(config.onset.holdOnMs >= 0 && config.onset.holdOffMs >= 0, "onset hold times must not be negative");
  check(config.onset.abruptJumpRatio > 1, "onset.abruptJumpRatio must exceed 1");
  check(
    config.onset.abruptHoldMs >= config.onset.holdOnMs &&
      config.onset.abruptHoldMs <= config.onset.maxBacktrackMs,
    "onset.abruptHoldMs must be within holdOnMs–maxBacktrackMs",
  );
  check(
    config.onset.sustainRatio > 0 && config.onset.sustainRatio <= 1,
    "onset.sustainRatio must be within (0, 1]",
  );
  check(
    config.onset.gapSettleMs >= config.envelope.windowMs,
    "onset.gapSettleMs must be at least envelope.windowMs",
  );
  check(
    config.intent.groups.every((group) =>
      group.channels.every((c) => Number.isInteger(c) && c >= 0 && c < config.channelCount),
    ),
    "intent group channels must be channel indices",
  );
  check(
    config.spectrum.windowMs >= 50 && config.spectrum.windowMs <= 2000,
    "spectrum.windowMs must be within 50–2000",
  );
  check(
    config.electrode.railFraction > 0 && config.electrode.railFraction <= 1,
    "electrode.railFraction must be within (0, 1]",
  );
  return problems.length === 0 ? { ok: true, value: config } : { ok: false, reason: problems.join("; ") };
}
