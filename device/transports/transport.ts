/** A byte-stream transport owns its connection and reconnects by itself. */
export type TransportState = "connecting" | "open" | "closed";

export interface TransportHandlers {
  onData(chunk: Uint8Array): void;
  onState(state: TransportState, reason: string): void;
}

export interface ByteTransport {
  readonly name: string;
  start(handlers: TransportHandlers): void;
  stop(): Promise<void>;
  /** Sends bytes to the sensor (commands); resolves false when the link is down. */
  write(bytes: Uint8Array): Promise<boolean>;
}
