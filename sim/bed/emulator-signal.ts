// The bed signal as one endless stream of sample instants: night after night (emulator-scenarios.ts),
// rendered a second at a time, with the ground truth written as the stream passes it (and each night's
// scenario as it starts, so the night can be replayed exactly). Instant i lies at
// simulated time epochMs + i / rate. Only forward: an 8-hour night never sits in memory.
import { type BedSignalBlock, bedSignalBlocks } from "./bed-signal.ts";
import { type BedSetup, nightOfBed, type PlayablePlan } from "./emulator-scenarios.ts";
import type { BedTruthWriter } from "./emulator-truth.ts";
import { type NightScenario, scenarioEvents, type TruthEvent } from "./scenario.ts";

interface PlayingNight {
  index: number;
  scenario: NightScenario;
  /** Instant (stream index) at which this night's t = 0 lies. */
  startInstant: number;
  blocks: Generator<BedSignalBlock>;
  events: TruthEvent[];
}

export class BedSignalCursor {
  private night: PlayingNight;
  private block: Int16Array = new Int16Array(0);
  private blockAt = 0;
  /** Instants taken so far = index of the next instant. */
  private taken = 0;
  /** Instants rendered so far (truth is written up to here). */
  private rendered = 0;
  readonly channels: number;
  readonly rateHz: number;

  constructor(
    private readonly setup: BedSetup,
    private readonly plan: PlayablePlan,
    private readonly epochMs: number,
    private readonly truth: BedTruthWriter,
  ) {
    this.channels = setup.channels;
    this.rateHz = setup.sampleRateHz;
    this.night = this.startNight(0, 0);
  }

  get instantsTaken(): number {
    return this.taken;
  }

  /** The night now playing. */
  get scenario(): NightScenario {
    return this.night.scenario;
  }

  timeOfInstantMs(instant: number): number {
    return this.epochMs + (instant * 1000) / this.rateHz;
  }

  /** The next `count` instants, interleaved by channel. */
  take(count: number): Int16Array {
    const out = new Int16Array(count * this.channels);
    let filled = 0;
    while (filled < count) {
      if (this.blockAt >= this.block.length) this.nextBlock();
      const available = (this.block.length - this.blockAt) / this.channels;
      const n = Math.min(available, count - filled);
      out.set(this.block.subarray(this.blockAt, this.blockAt + n * this.channels), filled * this.channels);
      this.blockAt += n * this.channels;
      filled += n;
    }
    this.taken += count;
    return out;
  }

  private nextBlock(): void {
    let next = this.night.blocks.next();
    if (next.done) {
      this.night = this.startNight(this.night.index + 1, this.rendered);
      next = this.night.blocks.next();
    }
    if (next.done) throw new Error("a night without samples");
    const { samples, truth, frames } = next.value;
    const night = this.night;
    for (const second of truth) {
      const simTimeMs = this.timeOfInstantMs(night.startInstant + second.timeS * this.rateHz);
      this.truth.second(simTimeMs, night.index, second);
    }
    this.rendered += frames;
    // Physical events are logged once the signal has reached them.
    const reachedS = (this.rendered - night.startInstant) / this.rateHz;
    while (night.events.length > 0 && (night.events[0]?.timeS ?? 0) <= reachedS) {
      const event = night.events.shift();
      if (event)
        this.truth.physical(
          event,
          this.timeOfInstantMs(night.startInstant + event.timeS * this.rateHz),
          night.index,
        );
    }
    this.block = samples;
    this.blockAt = 0;
  }

  private startNight(index: number, startInstant: number): PlayingNight {
    const scenario = nightOfBed(this.setup, this.plan, index);
    this.truth.scenario(index, scenario);
    this.truth.event({
      type: "night",
      simTimeMs: this.timeOfInstantMs(startInstant),
      index,
      seed: scenario.seed,
      durationS: scenario.durationS,
      startInstant,
      resident: scenario.resident,
    });
    return {
      index,
      scenario,
      startInstant,
      blocks: bedSignalBlocks(scenario, 1),
      events: scenarioEvents(scenario),
    };
  }
}
