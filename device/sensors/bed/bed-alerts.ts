// Alert life cycles of one bed: a bed exit is raised when the resident leaves and cleared on return;
// "no breathing" is raised after the pause and cleared when breathing resumes (or the resident gets up,
// which shows breathing as surely). An alert keeps one id from RAISED to CLEARED. Pure state.
import type { BedEvent } from "../../bed/index.ts";
import type { AlertChange } from "./bed-payloads.ts";
import type { BedAlertKind } from "./bed-settings.ts";

interface ActiveAlert {
  alertId: string;
  raisedMs: number;
}

const RAISES: Partial<Record<BedEvent["kind"], BedAlertKind>> = {
  bed_exit: "bed_exit",
  no_breathing: "no_breathing",
};

const CLEARS: Partial<Record<BedEvent["kind"], { kind: BedAlertKind; why: string }[]>> = {
  return: [{ kind: "bed_exit", why: "back in bed" }],
  breathing_resumed: [{ kind: "no_breathing", why: "breathing resumed" }],
  bed_exit: [{ kind: "no_breathing", why: "resident left the bed" }],
};

const RAISE_MESSAGE: Record<BedAlertKind, string> = {
  bed_exit: "resident left the bed",
  no_breathing: "no breathing detected",
};

export class BedAlerts {
  private readonly active = new Map<BedAlertKind, ActiveAlert>();

  constructor(
    private readonly sensorId: string,
    private readonly enabled: readonly BedAlertKind[],
  ) {}

  isActive(kind: BedAlertKind): boolean {
    return this.active.has(kind);
  }

  /** The alert changes an event causes, in order (a clear before a raise). */
  onEvent(event: BedEvent, wallMs: number): AlertChange[] {
    const changes: AlertChange[] = [];
    for (const { kind, why } of CLEARS[event.kind] ?? []) {
      const alert = this.active.get(kind);
      if (!alert) continue;
      this.active.delete(kind);
      const afterS = Math.max(0, (wallMs - alert.raisedMs) / 1000);
      changes.push({
        alertId: alert.alertId,
        kind,
        raised: false,
        timeMs: wallMs,
        message: `${why} after ${afterS.toFixed(0)} s`,
      });
    }
    const raises = RAISES[event.kind];
    if (raises && this.enabled.includes(raises) && !this.active.has(raises)) {
      const alertId = `${this.sensorId}-${raises}-${Math.round(wallMs)}`;
      this.active.set(raises, { alertId, raisedMs: wallMs });
      changes.push({ alertId, kind: raises, raised: true, timeMs: wallMs, message: RAISE_MESSAGE[raises] });
    }
    return changes;
  }
}
