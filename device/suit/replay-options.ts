// Command-line options of the replay tool and the CSV rows it prints, kept pure for tests.

import type { Result } from "../../proto/index.ts";
import type { NotchMode, SuitDspOverrides } from "./config.ts";
import type { SuitProcessorOutput } from "./suit-processor.ts";

export interface ReplayOptions {
  file: string;
  /** Sampling rate; taken from the file header when absent. */
  rateHz?: number;
  /** 1-based column numbers; all columns when absent. */
  columns?: number[];
  notch: NotchMode;
  windowMs?: number;
  hopMs?: number;
  uvPerCount: number;
  adcRange?: { min: number; max: number };
  eventsOnly: boolean;
}

export const replayUsage =
  "usage: node --import tsx device/suit/replay-cli.ts --file rec.csv [--rate 1000] [--columns 1,2,3]\n" +
  "       [--notch 50|60|auto|off] [--window-ms 100] [--hop-ms 10] [--uv-per-count 1]\n" +
  "       [--adc-range MIN,MAX] [--events-only]";

function parseNumberList(text: string): number[] | null {
  const values = text.split(",").map((part) => Number(part.trim()));
  return values.length > 0 && values.every((value) => Number.isFinite(value)) ? values : null;
}

type OptionSetter = (options: ReplayOptions, value: string) => string | null;

function numberSetter(name: string, assign: (options: ReplayOptions, value: number) => void): OptionSetter {
  return (options, text) => {
    const value = Number(text);
    if (!Number.isFinite(value) || value <= 0) return `${name} needs a positive number`;
    assign(options, value);
    return null;
  };
}

const setters: Record<string, OptionSetter> = {
  "--file": (options, value) => {
    options.file = value;
    return null;
  },
  "--rate": numberSetter("--rate", (options, value) => {
    options.rateHz = value;
  }),
  "--columns": (options, value) => {
    const columns = parseNumberList(value);
    if (!columns || columns.some((c) => !Number.isInteger(c) || c < 1))
      return "--columns needs 1-based column numbers, e.g. 1,2,3";
    options.columns = columns;
    return null;
  },
  "--notch": (options, value) => {
    const mode = value === "auto" || value === "off" ? value : Number(value);
    if (mode !== 50 && mode !== 60 && mode !== "auto" && mode !== "off")
      return "--notch must be 50, 60, auto or off";
    options.notch = mode;
    return null;
  },
  "--window-ms": numberSetter("--window-ms", (options, value) => {
    options.windowMs = value;
  }),
  "--hop-ms": numberSetter("--hop-ms", (options, value) => {
    options.hopMs = value;
  }),
  "--uv-per-count": numberSetter("--uv-per-count", (options, value) => {
    options.uvPerCount = value;
  }),
  "--adc-range": (options, value) => {
    const range = parseNumberList(value);
    if (range?.length !== 2) return "--adc-range needs MIN,MAX";
    options.adcRange = { min: range[0] ?? 0, max: range[1] ?? 0 };
    return null;
  },
};

export function parseReplayArgs(argv: readonly string[]): Result<ReplayOptions> {
  const options: ReplayOptions = { file: "", notch: "auto", uvPerCount: 1, eventsOnly: false };
  const problems: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i] ?? "";
    if (name === "--events-only") {
      options.eventsOnly = true;
      continue;
    }
    const setter = setters[name];
    const value = argv[i + 1];
    if (!setter) problems.push(`unknown option ${name}`);
    else if (value === undefined) problems.push(`${name} needs a value`);
    else {
      const problem = setter(options, value);
      if (problem) problems.push(problem);
      i++;
    }
  }
  if (options.file === "") problems.push("--file is required");
  return problems.length === 0 ? { ok: true, value: options } : { ok: false, reason: problems.join("; ") };
}

/** Estimator overrides implied by the options (the sampling rate and channel count are passed apart). */
export function replayOverrides(
  options: ReplayOptions,
  adcRange: { min: number; max: number } | null,
): SuitDspOverrides {
  const overrides: SuitDspOverrides = { uvPerCount: options.uvPerCount, notch: { mode: options.notch } };
  const envelope: SuitDspOverrides["envelope"] = {};
  if (options.windowMs !== undefined) envelope.windowMs = options.windowMs;
  if (options.hopMs !== undefined) envelope.hopMs = options.hopMs;
  overrides.envelope = envelope;
  const range = options.adcRange ?? adcRange;
  if (range) {
    overrides.adcMinCounts = range.min;
    overrides.adcMaxCounts = range.max;
  }
  return overrides;
}

export const replayCsvHeader = "kind,time_ms,channel,value,detail";

const ms = (value: number) => value.toFixed(1);
const num = (value: number) => (Number.isFinite(value) ? value.toFixed(3) : "");

/** CSV rows for one processed block; `channelLabels` name the channels (their source column numbers). */
export function replayRows(
  output: SuitProcessorOutput,
  channelLabels: readonly string[],
  eventsOnly: boolean,
): string[] {
  const label = (channel: number) => channelLabels[channel] ?? String(channel + 1);
  const rows: string[] = [];
  if (!eventsOnly) {
    for (const frame of output.envelopes) {
      frame.envelopeUv.forEach((value, c) => {
        rows.push(`envelope,${ms(frame.timeMs)},${label(c)},${num(value)},`);
      });
    }
    for (const window of output.spectra) {
      const detail = `mean_hz=${num(window.meanHz)};active=${window.active ? 1 : 0}`;
      rows.push(
        `median_freq,${ms(window.timeMs)},${label(window.channel)},${num(window.medianHz)},${detail}`,
      );
    }
  }
  for (const onset of output.onsets) {
    rows.push(
      `onset,${ms(onset.onsetMs)},${label(onset.channel)},${num(onset.thresholdUv)},detected_at_ms=${ms(onset.detectedAtMs)}`,
    );
  }
  for (const offset of output.offsets) {
    const detail = `detected_at_ms=${ms(offset.detectedAtMs)}${offset.interrupted ? ";interrupted=1" : ""}`;
    rows.push(`offset,${ms(offset.offsetMs)},${label(offset.channel)},,${detail}`);
  }
  for (const intent of output.intents) {
    rows.push(
      `intent,${ms(intent.onsetMs)},${label(intent.channel)},,group=${intent.group};detected_at_ms=${ms(intent.detectedAtMs)}`,
    );
  }
  for (const event of output.electrode) {
    rows.push(
      `electrode_${event.state},${ms(event.atMs)},${label(event.channel)},,fault=${event.fault ?? ""}`,
    );
  }
  return rows;
}
