// A BlueZ-compatible service on a D-Bus bus: owns org.bluez and exports /org/bluez (AgentManager1), one
// adapter /org/bluez/hci0 (Adapter1) and, once a central has started discovery, one Device1 tree per
// emulated peripheral. A GATT central that speaks BlueZ's D-Bus API (node-ble, bleak, bluetoothctl)
// discovers, connects, subscribes and writes as it would with bluetoothd and a real sensor.
import * as dbus from "dbus-next";
import { BlePeripheral, type PeripheralIdentity } from "./ble-peripheral.ts";
import { AgentManager1Interface } from "./bluez-interfaces.ts";
import { BLUEZ_BUS_NAME, BLUEZ_ROOT_PATH, isBleAddress, MAX_NOTIFICATION_BYTES } from "./bluez-names.ts";
import { trackBusClients } from "./bus-clients.ts";
import { EmulatedAdapter } from "./emulated-adapter.ts";

export interface BluezServiceOptions {
  /** D-Bus address; default: DBUS_SYSTEM_BUS_ADDRESS (then the system bus), as bluetoothd uses. */
  busAddress?: string;
  adapter?: { name?: string; address?: string };
  maxNotificationBytes?: number;
  /** The bus connection failed (the daemon went away); the service is then dead. */
  onError?: (error: Error) => void;
}

export interface BluezService {
  readonly adapterPath: string;
  readonly peripherals: readonly BlePeripheral[];
  addPeripheral(identity: PeripheralIdentity): Promise<BlePeripheral>;
  /** Resolves once everything sent so far has been routed by the bus daemon. */
  flush(): Promise<void>;
  /** Disconnects every central, releases org.bluez and leaves the bus. */
  stop(): Promise<void>;
}

function connectBus(address: string | undefined): dbus.MessageBus {
  // dbus-next's sessionBus() takes an explicit address; systemBus() reads DBUS_SYSTEM_BUS_ADDRESS.
  return address ? dbus.sessionBus({ busAddress: address }) : dbus.systemBus();
}

export async function startBluezService(options: BluezServiceOptions = {}): Promise<BluezService> {
  const bus = connectBus(options.busAddress);
  let local: EmulatedAdapter | null = null;
  let dead = false;
  bus.on("error", (error: Error) => {
    // Every later send fails the same way: report the first, and let emulators record "not sent".
    if (dead) return;
    dead = true;
    for (const peripheral of local?.peripherals ?? [])
      peripheral.busLost(`D-Bus connection lost: ${error.message}`);
    options.onError?.(error);
  });
  const unreachable = new Promise<never>((_, reject) => bus.once("error", reject));
  unreachable.catch(() => undefined);
  const reply = await Promise.race([
    bus.requestName(BLUEZ_BUS_NAME, dbus.NameFlag.DO_NOT_QUEUE),
    unreachable,
  ]);
  if (reply !== dbus.RequestNameReply.PRIMARY_OWNER) {
    bus.disconnect();
    throw new Error(`${BLUEZ_BUS_NAME} is already owned on this bus (is bluetoothd running?)`);
  }
  const clients = await trackBusClients(bus);
  bus.export(BLUEZ_ROOT_PATH, new AgentManager1Interface());
  const adapter = new EmulatedAdapter(bus, clients.caller, {
    path: `${BLUEZ_ROOT_PATH}/${options.adapter?.name ?? "hci0"}`,
    address: options.adapter?.address ?? "02:00:00:00:00:01",
    name: "care-sim",
  });
  local = adapter;
  clients.onClientGone((name) => adapter.clientGone(name));
  // A dead bus never answers: flushing it would wait forever.
  const flush = () => (dead ? Promise.resolve() : daemonRoundTrip(bus));
  const context = {
    adapterPath: adapter.path,
    maxNotificationBytes: options.maxNotificationBytes ?? MAX_NOTIFICATION_BYTES,
    caller: clients.caller,
    flush,
  };
  return {
    adapterPath: adapter.path,
    peripherals: adapter.peripherals,
    addPeripheral: async (identity) => {
      if (!isBleAddress(identity.address)) throw new Error(`not a BLE address: ${identity.address}`);
      const address = identity.address.toUpperCase();
      if (adapter.peripherals.some((p) => p.address === address))
        throw new Error(`duplicate address ${address}`);
      const peripheral = new BlePeripheral(identity, context);
      adapter.add(peripheral);
      return peripheral;
    },
    flush,
    stop: async () => {
      for (const peripheral of adapter.peripherals) peripheral.remove();
      await flush().catch(() => undefined);
      clients.dispose();
      if (!dead) await bus.releaseName(BLUEZ_BUS_NAME).catch(() => undefined);
      bus.disconnect();
    },
  };
}

const ROUND_TRIP_LIMIT_MS = 5000;

/** The daemon answers in order, so its reply comes after everything this connection sent before. */
async function daemonRoundTrip(bus: dbus.MessageBus): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const call = bus.call(
    new dbus.Message({
      destination: "org.freedesktop.DBus",
      path: "/org/freedesktop/DBus",
      interface: "org.freedesktop.DBus",
      member: "GetId",
    }),
  );
  const limit = new Promise<void>((_, reject) => {
    timer = setTimeout(() => reject(new Error("bus daemon did not answer")), ROUND_TRIP_LIMIT_MS);
  });
  await Promise.race([call, limit]).finally(() => clearTimeout(timer));
}
