// Runtime commands from the bridge (thresholds, lead times): decoded, routed to the sensor's
// analyzer, and acknowledged with the outcome. A redelivered command (same id) is acknowledged
// again with its first outcome and not applied twice.
import { type care, decodeEnvelope, type Result, rejected } from "../../proto/index.ts";
import type { SensorAnalyzer } from "../sensors/sensor-definition.ts";

export type CommandAck = care.v1.CommandAck.$Properties;

const REMEMBERED_COMMANDS = 256;

export class CommandHandler {
  private readonly outcomes = new Map<string, Result<string>>();

  constructor(
    private readonly deviceId: string,
    private readonly analyzers: ReadonlyMap<string, SensorAnalyzer<unknown>>,
    private readonly nowMs: () => number,
  ) {}

  /** Returns the acknowledgement to send, or a reason when the bytes are no command for us. */
  handle(bytes: Uint8Array): Result<CommandAck> {
    const decoded = decodeEnvelope(bytes);
    if (!decoded.ok) return decoded;
    const command = decoded.value.command;
    if (!command?.commandId) return rejected("envelope carries no command with an id");
    if (decoded.value.deviceId !== this.deviceId) {
      return rejected(`command addressed to ${decoded.value.deviceId}, not ${this.deviceId}`);
    }
    const outcome = this.outcomes.get(command.commandId) ?? this.apply(command);
    this.remember(command.commandId, outcome);
    return {
      ok: true,
      value: {
        commandId: command.commandId,
        ok: outcome.ok,
        message: outcome.ok ? outcome.value : outcome.reason,
        appliedMs: Math.round(this.nowMs()),
      },
    };
  }

  private apply(command: care.v1.Command.$Properties): Result<string> {
    const analyzer = this.analyzers.get(command.sensorId ?? "");
    if (!analyzer) return rejected(`no sensor ${command.sensorId} on this device`);
    if (!analyzer.applyCommand) return rejected(`sensor ${command.sensorId} takes no commands`);
    return analyzer.applyCommand({ kind: command.kind ?? "", args: { ...command.args } });
  }

  private remember(commandId: string, outcome: Result<string>): void {
    this.outcomes.delete(commandId);
    this.outcomes.set(commandId, outcome);
    if (this.outcomes.size > REMEMBERED_COMMANDS) {
      const oldest = this.outcomes.keys().next();
      if (!oldest.done) this.outcomes.delete(oldest.value);
    }
  }
}
