import type { Infer } from "../config/schema.ts";
import type { transportSpec } from "../config/transport-config.ts";
import { BleTransport } from "./ble-transport.ts";
import { FirmataTransport } from "./firmata-transport.ts";
import { SerialTransport } from "./serial-transport.ts";
import type { ByteTransport } from "./transport.ts";

export type TransportConfig = Infer<typeof transportSpec>;

type Builders = {
  [Type in TransportConfig["type"]]: (config: Extract<TransportConfig, { type: Type }>) => ByteTransport;
};

/** One constructor per transport type named in config. */
const builders: Builders = {
  serial: (config) => new SerialTransport(config),
  ble: (config) => new BleTransport(config),
  firmata: (config) => new FirmataTransport(config),
};

export function createTransport(config: TransportConfig): ByteTransport {
  const build = builders[config.type] as (config: TransportConfig) => ByteTransport;
  return build(config);
}
