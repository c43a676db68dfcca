// Public entry of the assist-suit EMG estimators (pure DSP, no I/O).

export type { BiquadCoefficients } from "../dsp/biquad.ts";
export { BiquadCascade, butterworthQs, cascadeMagnitude, highPass, lowPass, notch } from "../dsp/biquad.ts";
export type { NotchedTap, SpectralWindow } from "./channel-pipeline.ts";
export type { EnvelopeKind, IntentGroup, NotchMode, SuitDspConfig, SuitDspOverrides } from "./config.ts";
export { defaultSuitDspConfig, suitDspConfig, validateSuitDspConfig } from "./config.ts";
export type { ElectrodeEvent, ElectrodeFault } from "./electrode-check.ts";
export type { MainsHz } from "./emg-filters.ts";
export { designBandPass, designMainsNotch, EmgConditioner, effectiveBand } from "./emg-filters.ts";
export type { FatigueTrend } from "./fatigue-trend.ts";
export { FatigueTrendTracker } from "./fatigue-trend.ts";
export type { IntentEvent } from "./intent-detector.ts";
export type { MainsDetection } from "./mains-detector.ts";
export { MainsDetector } from "./mains-detector.ts";
export { MovingEnvelope, rectify } from "./moving-envelope.ts";
export type { OffsetEvent, OnsetEvent } from "./onset-detector.ts";
export { OnsetDetector, onsetThresholds } from "./onset-detector.ts";
export type { RecordingHeader, RecordingLine } from "./recording-format.ts";
export { adcRangeFromHeader, parseHeaderLine, parseRecordingLine } from "./recording-format.ts";
export { powerSpectrum, spectralIndicators, spectralWindowLength } from "./spectrum.ts";
export type { EnvelopeFrame, SuitProcessorOutput } from "./suit-processor.ts";
export { SuitEmgProcessor, stepSuitEmg } from "./suit-processor.ts";
