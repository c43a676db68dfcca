// Part of the envelope fuzz goes through a real, bounded dead-letter file in a temporary folder. After
// the run the file (and its rotated .1) must hold, in order, exactly the newest rejects with their reason
// and raw bytes, every older one must be counted as dropped, and neither file may outgrow its bound.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BridgeCounters } from "../../bridge/counters.ts";
import { type DeadLetter, DeadLetterFile, deadLetterLine } from "../../proto/index.ts";

export interface DeadLetterFileCheck {
  /** Records found in the file and its .1. */
  kept: number;
  /** Records the file counted as dropped by rotation. */
  dropped: number;
  /** Records the file counted as written (must equal the rejects). */
  recorded: number;
  /** Kept records that differ from the reject they should hold (reason, topic, bytes). */
  mismatched: number;
  /** |kept + dropped − rejects|: rejects neither kept nor counted as dropped, or kept twice. */
  unaccounted: number;
  /** Largest file seen, and the bound it must keep (its max bytes, or one record when that is larger). */
  largestFileBytes: number;
  boundBytes: number;
}

interface StoredLetter {
  topic: string;
  reason: string;
  payloadBase64: string;
}

function readLetters(path: string): { letters: StoredLetter[]; bytes: number } {
  if (!existsSync(path)) return { letters: [], bytes: 0 };
  const text = readFileSync(path, "utf8");
  const lines = text.split("\n").filter((line) => line.length > 0);
  return { letters: lines.map((line) => JSON.parse(line) as StoredLetter), bytes: Buffer.byteLength(text) };
}

function differs(stored: StoredLetter, letter: DeadLetter | undefined): boolean {
  if (!letter) return true;
  return (
    stored.reason.length === 0 ||
    stored.reason !== letter.reason ||
    stored.topic !== letter.topic ||
    stored.payloadBase64 !== Buffer.from(letter.payload).toString("base64")
  );
}

export interface DeadLetterFileRun {
  readonly file: DeadLetterFile;
  /** Compares the files with the rejects the Ingest handed over, in order; then removes the folder. */
  check(letters: readonly DeadLetter[]): Promise<DeadLetterFileCheck>;
}

/** A real dead-letter file in a fresh temporary folder, reporting to `counters` as the bridge wires it. */
export async function openDeadLetterFile(
  maxBytes: number,
  counters: BridgeCounters,
): Promise<DeadLetterFileRun> {
  const dir = mkdtempSync(join(tmpdir(), "fuzz-dead-letters-"));
  const path = join(dir, "dead-letters.jsonl");
  const file = await DeadLetterFile.open(path, maxBytes, counters.deadLetterObserver());
  return {
    file,
    check: async (letters) => {
      await file.settle();
      const rotated = readLetters(`${path}.1`);
      const current = readLetters(path);
      rmSync(dir, { recursive: true, force: true });
      const kept = [...rotated.letters, ...current.letters];
      const newest = letters.slice(letters.length - kept.length);
      const { deadLettersDropped, deadLetters } = counters.snapshot();
      const largestRecord = Math.max(
        0,
        ...letters.map((letter) => Buffer.byteLength(deadLetterLine(letter))),
      );
      return {
        kept: kept.length,
        dropped: deadLettersDropped,
        recorded: deadLetters,
        mismatched: kept.filter((stored, i) => differs(stored, newest[i])).length,
        unaccounted: Math.abs(kept.length + deadLettersDropped - letters.length),
        largestFileBytes: Math.max(rotated.bytes, current.bytes),
        boundBytes: Math.max(maxBytes, largestRecord),
      };
    },
  };
}
