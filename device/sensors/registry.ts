import { bedDefinition } from "./bed/bed-definition.ts";
import { bladderDefinition } from "./bladder/bladder-definition.ts";
import type { SensorDefinition } from "./sensor-definition.ts";
import { suitDefinition } from "./suit/suit-definition.ts";

/**
 * Every sensor kind the agent can run, by the name used in config files. Each definition is
 * type-checked where it is declared; here readings and settings are opaque to the caller.
 */
export const sensorRegistry: Record<string, SensorDefinition<unknown, unknown>> = {
  bladder: bladderDefinition as unknown as SensorDefinition<unknown, unknown>,
  bed: bedDefinition as unknown as SensorDefinition<unknown, unknown>,
  suit: suitDefinition as unknown as SensorDefinition<unknown, unknown>,
};
