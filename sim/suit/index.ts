// Public entry of the assist-suit EMG simulator.

export { Rng } from "../random.ts";
export type { ActivationBurst, ActivationPlan, MovementLabel } from "./activation-plan.ts";
export { minimumRestBetweenBurstsMs, planActivations } from "./activation-plan.ts";
export type { MicrovoltBlock, RenderOptions, SuitRenderComponents, SuitSampleBlock } from "./generator.ts";
export {
  allComponents,
  generateSuitSession,
  int16Max,
  int16Min,
  quantizeBlock,
  renderSuitMicrovolts,
} from "./generator.ts";
export type { ActivationTruth, FatigueDirection, FatigueTruth, SuitGroundTruth } from "./ground-truth.ts";
export { flatTrendLimitPct, intervalsOverlap, suitGroundTruth } from "./ground-truth.ts";
export { agonistChannelNames, movementAgonists } from "./movement-templates.ts";
export type { DrawSessionOptions } from "./random-session.ts";
export { drawSuitSession, simulatedSampleRatesHz, suitMontage } from "./random-session.ts";
export type {
  BodySide,
  ElectrodeOffMode,
  ElectrodeOffSpec,
  MainsSpec,
  MotionArtefactSpec,
  MovementKind,
  MovementSpec,
  MuscleName,
  SuitChannelSpec,
  SuitScenario,
} from "./scenario.ts";
export { conductionVelocityFactor, msToSample, sampleToMs } from "./scenario.ts";
export type { DecayingStep, SharpArtefactRates, SharpArtefactSpec } from "./sharp-artefacts.ts";
export { sharpArtefactSpanMs } from "./sharp-artefacts.ts";
