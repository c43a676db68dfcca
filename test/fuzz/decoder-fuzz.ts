// Feeds one payload decoder at least `minBytes` of seeded input: mutated valid payloads, valid ones and
// random bytes. Every answer must be a value that keeps the decoder's promises, or a reject with a reason.
import { type CrashLog, hex } from "./crash-log.ts";
import { mutateBytes } from "./envelope-mutations.ts";
import type { DecoderCase } from "./payload-decoders.ts";
import type { SeededRandom } from "./seeded-random.ts";

/** A frame payload is at most 250 bytes; a little beyond that still tests the length checks. */
const MAX_INPUT_BYTES = 300;

export interface DecoderTally {
  name: string;
  inputs: number;
  bytes: number;
  accepted: number;
  rejected: number;
  /** Rejects without a reason. */
  reasonless: number;
  /** Accepted values that break the decoder's promises, first few with their input. */
  flawed: string[];
  flawedCount: number;
}

function fuzzInput(rng: SeededRandom, decoder: DecoderCase): { payload: Uint8Array; frameType: number } {
  const frameType = rng.chance(0.9) ? rng.pick(decoder.frameTypes) : rng.below(256);
  const roll = rng.next();
  if (roll < 0.2) return { payload: rng.bytes(rng.below(MAX_INPUT_BYTES + 1)), frameType };
  const valid = decoder.validPayload(rng, frameType);
  if (roll < 0.3) return { payload: valid, frameType };
  const mutated = mutateBytes(rng, valid, decoder.validPayload(rng, rng.pick(decoder.frameTypes)));
  return { payload: mutated.subarray(0, MAX_INPUT_BYTES), frameType };
}

export function fuzzDecoder(
  rng: SeededRandom,
  decoder: DecoderCase,
  minBytes: number,
  crashes: CrashLog,
): DecoderTally {
  const tally: DecoderTally = {
    name: decoder.name,
    inputs: 0,
    bytes: 0,
    accepted: 0,
    rejected: 0,
    reasonless: 0,
    flawed: [],
    flawedCount: 0,
  };
  while (tally.bytes < minBytes) {
    const { payload, frameType } = fuzzInput(rng, decoder);
    tally.inputs += 1;
    tally.bytes += payload.length;
    const input = () => `type 0x${frameType.toString(16)} payload ${hex(payload)}`;
    const result = crashes.guard(decoder.name, input, () => decoder.decode(payload, frameType));
    if (result === undefined) continue;
    if (!result.ok) {
      tally.rejected += 1;
      if (typeof result.reason !== "string" || result.reason.trim() === "") tally.reasonless += 1;
      continue;
    }
    tally.accepted += 1;
    const flaw = crashes.guard(`${decoder.name} check`, input, () =>
      decoder.flaw(payload, result.value, frameType),
    );
    if (flaw) {
      tally.flawedCount += 1;
      if (tally.flawed.length < 5) tally.flawed.push(`${flaw}: ${input()}`);
    }
  }
  return tally;
}
