// Public entry of the bladder sensor simulator (docs/bladder-simulator.md).

export type { FrameSink } from "../frame-link.ts";
export { Rng, type RngState, seedRng } from "../random.ts";
export { type BladderEmulatorOptions, BladderSensorEmulator } from "./bladder-emulator.ts";
export {
  advanceBladderModel,
  type BladderModelEvent,
  type BladderModelState,
  type BladderReading,
  type BladderSetup,
  initialBladderModel,
  readingAt,
} from "./bladder-sensor-model.ts";
export {
  apDiameterMm,
  bladderShapeFactor,
  type Echo,
  type SensorContact,
  simulateEcho,
} from "./echo-model.ts";
export {
  captureFrames,
  expectedRejects,
  type ReadingRow,
  readEvents,
  readReadings,
  startEmulator,
  waitUntilQuiet,
} from "./emulator-harness.ts";
export { type GroundTruthEvent, READINGS_CSV_HEADER } from "./ground-truth.ts";
export { GroundTruthWriter, groundTruthPaths } from "./ground-truth-writer.ts";
export type { Posture, ResidentEvent, ResidentState } from "./physiology.ts";
export { drawResidentProfile, type ResidentProfile } from "./resident-profile.ts";
export { type OutgoingFrame, SensorFrameStream } from "./sensor-frame-stream.ts";
