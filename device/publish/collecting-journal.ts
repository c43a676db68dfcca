// For tests: an open-batch journal that only collects, so a test can join what was journalled.
import type { care } from "../../proto/index.ts";
import { decodeFragments, joinFragments } from "./batch-fragments.ts";
import type { OpenBatchJournal } from "./open-batch-journal.ts";

export class CollectingJournal implements OpenBatchJournal {
  readonly fragments: Uint8Array[] = [];
  seals = 0;

  add(fragment: Uint8Array): void {
    this.fragments.push(fragment);
  }

  sealed(): void {
    this.seals++;
  }

  takeLeftover(): Uint8Array[] {
    return [];
  }

  close(): void {}

  /** Everything journalled so far, joined as a recovery would join it. */
  joined(): care.v1.SampleBatch.$Properties[] {
    return joinFragments(decodeFragments(this.fragments).batches);
  }
}
