// The whole fuzz run, seeded and reproducible, shared by the test (test/fuzz/bridge-fuzz.test.ts) and
// `npm run faults` (after the faults, or alone with `--only fuzz`):
// - the bridge's MQTT path through its own Ingest, part of it into a real bounded dead-letter file;
// - every frame payload decoder of the agent and its command decoding, ≥ 1 MiB each;
// - the agent's serial path per sensor kind (assembler → stamper → counters) and its Firmata analog path.
// Bad input must come back as a counted reject with a reason, never as an exception.
import { BridgeCounters } from "../../bridge/counters.ts";
import { type CommandTally, fuzzCommands } from "./command-fuzz.ts";
import { CrashLog } from "./crash-log.ts";
import { type DeadLetterFileCheck, openDeadLetterFile } from "./dead-letter-check.ts";
import { type DecoderTally, fuzzDecoder } from "./decoder-fuzz.ts";
import { validSeeds } from "./envelope-mutations.ts";
import { type FirmataTally, fuzzFirmata } from "./firmata-fuzz.ts";
import { type FramePathTally, fuzzFramePath } from "./frame-path-fuzz.ts";
import { fuzzIngest, type IngestTally } from "./ingest-fuzz.ts";
import { DECODER_CASES } from "./payload-decoders.ts";
import { SeededRandom } from "./seeded-random.ts";

export interface FuzzOptions {
  seed: number;
  /** Envelopes through the Ingest in all; the first `deadLetterFileInputs` of them into a real file. */
  envelopeInputs: number;
  deadLetterFileInputs: number;
  deadLetterMaxBytes: number;
  /** Bytes through each payload decoder, the command decoder, each serial path and the Firmata path. */
  bytesPerDecoder: number;
}

export const DEFAULT_FUZZ_OPTIONS: FuzzOptions = {
  seed: Number(process.env.FUZZ_SEED ?? 0x5eedb41d),
  envelopeInputs: 120_000,
  deadLetterFileInputs: 10_000,
  deadLetterMaxBytes: 256 * 1024,
  bytesPerDecoder: 1 << 20,
};

export interface FuzzReport {
  options: FuzzOptions;
  crashes: CrashLog;
  envelopes: IngestTally;
  fileEnvelopes: IngestTally;
  deadLetterFile: DeadLetterFileCheck;
  decoders: DecoderTally[];
  commands: CommandTally;
  framePaths: FramePathTally[];
  firmata: FirmataTally;
}

async function fuzzEnvelopes(options: FuzzOptions, crashes: CrashLog) {
  const rng = new SeededRandom(options.seed);
  const seeds = validSeeds();
  const fileCounters = new BridgeCounters();
  const file = await openDeadLetterFile(options.deadLetterMaxBytes, fileCounters);
  const fileEnvelopes = await fuzzIngest({
    rng,
    seeds,
    inputs: options.deadLetterFileInputs,
    crashes,
    counters: fileCounters,
    deadLetterStore: file.file,
  });
  const deadLetterFile = await file.check(fileEnvelopes.deadLetters);
  const envelopes = await fuzzIngest({
    rng,
    seeds,
    inputs: options.envelopeInputs - options.deadLetterFileInputs,
    crashes,
    counters: new BridgeCounters(),
  });
  return { envelopes, fileEnvelopes, deadLetterFile };
}

export async function runFuzz(options: FuzzOptions = DEFAULT_FUZZ_OPTIONS): Promise<FuzzReport> {
  const crashes = new CrashLog();
  const unhandled = (reason: unknown) => crashes.record("unhandled rejection", () => "", reason);
  process.on("unhandledRejection", unhandled);
  try {
    const envelopePart = await fuzzEnvelopes(options, crashes);
    const rng = new SeededRandom(options.seed ^ 0x3c3c3c3c);
    const bytes = options.bytesPerDecoder;
    return {
      options,
      crashes,
      ...envelopePart,
      decoders: DECODER_CASES.map((decoder) => fuzzDecoder(rng, decoder, bytes, crashes)),
      commands: fuzzCommands(rng, bytes, crashes),
      framePaths: (["bladder", "bed", "suit"] as const).map((kind) =>
        fuzzFramePath(kind, rng, bytes, crashes),
      ),
      firmata: fuzzFirmata(rng, bytes, crashes),
    };
  } finally {
    process.off("unhandledRejection", unhandled);
  }
}

/** Total frame and payload bytes through the agent's decoders. */
function frameBytes(report: FuzzReport): number {
  const decoded = report.decoders.reduce((sum, tally) => sum + tally.bytes, 0);
  const paths = report.framePaths.reduce((sum, tally) => sum + tally.bytes, 0);
  return decoded + paths + report.commands.bytes + report.firmata.bytes;
}

const figureLines = (prefix: string, figures: Record<string, number>): string[] =>
  Object.entries(figures).map(([name, value]) => `${prefix}_${name}=${value}`);

export function fuzzLines(report: FuzzReport): string[] {
  const { envelopes, fileEnvelopes, deadLetterFile } = report;
  const rejects = { ...envelopes.counters.rejects };
  for (const [code, n] of Object.entries(fileEnvelopes.counters.rejects))
    rejects[code as keyof typeof rejects] = (rejects[code as keyof typeof rejects] ?? 0) + n;
  return [
    `fuzz_seed=${report.options.seed}`,
    `fuzz_envelope_accepted=${envelopes.counters.accepted + fileEnvelopes.counters.accepted}`,
    ...Object.entries(rejects).map(([code, n]) => `fuzz_envelope_reject_${code}=${n}`),
    `fuzz_dead_letters_written=${deadLetterFile.recorded}`,
    `fuzz_dead_letters_kept=${deadLetterFile.kept}`,
    `fuzz_dead_letters_dropped=${deadLetterFile.dropped}`,
    `fuzz_dead_letter_file_max_bytes=${deadLetterFile.largestFileBytes}`,
    ...report.decoders.flatMap(({ name, bytes, accepted, rejected }) =>
      figureLines(`fuzz_decoder_${name}`, { bytes, accepted, rejected }),
    ),
    ...figureLines("fuzz_command", {
      bytes: report.commands.bytes,
      acknowledged: report.commands.acknowledged,
      rejected: report.commands.rejected,
    }),
    ...report.framePaths.flatMap(({ kind, bytes, readings, rejectsCounted }) =>
      figureLines(`fuzz_serial_${kind}`, { bytes, readings, rejects: rejectsCounted }),
    ),
    ...figureLines("fuzz_firmata", {
      bytes: report.firmata.bytes,
      instants: report.firmata.instants,
      instants_given_up: report.firmata.instantsGivenUp,
    }),
    `fuzz_frame_bytes=${frameBytes(report)}`,
    `fuzz_payloads=${envelopes.inputs + fileEnvelopes.inputs}`,
    `fuzz_crashes=${report.crashes.count}`,
  ];
}
