// The peripheral's state machine, driven through its D-Bus interface objects without a bus.
import { afterEach, describe, expect, it, vi } from "vitest";
import { BlePeripheral } from "./ble-peripheral.ts";
import type { Device1Interface, GattCharacteristic1Interface } from "./bluez-interfaces.ts";
import { BluezError } from "./bluez-names.ts";

function peripheralWithCentral() {
  let caller = ":1.7";
  const peripheral = new BlePeripheral(
    { address: "c0:ff:ee:00:00:01", name: "bladder-1" },
    {
      adapterPath: "/org/bluez/hci0",
      maxNotificationBytes: 180,
      caller: () => caller,
      flush: () => Promise.resolve(),
    },
  );
  const objects = new Map(peripheral.objects());
  const base = "/org/bluez/hci0/dev_C0_FF_EE_00_00_01";
  const device = objects.get(base) as Device1Interface;
  const command = objects.get(`${base}/service0010/char0011`) as GattCharacteristic1Interface;
  const data = objects.get(`${base}/service0010/char0013`) as GattCharacteristic1Interface;
  const streaming: [boolean, string][] = [];
  peripheral.onStreamingChange((on, reason) => streaming.push([on, reason]));
  const as = (name: string) => {
    caller = name;
  };
  return { peripheral, device, command, data, streaming, as };
}

const errorName = (call: () => unknown) => {
  try {
    call();
    return "no error";
  } catch (error) {
    return (error as { type?: string }).type;
  }
};

afterEach(() => {
  vi.useRealTimers();
});

describe("BlePeripheral", () => {
  it("lays out BlueZ's object tree under the adapter", () => {
    const { peripheral, device, data } = peripheralWithCentral();
    expect(peripheral.objects().map(([path]) => path)).toEqual([
      "/org/bluez/hci0/dev_C0_FF_EE_00_00_01",
      "/org/bluez/hci0/dev_C0_FF_EE_00_00_01/service0010",
      "/org/bluez/hci0/dev_C0_FF_EE_00_00_01/service0010/char0011",
      "/org/bluez/hci0/dev_C0_FF_EE_00_00_01/service0010/char0013",
    ]);
    expect(device.Address).toBe("C0:FF:EE:00:00:01");
    expect(data.Flags).toEqual(["read", "notify"]);
  });

  it("streams only once a central is connected and subscribed, in chunks of at most 180 bytes", () => {
    const { peripheral, device, data, streaming } = peripheralWithCentral();
    expect(peripheral.send(new Uint8Array(20))).toBe(false);
    expect(errorName(() => data.StartNotify())).toBe(BluezError.failed);
    device.Connect();
    expect(device.Connected && device.ServicesResolved).toBe(true);
    expect(peripheral.send(new Uint8Array(20))).toBe(false);
    data.StartNotify();
    expect(streaming).toEqual([[true, "central subscribed"]]);
    expect(peripheral.send(Uint8Array.from({ length: 258 }, (_, i) => i & 0xff))).toBe(true);
    expect(peripheral.counters).toMatchObject({ notifications: 2, bytesSent: 258, refusedSends: 2 });
    expect(data.Value).toHaveLength(78);
  });

  it("drops the link on demand and refuses connections while out of range", async () => {
    vi.useFakeTimers();
    const { peripheral, device, data, streaming } = peripheralWithCentral();
    device.Connect();
    data.StartNotify();
    peripheral.forceDisconnect({ outOfRangeMs: 1000 });
    expect(streaming.at(-1)).toEqual([false, "link lost"]);
    expect([device.Connected, device.ServicesResolved, data.Notifying]).toEqual([false, false, false]);
    expect(errorName(() => device.Connect())).toBe(BluezError.failed);
    await vi.advanceTimersByTimeAsync(1000);
    device.Connect();
    expect(device.Connected).toBe(true);
    expect(peripheral.counters).toMatchObject({ connects: 2, forcedDisconnects: 1 });
  });

  it("keeps notifying while any central is subscribed and ends a departed central's session", () => {
    const { peripheral, device, data, streaming, as } = peripheralWithCentral();
    device.Connect();
    as(":1.7");
    data.StartNotify();
    as(":1.8");
    data.StartNotify();
    peripheral.clientGone(":1.7");
    expect(peripheral.isStreaming).toBe(true);
    as(":1.9");
    expect(errorName(() => data.StopNotify())).toBe(BluezError.failed);
    peripheral.clientGone(":1.8");
    expect(peripheral.isStreaming).toBe(false);
    expect(data.Notifying).toBe(false);
    expect(streaming.at(-1)).toEqual([false, "central :1.8 left the bus"]);
  });

  it("passes command writes to the emulator and refuses writes to the data characteristic", () => {
    const { peripheral, device, command, data } = peripheralWithCentral();
    const received: number[][] = [];
    peripheral.onCommand((bytes) => received.push([...bytes]));
    expect(errorName(() => command.WriteValue(Uint8Array.of(1), {}))).toBe(BluezError.failed);
    device.Connect();
    command.WriteValue(Uint8Array.of(1, 2), {});
    expect(received).toEqual([[1, 2]]);
    expect(errorName(() => data.WriteValue(Uint8Array.of(1), {}))).toBe(BluezError.notPermitted);
    expect(errorName(() => device.Disconnect())).toBe("no error");
    expect(errorName(() => device.Disconnect())).toBe(BluezError.notConnected);
  });
});
