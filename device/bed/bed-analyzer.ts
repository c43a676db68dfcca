// The bed-sensor estimators wired together, without I/O: raw interleaved counts in at any rate,
// events (low latency, decided every 0.2 s hop) and epoch estimates out. One instance per sensor.
import { ok, type Result } from "../../proto/result.ts";
import {
  analysisRateHz,
  type BedAnalyzerConfig,
  type BedAnalyzerOptions,
  bedAnalyzerConfig,
  hopSamples,
} from "./bed-config.ts";
import { BreathingPauseDetector } from "./breathing-pause-detector.ts";
import { type BedEpoch, EpochCollector } from "./epoch-estimator.ts";
import { ChannelFrontEnd } from "./front-end.ts";
import { MovementDetector } from "./movement-detector.ts";
import { type BedEvent, OccupancyDetector, type OccupancyState } from "./occupancy-detector.ts";
import { FrameResampler } from "./resampler.ts";

export interface BedAnalysisOutput {
  events: BedEvent[];
  epochs: BedEpoch[];
}

/** After a movement, breathing is not watched for pauses for this many hops (1 s). */
const pauseQuietHops = 5;

export class BedAnalyzer {
  private readonly resampler: FrameResampler;
  private readonly fronts: ChannelFrontEnd[];
  private readonly occupancy: OccupancyDetector;
  private readonly movement = new MovementDetector();
  private readonly pauses: BreathingPauseDetector;
  private readonly collector: EpochCollector;
  private readonly loadSum: Float64Array;
  private readonly motionSum: Float64Array;
  private readonly breathing: Float64Array;
  private readonly loads: Float64Array;
  private readonly previousLoads: Float64Array;
  private framesInHop = 0;
  private hops = 0;
  private frames = 0;
  private hopsSinceMoving = Number.POSITIVE_INFINITY;
  /** A movement or posture change may leave the breathing band ringing: check once still. */
  private breathingUnsettled = false;
  /** Hop loads before the current movement began. */
  private readonly stillLoads: Float64Array;
  private output: BedAnalysisOutput = { events: [], epochs: [] };

  static create(options: BedAnalyzerOptions): Result<BedAnalyzer> {
    const config = bedAnalyzerConfig(options);
    return config.ok ? ok(new BedAnalyzer(config.value)) : config;
  }

  constructor(readonly config: BedAnalyzerConfig) {
    const channels = config.channels;
    this.resampler = new FrameResampler(config.sampleRateHz, analysisRateHz, channels);
    this.fronts = Array.from({ length: channels }, () => new ChannelFrontEnd());
    this.occupancy = new OccupancyDetector(config);
    this.pauses = new BreathingPauseDetector(channels, config.noBreathingS);
    this.collector = new EpochCollector(channels, config.epochS);
    this.loadSum = new Float64Array(channels);
    this.motionSum = new Float64Array(channels);
    this.breathing = new Float64Array(channels);
    this.loads = new Float64Array(channels);
    this.previousLoads = new Float64Array(channels);
    this.stillLoads = new Float64Array(channels);
  }

  get state(): OccupancyState {
    return this.occupancy.state;
  }

  /** Interleaved raw counts (frame-major, `channels` values per sample instant). */
  push(interleaved: ArrayLike<number>): BedAnalysisOutput {
    this.output = { events: [], epochs: [] };
    this.resampler.push(interleaved, (frame) => this.analyseFrame(frame));
    return this.output;
  }

  private analyseFrame(frame: Float64Array): void {
    const fronts = this.fronts;
    for (let c = 0; c < fronts.length; c++) {
      const front = fronts[c];
      if (!front) continue;
      const x = frame[c] ?? 0;
      front.step(x);
      this.loadSum[c] = (this.loadSum[c] ?? 0) + x;
      this.motionSum[c] = (this.motionSum[c] ?? 0) + front.motionSquared;
    }
    this.collector.addFrame((c) => fronts[c]?.envelope ?? 0);
    this.frames++;
    if (!Number.isNaN(fronts[0]?.breathing ?? Number.NaN)) this.analyseBreathing();
    if (++this.framesInHop === hopSamples) this.analyseHop();
  }

  private analyseBreathing(): void {
    for (let c = 0; c < this.fronts.length; c++) this.breathing[c] = this.fronts[c]?.breathing ?? 0;
    this.collector.addBreathing(this.breathing);
    const watching = this.occupancy.occupied && this.hopsSinceMoving > pauseQuietHops;
    // Without a known body load, movement is judged from the breath size: let it grow meanwhile.
    const learning = watching || this.occupancy.bodyLoad === null;
    const event = this.pauses.update(this.breathing, this.frames / analysisRateHz, watching, learning);
    if (event) this.output.events.push(event);
  }

  /**
   * After a movement, restarts the breathing band of each channel whose load level moved by more
   * than two breaths: the high-pass would ring for ~20 s with swings larger than any breath.
   */
  private settleBreathing(): void {
    this.fronts.forEach((front, c) => {
      const level = this.loads[c] ?? 0;
      if (Math.abs(level - (this.stillLoads[c] ?? 0)) > 2 * this.pauses.channelBreathSize(c)) {
        front.restartBreathing(level);
      }
    });
    this.stillLoads.set(this.loads);
    this.breathingUnsettled = false;
  }

  private analyseHop(): void {
    let motionRms = 0;
    let loadChange = 0;
    for (let c = 0; c < this.loads.length; c++) {
      const load = (this.loadSum[c] ?? 0) / hopSamples;
      loadChange += this.hops > 0 ? Math.abs(load - (this.previousLoads[c] ?? 0)) : 0;
      this.previousLoads[c] = load;
      this.loads[c] = load;
      motionRms += Math.sqrt((this.motionSum[c] ?? 0) / hopSamples);
    }
    this.hops++;
    this.loadSum.fill(0);
    this.motionSum.fill(0);
    this.framesInHop = 0;
    const timeS = this.frames / analysisRateHz;
    const movement = this.movement.update(
      motionRms,
      this.occupancy.bodyLoad,
      this.pauses.breathSize,
      loadChange,
    );
    const event = this.occupancy.update(this.loads, timeS, movement.moving);
    if (event) this.output.events.push(event);
    const occupied = this.occupancy.occupied;
    const moving = occupied && movement.moving;
    this.hopsSinceMoving = moving ? 0 : this.hopsSinceMoving + 1;
    if (moving || event) this.breathingUnsettled = true;
    else if (this.breathingUnsettled) this.settleBreathing();
    else this.stillLoads.set(this.loads);
    const epoch = this.collector.addHop({
      occupied,
      sitting: this.occupancy.state === "sitting",
      moving,
      intensity: movement.intensity,
      breathingAbsent: this.pauses.absent,
    });
    if (epoch) this.output.epochs.push(epoch);
  }
}
