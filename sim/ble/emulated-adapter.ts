// The local adapter, /org/bluez/hci0: discovery sessions per client (as in BlueZ, scanning goes on while
// any client still wants it) and the peripherals it has "found". A peripheral appears on the bus, as a
// Device1 child of the adapter, once some central has started a scan; after that it stays known.
import * as dbus from "dbus-next";
import type { BlePeripheral } from "./ble-peripheral.ts";
import { Adapter1Interface, publishProperties } from "./bluez-interfaces.ts";
import { BluezError } from "./bluez-names.ts";

export interface AdapterIdentity {
  path: string;
  address: string;
  name: string;
}

export class EmulatedAdapter {
  readonly path: string;
  readonly peripherals: BlePeripheral[] = [];
  private readonly iface: Adapter1Interface;
  private readonly exported = new Set<BlePeripheral>();
  private readonly discoveryClients = new Set<string>();

  constructor(
    private readonly bus: dbus.MessageBus,
    private readonly caller: () => string,
    identity: AdapterIdentity,
  ) {
    this.path = identity.path;
    this.iface = new Adapter1Interface(identity, {
      startDiscovery: () => this.startDiscovery(),
      stopDiscovery: () => this.stopDiscovery(),
    });
    bus.export(identity.path, this.iface);
  }

  add(peripheral: BlePeripheral): void {
    this.peripherals.push(peripheral);
    if (this.iface.Discovering) this.found(peripheral);
  }

  /** A client left the bus: its scan and its notification sessions end. */
  clientGone(uniqueName: string): void {
    if (this.discoveryClients.delete(uniqueName) && this.discoveryClients.size === 0)
      publishProperties(this.iface, { Discovering: false });
    for (const peripheral of this.peripherals) peripheral.clientGone(uniqueName);
  }

  private startDiscovery(): void {
    this.discoveryClients.add(this.caller());
    if (!this.iface.Discovering) publishProperties(this.iface, { Discovering: true });
    // Every advertising peripheral is found at once; a real scan takes a few advertising intervals.
    for (const peripheral of this.peripherals) this.found(peripheral);
  }

  private stopDiscovery(): void {
    if (!this.discoveryClients.delete(this.caller()))
      throw new dbus.DBusError(BluezError.failed, "No discovery started");
    if (this.discoveryClients.size === 0) publishProperties(this.iface, { Discovering: false });
  }

  private found(peripheral: BlePeripheral): void {
    if (this.exported.has(peripheral)) return;
    this.exported.add(peripheral);
    for (const [path, iface] of peripheral.objects()) this.bus.export(path, iface);
  }
}
