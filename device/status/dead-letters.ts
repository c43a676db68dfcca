// Rejected input on the device (frames a decoder refused, commands that did not parse, envelopes
// that could not be sent) goes to <stateDir>/dead-letters.jsonl: one JSON line each, the bridge's
// format, a few KiB of raw bytes in base64, rotated to .1 past maxBytes. Everything is counted in the
// retained status: dead_letters, dead_letters_dropped (rotation or backlog), dead_letter_failures.
import { type DeadLetter, DeadLetterFile } from "../../proto/index.ts";
import type { Counters } from "./counters.ts";

/** Raw bytes kept per record: enough to see a frame's header and payload, bounded for a flood. */
export const DEAD_LETTER_PAYLOAD_BYTES = 4096;
/** Records waiting for the disk; past this a flood of rejects is dropped and counted instead of queued. */
const MAX_WAITING = 256;

export interface DeadLetterLog {
  add(letter: DeadLetter): void;
  /** Waits for every record handed over so far (shutdown, tests). */
  settle(): Promise<void>;
}

export function openDeadLetterLog(
  path: string,
  maxBytes: number,
  counters: Counters,
  onFailure: (error: unknown) => void,
): DeadLetterLog {
  const observer = {
    recorded: () => counters.increment("dead_letters"),
    dropped: (records: number) => counters.increment("dead_letters_dropped", records),
    failed: (error: unknown) => {
      counters.increment("dead_letter_failures");
      onFailure(error);
    },
  };
  const file = DeadLetterFile.open(path, maxBytes, observer, DEAD_LETTER_PAYLOAD_BYTES).catch(
    (error: unknown) => {
      observer.failed(error);
      return null;
    },
  );
  let waiting = 0;
  let last: Promise<void> = Promise.resolve();
  return {
    add(letter) {
      if (waiting >= MAX_WAITING) {
        counters.increment("dead_letters_dropped");
        return;
      }
      waiting++;
      last = file.then(async (opened) => {
        if (opened) await opened.record(letter);
        else counters.increment("dead_letter_failures");
        waiting--;
      });
    },
    settle: () => last,
  };
}
