// The bedside alarm: alert payloads switch digital outputs (LED, buzzer, nurse-call relay) on a Firmata
// board through johnny-five, in the same call that emits them, before the outbox or MQTT see them, so a
// bed exit sounds at the bedside with the broker or the network down. The wanted levels are kept while
// the board is away and written again when it comes back.
import five, { type Pin } from "johnny-five";
import type { OutgoingPayload } from "../pipeline/outgoing.ts";
import {
  type FirmataBoardLink,
  type FirmataBoardUser,
  firmataBoardAt,
  type ReadyBoard,
} from "../transports/firmata-board.ts";
import { AlarmOutputs, type LevelChange } from "./alarm-outputs.ts";
import { DEFAULT_ALARM_KINDS } from "./local-alarm-config.ts";

export interface LocalAlarmOptions {
  path: string;
  baudRate: number;
  alertKinds?: readonly string[] | undefined;
  outputs: readonly { sensorId: string; pin: number }[];
  reportVersionTimeoutMs: number;
  handshakeTimeoutMs: number;
}

export interface AlarmReport {
  info(message: string): void;
  count(name: string): void;
}

export class LocalAlarm {
  private readonly outputs: AlarmOutputs;
  private readonly link: FirmataBoardLink;
  private readonly user: FirmataBoardUser;
  private pins: Map<number, Pin> | null = null;

  constructor(
    options: LocalAlarmOptions,
    private readonly report: AlarmReport,
  ) {
    this.outputs = new AlarmOutputs(options.outputs, options.alertKinds ?? DEFAULT_ALARM_KINDS);
    this.link = firmataBoardAt(options);
    this.user = { onReady: (ready) => this.boardReady(ready), onLost: (reason) => this.boardLost(reason) };
    this.link.attach(this.user);
  }

  /** Every payload the agent emits passes here first; only alerts of a watched kind do anything. */
  onPayload(payload: OutgoingPayload): void {
    if (!("alert" in payload)) return;
    for (const change of this.outputs.apply(payload.alert)) this.write(change);
  }

  async stop(): Promise<void> {
    this.pins = null;
    await this.link.detach(this.user);
  }

  private write(change: LevelChange): void {
    this.report.count(change.on ? "alarm_outputs_on" : "alarm_outputs_off");
    const pin = this.pins?.get(change.pin);
    const state = pin ? "" : " (board away: set when it is back)";
    this.report.info(
      `bedside alarm pin ${change.pin} ${change.on ? "ON" : "off"}: ${change.sensorId} ${change.kind}${state}`,
    );
    if (!pin) return;
    if (change.on) pin.high();
    else pin.low();
  }

  private boardReady({ board }: ReadyBoard): void {
    const on = new Set(this.outputs.onPins);
    this.pins = new Map(this.outputs.pins.map((pin) => [pin, new five.Pin({ pin, board, type: "digital" })]));
    // Outputs start in a known state, and alerts raised while the board was away sound now.
    for (const [number, pin] of this.pins) {
      if (on.has(number)) pin.high();
      else pin.low();
    }
    this.report.info(
      `bedside alarm board ready on ${this.link.options.path}, outputs ${this.outputs.pins.join(", ")}`,
    );
  }

  private boardLost(reason: string): void {
    if (this.pins) this.report.info(`bedside alarm board lost: ${reason}`);
    this.pins = null;
  }
}
