// BLE without hardware: a BlueZ-compatible D-Bus service hosting emulated sensor peripherals.
export { BlePeripheral, type PeripheralCounters, type PeripheralIdentity } from "./ble-peripheral.ts";
export { BLUEZ_BUS_NAME, isBleAddress, MAX_NOTIFICATION_BYTES, SENSOR_GATT } from "./bluez-names.ts";
export { type BluezService, type BluezServiceOptions, startBluezService } from "./bluez-service.ts";
