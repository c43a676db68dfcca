// What the command API remembers: the commands this bridge sent and the acknowledgements devices
// returned, each in a bounded map that forgets the oldest first (and counts it). InfluxDB's
// command_ack measurement is the durable record; this is only what a caller polls.
import { MEASUREMENT } from "./influx-names.ts";
import type { Point, PointSink } from "./sink.ts";

export interface SentCommand {
  readonly commandId: string;
  readonly site: string;
  readonly device: string;
  readonly sensorId: string;
  readonly kind: string;
  readonly issuedMs: number;
}

export interface StoredAck {
  readonly commandId: string;
  readonly site: string;
  readonly device: string;
  readonly ok: boolean;
  readonly message: string;
  /** When the device applied (or refused) the command: the command_ack point's time. */
  readonly timeMs: number;
}

export type CommandState =
  | { readonly state: "acknowledged"; readonly ack: StoredAck; readonly command: SentCommand | undefined }
  | { readonly state: "pending"; readonly command: SentCommand }
  | { readonly state: "unknown" };

export const DEFAULT_LEDGER_CAPACITY = 1000;

/** Insertion-ordered map that drops its oldest entry past `capacity`. */
class BoundedMap<V> {
  readonly #entries = new Map<string, V>();
  dropped = 0;

  constructor(readonly capacity: number) {}

  get(key: string): V | undefined {
    return this.#entries.get(key);
  }

  delete(key: string): void {
    this.#entries.delete(key);
  }

  set(key: string, value: V): void {
    // Re-inserting moves the key to the newest end, so a redelivered ack is not the next to go.
    this.#entries.delete(key);
    this.#entries.set(key, value);
    if (this.#entries.size <= this.capacity) return;
    const oldest = this.#entries.keys().next();
    if (!oldest.done) {
      this.#entries.delete(oldest.value);
      this.dropped += 1;
    }
  }
}

export class CommandLedger {
  readonly #sent: BoundedMap<SentCommand>;
  readonly #acks: BoundedMap<StoredAck>;
  acksStored = 0;
  /** Acks naming a command this bridge sent to another device: not believed. */
  acksIgnored = 0;

  constructor(capacity = DEFAULT_LEDGER_CAPACITY) {
    this.#sent = new BoundedMap(capacity);
    this.#acks = new BoundedMap(capacity);
  }

  get acksDropped(): number {
    return this.#acks.dropped;
  }

  /** Noted before the publish: the device's ack can overtake the broker's PUBACK to the bridge. */
  sent(command: SentCommand): void {
    this.#sent.set(command.commandId, command);
  }

  /** The broker refused the publish: the command never went out. */
  withdrawn(commandId: string): void {
    this.#sent.delete(commandId);
  }

  /**
   * Records an ack once it is stored. An ack for a command another replica (or an earlier boot) sent is
   * kept as it is; one for a command this bridge sent to a different device or site is ignored.
   */
  acknowledged(ack: StoredAck): boolean {
    const command = this.#sent.get(ack.commandId);
    if (command && (command.device !== ack.device || command.site !== ack.site)) {
      this.acksIgnored += 1;
      return false;
    }
    this.#acks.set(ack.commandId, ack);
    this.acksStored += 1;
    return true;
  }

  lookup(commandId: string): CommandState {
    const ack = this.#acks.get(commandId);
    const command = this.#sent.get(commandId);
    if (ack) return { state: "acknowledged", ack, command };
    return command ? { state: "pending", command } : { state: "unknown" };
  }
}

const NS_PER_MS = 1_000_000n;

/** The ack a command_ack point (bridge/points-payload.ts) describes, if it is one. */
export function ackOfPoint(point: Point): StoredAck | undefined {
  if (point.measurement !== MEASUREMENT.commandAck) return undefined;
  const { command_id: commandId, ok, message } = point.fields;
  if (typeof commandId !== "string" || typeof ok !== "boolean") return undefined;
  return {
    commandId,
    site: point.tags.site ?? "",
    device: point.tags.device ?? "",
    ok,
    message: typeof message === "string" ? message : "",
    timeMs: Number(point.timeNs / NS_PER_MS),
  };
}

/**
 * A PointSink in front of the Ingest's sink that tells `stored` about every command ack once its write
 * succeeded. It sees only validated messages (command_ack is a reserved measurement no device stream
 * can take), so an ack here is exactly one the bridge stored.
 */
export function ackTap(sink: PointSink, stored: (ack: StoredAck) => void): PointSink {
  return {
    write: async (points) => {
      await sink.write(points);
      for (const point of points) {
        const ack = ackOfPoint(point);
        if (ack) stored(ack);
      }
    },
    close: () => sink.close(),
  };
}
