// The D-Bus faces of BlueZ's objects, as dbus-next interfaces: properties are plain fields, methods
// forward to a behaviour object that owns the state machine. Signatures follow BlueZ's
// doc/org.bluez.Adapter.rst, org.bluez.Device.rst, org.bluez.GattService.rst and
// org.bluez.GattCharacteristic.rst. Only what a GATT central such as node-ble uses is implemented.
import * as dbus from "dbus-next";
import { BluezInterface } from "./bluez-names.ts";

const { Interface } = dbus.interface;
type DbusInterface = InstanceType<typeof Interface>;
type Options = Record<string, dbus.Variant>;

/** Assigns properties and emits org.freedesktop.DBus.Properties.PropertiesChanged for them. */
export function publishProperties<T extends DbusInterface, K extends keyof T>(
  iface: T,
  changes: Pick<T, K>,
): void {
  Object.assign(iface, changes);
  Interface.emitPropertiesChanged(iface, changes as Record<string, unknown>, []);
}

const read = (signature: string) => ({ signature, access: "read" as const });

export class AgentManager1Interface extends Interface {
  constructor() {
    super(BluezInterface.agentManager);
  }
  // Pairing agents are irrelevant to an unbonded GATT link; registering one succeeds and does nothing.
  RegisterAgent(_agent: string, _capability: string): void {}
  UnregisterAgent(_agent: string): void {}
  RequestDefaultAgent(_agent: string): void {}
}
AgentManager1Interface.configureMembers({
  methods: {
    RegisterAgent: { inSignature: "os" },
    UnregisterAgent: { inSignature: "o" },
    RequestDefaultAgent: { inSignature: "o" },
  },
});

export interface AdapterBehaviour {
  startDiscovery(): void;
  stopDiscovery(): void;
}

export class Adapter1Interface extends Interface {
  Address: string;
  AddressType = "public";
  Name: string;
  Alias: string;
  Class = 0;
  Powered = true;
  Discoverable = false;
  Pairable = false;
  Discovering = false;
  UUIDs: string[] = [];

  constructor(
    identity: { address: string; name: string },
    private readonly behaviour: AdapterBehaviour,
  ) {
    super(BluezInterface.adapter);
    this.Address = identity.address;
    this.Name = identity.name;
    this.Alias = identity.name;
  }
  // Every emulated peripheral is LE, so the filter (node-ble asks for Transport "le") changes nothing.
  SetDiscoveryFilter(_filter: Options): void {}
  StartDiscovery(): void {
    this.behaviour.startDiscovery();
  }
  StopDiscovery(): void {
    this.behaviour.stopDiscovery();
  }
  GetDiscoveryFilters(): string[] {
    return ["UUIDs", "RSSI", "Pathloss", "Transport", "DuplicateData", "Discoverable", "Pattern"];
  }
}
Adapter1Interface.configureMembers({
  properties: {
    Address: read("s"),
    AddressType: read("s"),
    Name: read("s"),
    Alias: read("s"),
    Class: read("u"),
    Powered: read("b"),
    Discoverable: read("b"),
    Pairable: read("b"),
    Discovering: read("b"),
    UUIDs: read("as"),
  },
  methods: {
    SetDiscoveryFilter: { inSignature: "a{sv}" },
    StartDiscovery: {},
    StopDiscovery: {},
    GetDiscoveryFilters: { outSignature: "as" },
  },
});

export interface DeviceBehaviour {
  connect(): void;
  disconnect(): void;
}

export class Device1Interface extends Interface {
  Address: string;
  AddressType = "random";
  Name: string;
  Alias: string;
  RSSI = -58;
  Connected = false;
  ServicesResolved = false;
  Paired = false;
  Trusted = false;
  Blocked = false;
  LegacyPairing = false;
  UUIDs: string[];
  Adapter: string;

  constructor(
    identity: { address: string; name: string; adapterPath: string; serviceUuids: string[] },
    private readonly behaviour: DeviceBehaviour,
  ) {
    super(BluezInterface.device);
    this.Address = identity.address.toUpperCase();
    this.Name = identity.name;
    this.Alias = identity.name;
    this.UUIDs = identity.serviceUuids;
    this.Adapter = identity.adapterPath;
  }
  Connect(): void {
    this.behaviour.connect();
  }
  Disconnect(): void {
    this.behaviour.disconnect();
  }
}
Device1Interface.configureMembers({
  properties: {
    Address: read("s"),
    AddressType: read("s"),
    Name: read("s"),
    Alias: read("s"),
    RSSI: read("n"),
    Connected: read("b"),
    ServicesResolved: read("b"),
    Paired: read("b"),
    Trusted: read("b"),
    Blocked: read("b"),
    LegacyPairing: read("b"),
    UUIDs: read("as"),
    Adapter: read("o"),
  },
  methods: { Connect: {}, Disconnect: {} },
});

export class GattService1Interface extends Interface {
  UUID: string;
  Primary = true;
  Device: string;

  constructor(uuid: string, devicePath: string) {
    super(BluezInterface.gattService);
    this.UUID = uuid;
    this.Device = devicePath;
  }
}
GattService1Interface.configureMembers({
  properties: { UUID: read("s"), Primary: read("b"), Device: read("o") },
});

export interface CharacteristicBehaviour {
  readValue(): Uint8Array;
  writeValue(bytes: Uint8Array): void;
  startNotify(): void;
  stopNotify(): void;
}

export class GattCharacteristic1Interface extends Interface {
  UUID: string;
  Service: string;
  Flags: string[];
  Notifying = false;
  Value: Uint8Array = new Uint8Array(0);

  constructor(
    identity: { uuid: string; servicePath: string; flags: string[] },
    private readonly behaviour: CharacteristicBehaviour,
  ) {
    super(BluezInterface.gattCharacteristic);
    this.UUID = identity.uuid;
    this.Service = identity.servicePath;
    this.Flags = identity.flags;
  }
  ReadValue(_options: Options): Uint8Array {
    return this.behaviour.readValue();
  }
  WriteValue(value: Uint8Array, _options: Options): void {
    this.behaviour.writeValue(new Uint8Array(value));
  }
  StartNotify(): void {
    this.behaviour.startNotify();
  }
  StopNotify(): void {
    this.behaviour.stopNotify();
  }
}
GattCharacteristic1Interface.configureMembers({
  properties: {
    UUID: read("s"),
    Service: read("o"),
    Flags: read("as"),
    Notifying: read("b"),
    Value: read("ay"),
  },
  methods: {
    ReadValue: { inSignature: "a{sv}", outSignature: "ay" },
    WriteValue: { inSignature: "aya{sv}" },
    StartNotify: {},
    StopNotify: {},
  },
});
