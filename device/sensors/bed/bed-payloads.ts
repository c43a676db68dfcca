// The bed analyzer's outputs as wire payloads: per-epoch vitals ("bed_epoch"), the live sleep/wake flag
// ("bed_sleep"), events, alerts and the night summary ("bed_night"). Pure formatting; times are wall ms computed by the caller.
import { care } from "../../../proto/index.ts";
import type { BedEpoch, LiveSleepScore, NightSummary, VitalQuality } from "../../bed/index.ts";
import type { OutgoingPayload } from "../../pipeline/outgoing.ts";

type Field = care.v1.Field.$Properties;
const BED = care.v1.SensorKind.SENSOR_KIND_BED;

const QUALITY: Record<VitalQuality, care.v1.Quality> = {
  good: care.v1.Quality.QUALITY_GOOD,
  poor: care.v1.Quality.QUALITY_POOR,
  no_contact: care.v1.Quality.QUALITY_NO_CONTACT,
};

/** One quality for the epoch: no contact when nobody was on the bed, good only when both rates are. */
function epochQuality(epoch: BedEpoch): care.v1.Quality {
  if (epoch.heartRateQuality === "no_contact" || epoch.breathingQuality === "no_contact")
    return care.v1.Quality.QUALITY_NO_CONTACT;
  return epoch.heartRateQuality === "good" && epoch.breathingQuality === "good"
    ? care.v1.Quality.QUALITY_GOOD
    : care.v1.Quality.QUALITY_POOR;
}

export function epochObservation(sensorId: string, epoch: BedEpoch, startWallMs: number): OutgoingPayload {
  const fields: Field[] = [];
  // A rate is only stored when it is trustworthy: an absent field, not a guessed number.
  if (epoch.heartRateQuality === "good" && epoch.heartRateBpm !== null)
    fields.push({ name: "hr_bpm", value: epoch.heartRateBpm, unit: "bpm" });
  if (epoch.breathingQuality === "good" && epoch.breathingRatePerMin !== null)
    fields.push({ name: "rr_per_min", value: epoch.breathingRatePerMin, unit: "1/min" });
  fields.push(
    { name: "movement_index", value: epoch.movementIndex, unit: "%s" },
    { name: "moving_share", value: epoch.movingShare, unit: "ratio" },
    { name: "occupancy", value: epoch.occupancy, unit: "ratio" },
    { name: "sitting", value: epoch.sitting, unit: "ratio" },
    { name: "hr_quality", value: QUALITY[epoch.heartRateQuality], unit: "code" },
    { name: "rr_quality", value: QUALITY[epoch.breathingQuality], unit: "code" },
  );
  return {
    observation: {
      sensorId,
      sensorKind: BED,
      name: "bed_epoch",
      timeMs: Math.round(startWallMs),
      windowMs: Math.round(epoch.durationS * 1000),
      fields,
      quality: epochQuality(epoch),
    },
  };
}

/**
 * The live sleep/wake flag of one epoch ("bed_sleep"), sent `delayS` after the epoch (the live scorer
 * looks 3 min ahead); its time is the epoch's start, like bed_epoch.
 */
export function sleepObservation(
  sensorId: string,
  score: LiveSleepScore,
  startWallMs: number,
  durationS: number,
  delayS: number,
): OutgoingPayload {
  return {
    observation: {
      sensorId,
      sensorKind: BED,
      name: "bed_sleep",
      timeMs: Math.round(startWallMs),
      windowMs: Math.round(durationS * 1000),
      fields: [
        { name: "asleep", value: score.asleep ? 1 : 0, unit: "bool" },
        { name: "activity_counts", value: score.activityCounts, unit: "count" },
        { name: "delay_s", value: delayS, unit: "s" },
      ],
      quality: score.epoch.occupied ? care.v1.Quality.QUALITY_GOOD : care.v1.Quality.QUALITY_NO_CONTACT,
    },
  };
}

/** `kind` is a BedEvent kind, or "analysis_restart" when the analysis had to start over. */
export function eventPayload(sensorId: string, kind: string, wallMs: number, detail = ""): OutgoingPayload {
  return { event: { sensorId, sensorKind: BED, kind, timeMs: Math.round(wallMs), fields: [], detail } };
}

export interface AlertChange {
  alertId: string;
  kind: string;
  raised: boolean;
  timeMs: number;
  message: string;
}

export function alertPayload(sensorId: string, change: AlertChange): OutgoingPayload {
  return {
    alert: {
      alertId: change.alertId,
      sensorId,
      sensorKind: BED,
      kind: change.kind,
      severity: care.v1.Severity.SEVERITY_CRITICAL,
      state: change.raised ? care.v1.AlertState.ALERT_STATE_RAISED : care.v1.AlertState.ALERT_STATE_CLEARED,
      timeMs: Math.round(change.timeMs),
      message: change.message,
      fields: [],
    },
  };
}

export interface NightReport {
  summary: NightSummary;
  startWallMs: number;
  endWallMs: number;
  epochs: number;
  /** How the summary came about: 1 = the resident got up for the day, 2 = on command. */
  trigger: "morning" | "command";
}

export function nightObservation(sensorId: string, report: NightReport): OutgoingPayload {
  const { summary } = report;
  const fields: Field[] = [
    { name: "time_in_bed_min", value: summary.timeInBedMin, unit: "min" },
    { name: "total_sleep_min", value: summary.totalSleepTimeMin, unit: "min" },
    { name: "waso_min", value: summary.wakeAfterSleepOnsetMin, unit: "min" },
    { name: "out_of_bed_min", value: summary.outOfBedAfterSleepOnsetMin, unit: "min" },
    { name: "awakenings", value: summary.awakenings, unit: "count" },
    { name: "epochs", value: report.epochs, unit: "count" },
    { name: "trigger", value: report.trigger === "morning" ? 1 : 2, unit: "code" },
  ];
  if (summary.sleepEfficiencyPct !== null)
    fields.push({ name: "sleep_efficiency_pct", value: summary.sleepEfficiencyPct, unit: "%" });
  if (summary.sleepOnsetLatencyMin !== null)
    fields.push({ name: "sleep_onset_latency_min", value: summary.sleepOnsetLatencyMin, unit: "min" });
  return {
    observation: {
      sensorId,
      sensorKind: BED,
      name: "bed_night",
      // The night's first in-bed epoch: a summary on command and the morning one share the time, so the
      // morning one replaces it in storage.
      timeMs: Math.round(report.startWallMs),
      windowMs: Math.max(0, Math.round(report.endWallMs - report.startWallMs)),
      fields,
      quality: summary.timeInBedMin > 0 ? care.v1.Quality.QUALITY_GOOD : care.v1.Quality.QUALITY_NO_CONTACT,
    },
  };
}
