// A private D-Bus "system" bus for BLE without hardware: a dbus-daemon child process with a generated
// config in the run folder, listening on a unix socket there. The simulator's BlueZ-compatible service
// owns org.bluez on it; agents reach it through DBUS_SYSTEM_BUS_ADDRESS, as they would reach the real
// system bus on a Pi.
import { mkdirSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { join } from "node:path";
import { startChild, waitUntilReady } from "./child.ts";

export interface DbusDaemonOptions {
  runDir: string;
}

export interface RunningDbusDaemon {
  /** D-Bus address, e.g. `unix:path=/…/dbus/system_bus_socket`: the value for DBUS_SYSTEM_BUS_ADDRESS. */
  readonly address: string;
  readonly socketPath: string;
  readonly pid: number;
  stop(): Promise<void>;
}

/** sun_path holds 108 bytes including the terminating NUL. */
const MAX_SOCKET_PATH = 107;

// No <user>, <fork>, <pidfile> or <includedir>: the daemon runs as whoever starts it and reads nothing
// from /etc. The policy lets any local client own any name and talk to anyone, as a test bus should.
function configText(socketPath: string): string {
  return `<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-BUS Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>system</type>
  <listen>unix:path=${socketPath}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow user="*"/>
    <allow own="*"/>
    <allow send_destination="*" eavesdrop="true"/>
    <allow receive_sender="*"/>
    <allow send_type="method_call"/>
    <allow send_type="signal"/>
  </policy>
  <limit name="max_incoming_bytes">67108864</limit>
  <limit name="max_outgoing_bytes">67108864</limit>
  <limit name="max_connections_per_user">256</limit>
</busconfig>
`;
}

function acceptsUnixConnection(socketPath: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ path: socketPath });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

export async function startDbusDaemon(options: DbusDaemonOptions): Promise<RunningDbusDaemon> {
  const dir = join(options.runDir, "dbus");
  mkdirSync(dir, { recursive: true });
  const socketPath = join(dir, "system_bus_socket");
  if (Buffer.byteLength(socketPath) > MAX_SOCKET_PATH)
    throw new Error(`dbus socket path too long for a unix socket (${socketPath})`);
  const configPath = join(dir, "system.conf");
  writeFileSync(configPath, configText(socketPath));
  const logFile = join(dir, "dbus-daemon.log");
  const child = startChild({
    name: "dbus-daemon",
    command: "dbus-daemon",
    args: [`--config-file=${configPath}`, "--nofork", "--nopidfile", "--nosyslog"],
    logFile,
  });
  try {
    await waitUntilReady(child, {
      what: `dbus-daemon socket ${socketPath}`,
      probe: () => acceptsUnixConnection(socketPath),
      timeoutMs: 10_000,
      logFile,
    });
  } catch (error) {
    await child.stop();
    throw error;
  }
  return {
    address: `unix:path=${socketPath}`,
    socketPath,
    pid: child.pid,
    stop: () => child.stop(),
  };
}
