// One resident wearing one bladder sensor: physiology, transducer contact and echo, in lockstep.
// Pure: readingAt(state, setup, simTimeMs) → [state, { reading, events }]. Each part draws from its own
// random stream, so e.g. echo noise never changes when or how much the resident voids.

import { Rng, type RngState } from "../random.ts";
import { type Echo, type SensorContact, simulateEcho } from "./echo-model.ts";
import type { LocalClock } from "./local-time.ts";
import {
  advanceResident,
  initialResidentState,
  isMoving,
  PHYSIOLOGY_STEP_MS,
  type Posture,
  type ResidentEvent,
  type ResidentState,
} from "./physiology.ts";
import type { ResidentProfile } from "./resident-profile.ts";
import {
  initialSensorState,
  isDetached,
  type SensorEvent,
  type SensorState,
  stepSensor,
} from "./sensor-contact.ts";

export interface BladderSetup {
  profile: ResidentProfile;
  clock: LocalClock;
  /** Simulated time the sensor was switched on; its tick counter counts from here. */
  powerUpMs: number;
}

export interface BladderModelState {
  resident: ResidentState;
  sensor: SensorState;
  echoRng: RngState;
}

/** Everything about one reading: what goes on the wire and the truth behind it. */
export interface BladderReading extends Echo {
  simTimeMs: number;
  /** Sensor clock: ms since power-up, wrapping at 2^32 like the u32 on the wire. */
  ticksMs: number;
  batteryPct: number;
  moving: boolean;
  /** Truth: bladder volume at the reading. */
  volumeMl: number;
  /** Truth: the transducer had slipped or lifted. */
  detached: boolean;
  /** Truth: the transducer's contact with the skin. */
  contact: SensorContact;
  posture: Posture;
}

export type BladderModelEvent = ResidentEvent | SensorEvent;

export function initialBladderModel(setup: BladderSetup, startMs: number): BladderModelState {
  return {
    resident: initialResidentState(setup, startMs),
    sensor: initialSensorState(setup.profile, startMs),
    echoRng: Rng.fromSeed(setup.profile.seed, 3).snapshot(),
  };
}

/** Steps physiology and sensor together on the 10 s grid up to `toMs`. */
export function advanceBladderModel(
  state: BladderModelState,
  setup: BladderSetup,
  toMs: number,
): [BladderModelState, BladderModelEvent[]] {
  const events: BladderModelEvent[] = [];
  let { resident, sensor } = state;
  while (resident.timeMs + PHYSIOLOGY_STEP_MS <= toMs) {
    const [nextResident, residentEvents] = advanceResident(
      resident,
      setup,
      resident.timeMs + PHYSIOLOGY_STEP_MS,
    );
    const activity = { moving: isMoving(nextResident), asleep: nextResident.asleep };
    const [nextSensor, sensorEvents] = stepSensor(sensor, setup.profile, PHYSIOLOGY_STEP_MS, activity);
    resident = nextResident;
    sensor = nextSensor;
    events.push(...residentEvents, ...sensorEvents);
  }
  return [{ ...state, resident, sensor }, events];
}

export function readingAt(
  state: BladderModelState,
  setup: BladderSetup,
  simTimeMs: number,
): [BladderModelState, { reading: BladderReading; events: BladderModelEvent[] }] {
  const [advanced, events] = advanceBladderModel(state, setup, simTimeMs);
  const { resident, sensor } = advanced;
  const rng = new Rng(advanced.echoRng);
  const moving = isMoving(resident);
  const echo = simulateEcho(
    {
      volumeMl: resident.volumeMl,
      posture: resident.posture,
      moving,
      contact: sensor.contact,
      profile: setup.profile,
      placement: sensor.placement,
      ...(sensor.partial ? { partial: sensor.partial } : {}),
    },
    rng,
  );
  const reading: BladderReading = {
    ...echo,
    simTimeMs,
    ticksMs: (simTimeMs - setup.powerUpMs) % 2 ** 32,
    batteryPct: Math.floor(sensor.batteryPct),
    moving,
    volumeMl: resident.volumeMl,
    detached: isDetached(sensor),
    contact: sensor.contact,
    posture: resident.posture,
  };
  return [
    { ...advanced, echoRng: rng.snapshot() },
    { reading, events },
  ];
}
