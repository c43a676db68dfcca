// Every frame payload decoder the agent runs, as fuzz cases: how to make a valid payload (the seed for
// mutations) and what an accepted value must satisfy. A decoder that accepts a payload it should refuse
// shows up as a broken property here, one that throws as a crash.
import {
  BED_MAX_CHANNELS,
  BED_MAX_RATE_HZ,
  BED_MIN_RATE_HZ,
  decodeBedBlock,
} from "../../device/sensors/bed/bed-block.ts";
import {
  decodeSuitFrame,
  SUIT_MAX_RATE_HZ,
  SUIT_MIN_RATE_HZ,
  type SuitReading,
} from "../../device/sensors/suit/suit-frames.ts";
import {
  type BladderEcho,
  decodeBladderEcho,
  decodeHello,
  decodeSampleBlock,
  decodeSuitStatus,
  encodeHello,
  encodeSampleBlock,
  FrameType,
  type HelloPayload,
  type Result,
  type SampleBlock,
  type SuitStatus,
} from "../../proto/index.ts";
import { bladderEchoPayload, helloPayload, sampleBlockPayload, suitStatusPayload } from "./frame-streams.ts";
import type { SeededRandom } from "./seeded-random.ts";

export interface DecoderCase {
  readonly name: string;
  /** Frame types the decoder is given (besides, now and then, an arbitrary one). */
  readonly frameTypes: readonly number[];
  validPayload(rng: SeededRandom, frameType: number): Uint8Array;
  decode(payload: Uint8Array, frameType: number): Result<unknown>;
  /** Why an accepted value is wrong for its payload, or null when it is right. */
  flaw(payload: Uint8Array, value: unknown, frameType: number): string | null;
}

const same = (a: Uint8Array, b: Uint8Array) => Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0;
const flawIf = (broken: boolean, what: string): string | null => (broken ? what : null);

function sampleBlockFlaw(payload: Uint8Array, block: SampleBlock): string | null {
  return (
    flawIf(block.channels < 1 || block.channels > 16, `${block.channels} channels`) ??
    flawIf(block.rateHz === 0, "rate 0 Hz") ??
    // A sample block has one encoding: decoding and encoding again must give the same bytes.
    flawIf(!same(encodeSampleBlock(block), payload), "does not encode back to its payload")
  );
}

function suitStatusFlaw(payload: Uint8Array, status: SuitStatus): string | null {
  return (
    flawIf(payload.length !== 4, `${payload.length} bytes`) ??
    flawIf(status.assistLevel > 10, `assist level ${status.assistLevel}`) ??
    flawIf(status.batteryPct > 100, `battery ${status.batteryPct} %`)
  );
}

function bladderEchoFlaw(payload: Uint8Array, echo: BladderEcho): string | null {
  return (
    flawIf(payload.length !== 12, `${payload.length} bytes`) ??
    flawIf(echo.posteriorMm !== 0 && echo.posteriorMm < echo.anteriorMm, "posterior wall in front") ??
    flawIf(echo.batteryPct > 100, `battery ${echo.batteryPct} %`)
  );
}

function bedBlockFlaw(payload: Uint8Array, block: SampleBlock): string | null {
  return (
    sampleBlockFlaw(payload, block) ??
    flawIf(block.rateHz < BED_MIN_RATE_HZ || block.rateHz > BED_MAX_RATE_HZ, `rate ${block.rateHz} Hz`) ??
    flawIf(1e6 % block.rateHz !== 0, `rate ${block.rateHz} Hz has no whole-µs period`) ??
    flawIf(block.channels > BED_MAX_CHANNELS, `${block.channels} channels`) ??
    flawIf(block.values.length === 0, "no samples")
  );
}

function suitFrameFlaw(payload: Uint8Array, value: SuitReading, frameType: number): string | null {
  if (value.kind === "status")
    return (
      flawIf(frameType !== FrameType.suitStatus, "status from another frame type") ??
      suitStatusFlaw(payload, value.status)
    );
  const { block } = value;
  return (
    flawIf(frameType !== FrameType.sampleBlock, "block from another frame type") ??
    sampleBlockFlaw(payload, block) ??
    flawIf(block.rateHz < SUIT_MIN_RATE_HZ || block.rateHz > SUIT_MAX_RATE_HZ, `rate ${block.rateHz} Hz`) ??
    flawIf(block.values.length === 0, "no samples")
  );
}

/** A decoder with its value's type kept between `decode` and `flaw`. */
function decoderCase<T>(
  name: string,
  frameTypes: readonly number[],
  validPayload: (rng: SeededRandom, frameType: number) => Uint8Array,
  decode: (payload: Uint8Array, frameType: number) => Result<T>,
  flaw: (payload: Uint8Array, value: T, frameType: number) => string | null,
): DecoderCase {
  return {
    name,
    frameTypes,
    validPayload,
    decode,
    flaw: (payload, value, type) => flaw(payload, value as T, type),
  };
}

// Hello ids are ASCII only, so a hello payload is exactly the encoding of its value.
const helloFlaw = (payload: Uint8Array, hello: HelloPayload) =>
  flawIf(!same(encodeHello(hello), payload), "not its encoding");
const anySampleBlock = (rng: SeededRandom) => sampleBlockPayload(rng, rng.chance(0.5) ? "bed" : "suit");
const suitPayload = (rng: SeededRandom, frameType: number) =>
  frameType === FrameType.suitStatus ? suitStatusPayload(rng) : sampleBlockPayload(rng, "suit");
const bedPayload = (rng: SeededRandom) => sampleBlockPayload(rng, "bed");
const { hello, bladderEcho, sampleBlock, suitStatus } = FrameType;

export const DECODER_CASES: readonly DecoderCase[] = [
  decoderCase("hello", [hello], helloPayload, decodeHello, helloFlaw),
  decoderCase("bladder_echo", [bladderEcho], bladderEchoPayload, decodeBladderEcho, bladderEchoFlaw),
  decoderCase("sample_block", [sampleBlock], anySampleBlock, decodeSampleBlock, sampleBlockFlaw),
  decoderCase("suit_status", [suitStatus], suitStatusPayload, decodeSuitStatus, suitStatusFlaw),
  decoderCase("suit_frame", [sampleBlock, suitStatus], suitPayload, decodeSuitFrame, suitFrameFlaw),
  decoderCase("bed_block", [sampleBlock], bedPayload, decodeBedBlock, bedBlockFlaw),
];
