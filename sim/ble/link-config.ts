// How an emulated sensor reaches its agent, in sim.json: a pseudo-terminal (`ttyPath`, or
// `link: {type: "serial", ttyPath}`) or a BLE peripheral on the BlueZ-compatible service
// (`link: {type: "ble", address, name}`).
import type { Field, ParseContext } from "../config-schema.ts";
import { isBleAddress } from "./bluez-names.ts";

export type ResidentLink =
  | { type: "serial"; ttyPath: string }
  | { type: "ble"; address: string; name: string };

/** Any field made optional: absent stays undefined, present must be valid. */
export function optionalField<T>(field: Field<T>): Field<T | undefined> {
  return {
    parse: (value, path, context) => (value === undefined ? undefined : field.parse(value, path, context)),
    describe: (path) => field.describe(path).map((line) => `${line} (optional)`),
  };
}

function text(record: Record<string, unknown>, key: string, path: string, context: ParseContext) {
  const value = record[key];
  if (typeof value === "string" && value.length > 0) return value;
  context.errors.push(`${path}.${key}: must be a non-empty string`);
  return undefined;
}

function parseLink(value: unknown, path: string, context: ParseContext): ResidentLink | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return void context.errors.push(`${path}: must be an object`);
  const record = value as Record<string, unknown>;
  const allowed = record.type === "ble" ? ["type", "address", "name"] : ["type", "ttyPath"];
  for (const key of Object.keys(record))
    if (!allowed.includes(key)) context.errors.push(`${path}.${key}: unknown field`);
  if (record.type === "serial") {
    const ttyPath = text(record, "ttyPath", path, context);
    return ttyPath === undefined ? undefined : { type: "serial", ttyPath };
  }
  if (record.type !== "ble")
    return void context.errors.push(
      `${path}.type: must be "serial" or "ble", got ${JSON.stringify(record.type)}`,
    );
  const address = text(record, "address", path, context);
  const name = text(record, "name", path, context);
  if (address !== undefined && !isBleAddress(address))
    return void context.errors.push(`${path}.address: "${address}" is not a BLE address (AA:BB:CC:DD:EE:FF)`);
  return address === undefined || name === undefined ? undefined : { type: "ble", address, name };
}

export const residentLinkField: Field<ResidentLink | undefined> = {
  parse: (value, path, context) => (value === undefined ? undefined : parseLink(value, path, context)),
  describe: (path) => [
    `${path}  how the sensor reaches its agent (optional; default: ttyPath): {type:"serial", ttyPath} or {type:"ble", address, name}`,
  ],
};

/** The resident's link, with a bare `ttyPath` read as a serial link; null when neither or both are given. */
export function resolveLink(resident: {
  ttyPath?: string | undefined;
  link?: ResidentLink | undefined;
}): ResidentLink | null {
  if (resident.link && resident.ttyPath === undefined) return resident.link;
  if (!resident.link && resident.ttyPath !== undefined) return { type: "serial", ttyPath: resident.ttyPath };
  return null;
}

/** What must be unique across residents: one tty or one BLE address per sensor. */
export function linkIdentity(link: ResidentLink): { key: string; field: string; value: string } {
  return link.type === "serial"
    ? { key: `tty:${link.ttyPath}`, field: "ttyPath", value: link.ttyPath }
    : { key: `ble:${link.address.toUpperCase()}`, field: "link.address", value: link.address };
}
