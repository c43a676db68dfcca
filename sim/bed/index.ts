// Public entry point of the bed-sensor simulator.

export { deriveSeed, Rng } from "../random.ts";
export { type BedSignalBlock, bedSignalBlocks, bedSignalScale } from "./bed-signal.ts";
export { drawNight, type NightOptions } from "./draw-night.ts";
export { exampleNight } from "./example-night.ts";
export { bcgWaveform, breathWaveform } from "./physiology.ts";
export { drawResident, drawSensor, type SensorOptions } from "./residents.ts";
export {
  type Apnoea,
  type BedState,
  type Confuser,
  type ConfuserKind,
  confuserKinds,
  type ExternalLoad,
  type Fidget,
  type MovementSite,
  type NightScenario,
  type NightSegment,
  type Posture,
  type ResidentProfile,
  type SensorSetup,
  scenarioEvents,
  type TruthEvent,
  type TruthEventKind,
  type TruthSecond,
} from "./scenario.ts";
export { parseScenario, validateScenario } from "./scenario-validate.ts";
export { type WristBlock, wristCountsPerG, wristSignalBlocks } from "./wrist-signal.ts";
