// MQTT topic layout, part of the wire contract:
//   care/v1/<site>/<device>/<kind>
// The device segment must equal the authenticated MQTT user and the payload's device_id.
import { ok, type Result, rejected } from "./result.ts";

export const TOPIC_ROOT = "care/v1";

export const TOPIC_KINDS = [
  "samples",
  "observations",
  "predictions",
  "alerts",
  "status",
  "events",
  "commands",
  "acks",
] as const;
export type TopicKind = (typeof TOPIC_KINDS)[number];

export interface TopicAddress {
  site: string;
  device: string;
  kind: TopicKind;
}

const SEGMENT = /^[A-Za-z0-9_-]{1,64}$/;

export function isValidSegment(segment: string): boolean {
  return SEGMENT.test(segment);
}

export function topicFor(address: TopicAddress): string {
  return `${TOPIC_ROOT}/${address.site}/${address.device}/${address.kind}`;
}

/** Subscription filter for one kind across all sites and devices (or one site). */
export function topicFilter(kind: TopicKind | "+", site = "+"): string {
  return `${TOPIC_ROOT}/${site}/+/${kind}`;
}

export function parseTopic(topic: string): Result<TopicAddress> {
  const parts = topic.split("/");
  if (parts.length !== 5 || `${parts[0]}/${parts[1]}` !== TOPIC_ROOT) {
    return rejected(`topic "${topic}" is not ${TOPIC_ROOT}/<site>/<device>/<kind>`);
  }
  const [, , site = "", device = "", kind = ""] = parts;
  if (!isValidSegment(site) || !isValidSegment(device)) {
    return rejected(`topic "${topic}" has an invalid site or device segment`);
  }
  if (!(TOPIC_KINDS as readonly string[]).includes(kind)) {
    return rejected(`topic "${topic}" has unknown kind "${kind}"`);
  }
  return ok({ site, device, kind: kind as TopicKind });
}
