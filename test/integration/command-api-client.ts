// A caller of the bridge's HTTP command API, as an operator's tool or a dashboard would be: bearer token
// from the run's secrets, POST /commands, then poll GET /commands/<id> for the device's acknowledgement.
import { readFileSync } from "node:fs";
import { waitFor } from "../../scripts/stack/index.ts";
import type { RunningSystem } from "../../scripts/system/start-system.ts";

export interface ApiAnswer {
  status: number;
  json: Record<string, unknown>;
}

export class CommandApiClient {
  readonly token: string;

  constructor(private readonly system: RunningSystem) {
    this.token = readFileSync(system.commandTokenFile, "utf8").trim();
  }

  async post(body: unknown, bearer = this.token): Promise<ApiAnswer> {
    const response = await fetch(`${this.system.bridgeUrl}/commands`, {
      method: "POST",
      headers: { Authorization: `Bearer ${bearer}`, "Content-Type": "application/json" },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
    return { status: response.status, json: (await response.json()) as Record<string, unknown> };
  }

  async state(commandId: string): Promise<ApiAnswer> {
    const response = await fetch(`${this.system.bridgeUrl}/commands/${commandId}`, {
      headers: { Authorization: `Bearer ${this.token}` },
    });
    return { status: response.status, json: (await response.json()) as Record<string, unknown> };
  }

  /** Polls GET /commands/<id> until the device's acknowledgement is there. */
  async acknowledgement(commandId: string, timeoutMs = 30_000): Promise<Record<string, unknown>> {
    let answer: ApiAnswer | undefined;
    const arrived = async () => {
      answer = await this.state(commandId);
      return answer.status === 200;
    };
    await waitFor(`ack of ${commandId}`, arrived, timeoutMs);
    return answer?.json ?? {};
  }
}
