// A real pseudo-terminal pair made by socat: the emulator opens one end, the agent the other.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { type ManagedChild, startChild, waitFor } from "./child.ts";

export interface PtyPair {
  /** Path the sensor emulator writes to. */
  readonly sensorEnd: string;
  /** Path the agent opens, as it would open /dev/ttyUSB0. */
  readonly agentEnd: string;
  readonly pid: number;
  stop(): Promise<void>;
  /** Makes the pair vanish and come back (a pulled and replugged USB cable). */
  restart(): Promise<void>;
}

export async function startPtyPair(runDir: string, name: string): Promise<PtyPair> {
  const sensorEnd = join(runDir, `${name}.sensor`);
  const agentEnd = join(runDir, `${name}.tty`);
  let child: ManagedChild;
  const launch = async () => {
    child = startChild({
      name: `socat-${name}`,
      command: "socat",
      args: ["-d", "-d", `pty,raw,echo=0,link=${sensorEnd}`, `pty,raw,echo=0,link=${agentEnd}`],
      logFile: join(runDir, `socat-${name}.log`),
    });
    await waitFor(`pty pair ${name}`, () => existsSync(sensorEnd) && existsSync(agentEnd), 10_000);
  };
  await launch();
  return {
    sensorEnd,
    agentEnd,
    get pid() {
      return child.pid;
    },
    stop: () => child.stop(),
    restart: async () => {
      await child.stop();
      await launch();
    },
  };
}
