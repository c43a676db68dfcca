// Public entry point of the bed-sensor estimators (pure: no I/O, no clocks, no rxjs).
export { type BedAnalysisOutput, BedAnalyzer } from "./bed-analyzer.ts";
export {
  analysisRateHz,
  type BedAnalyzerConfig,
  type BedAnalyzerOptions,
  bedAnalyzerConfig,
  hopS,
  occupancyGain,
} from "./bed-config.ts";
export { scoreBedSleep, scoreBedSleepMovementOnly } from "./bed-sleep.ts";
export type { BedEpoch, VitalQuality } from "./epoch-estimator.ts";
export { bedActivityCounts, bedCountsPerMovement, periodicMovementsPerEpoch } from "./movement-counts.ts";
export { type NightSummary, type ScoredEpoch, summarizeNight } from "./night-summary.ts";
export type { BedEvent, BedEventKind, OccupancyState } from "./occupancy-detector.ts";
export { type MovementBurst, periodicBursts, periodicMovementRules } from "./periodic-movements.ts";
export { type ParsedRecording, parseRecording } from "./recording-parser.ts";
export {
  type BedReplay,
  bedEpochsCsv,
  replayBed,
  replayWrist,
  type WristReplay,
  wristEpochsCsv,
} from "./replay.ts";
export { type SleepInputEpoch, type SleepMeasures, sleepMeasures } from "./sleep-measures.ts";
export {
  coleKripkeActivity,
  coleKripkeParameters,
  rescoreWebster,
  scoreColeKripke,
  scoreSleepWake,
} from "./sleep-wake.ts";
export {
  liveSleepWakeModel,
  nightSleepWakeModel,
  type SleepWakeModel,
  scoreSleepWakeModel,
} from "./sleep-wake-model.ts";
export { type LiveSleepScore, liveSleepDelayS, SleepWakeStream } from "./sleep-wake-stream.ts";
export { WristActivityCounter, wristCountParameters } from "./wrist-activity.ts";
