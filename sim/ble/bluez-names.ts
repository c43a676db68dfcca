// Names of BlueZ's D-Bus API (doc/org.bluez.*.rst in the BlueZ source tree) and of the GATT service the
// emulated sensors expose. The agent side keeps its own copy of the UUIDs (device/ and sim/ share only
// proto/); docs/ble.md is the contract both follow.

export const BLUEZ_BUS_NAME = "org.bluez";
export const BLUEZ_ROOT_PATH = "/org/bluez";

export const BluezInterface = {
  agentManager: "org.bluez.AgentManager1",
  adapter: "org.bluez.Adapter1",
  device: "org.bluez.Device1",
  gattService: "org.bluez.GattService1",
  gattCharacteristic: "org.bluez.GattCharacteristic1",
} as const;

export const BluezError = {
  failed: "org.bluez.Error.Failed",
  notConnected: "org.bluez.Error.NotConnected",
  notPermitted: "org.bluez.Error.NotPermitted",
  doesNotExist: "org.bluez.Error.DoesNotExist",
} as const;

/**
 * The Nordic UART Service: the de-facto standard for a byte stream over BLE (Nordic Semiconductor,
 * nRF5 SDK "Nordic UART Service", UUID base 6E40xxxx-B5A3-F393-E0A9-E50E24DCCA9E). RX is written by the
 * central (commands to the sensor), TX notifies the central (the sensor frame stream). BlueZ reports
 * UUIDs in lower case.
 */
export const SENSOR_GATT = {
  serviceUuid: "6e400001-b5a3-f393-e0a9-e50e24dcca9e",
  commandCharacteristicUuid: "6e400002-b5a3-f393-e0a9-e50e24dcca9e",
  dataCharacteristicUuid: "6e400003-b5a3-f393-e0a9-e50e24dcca9e",
} as const;

/** Largest notification payload the peripheral sends: an ATT MTU of 185 (BLE 4.2 with data length
 * extension, the usual phone/BlueZ negotiation result) minus the 3-byte ATT header, rounded down. */
export const MAX_NOTIFICATION_BYTES = 180;

const BLE_ADDRESS = /^[0-9A-F]{2}(:[0-9A-F]{2}){5}$/;

export function isBleAddress(text: string): boolean {
  return BLE_ADDRESS.test(text.toUpperCase());
}

/** BlueZ's object path for a remote device: `/org/bluez/hci0/dev_AA_BB_CC_DD_EE_FF`. */
export function devicePath(adapterPath: string, address: string): string {
  return `${adapterPath}/dev_${address.toUpperCase().replaceAll(":", "_")}`;
}
