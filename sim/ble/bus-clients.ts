// Who is calling, and when they leave. BlueZ ties notification and discovery sessions to the D-Bus client
// that opened them and ends them when that client leaves the bus (a crashed agent must not leave a
// peripheral "notifying" into the void, or the emulator would record readings as sent that nobody got).
// dbus-next passes only the arguments to an interface method, so the sender is captured by a method
// handler that runs, synchronously, just before the method itself.
import type * as dbus from "dbus-next";

export interface BusClients {
  /** Unique bus name (":1.42") of the client whose method call is being handled right now. */
  caller(): string;
  /** Calls `listener` with the unique name of every client that disconnects from the bus. */
  onClientGone(listener: (uniqueName: string) => void): void;
  dispose(): void;
}

export async function trackBusClients(bus: dbus.MessageBus): Promise<BusClients> {
  let current = "";
  const capture = (message: dbus.Message): boolean => {
    current = message.sender ?? "";
    return false;
  };
  bus.addMethodHandler(capture);
  const listeners: ((uniqueName: string) => void)[] = [];
  const daemon = await bus.getProxyObject("org.freedesktop.DBus", "/org/freedesktop/DBus");
  const control = daemon.getInterface("org.freedesktop.DBus");
  const nameOwnerChanged = (name: string, _oldOwner: string, newOwner: string) => {
    if (name.startsWith(":") && newOwner === "") for (const listener of listeners) listener(name);
  };
  control.on("NameOwnerChanged", nameOwnerChanged);
  return {
    caller: () => current,
    onClientGone: (listener) => void listeners.push(listener),
    dispose: () => {
      bus.removeMethodHandler(capture);
      control.off("NameOwnerChanged", nameOwnerChanged);
    },
  };
}
