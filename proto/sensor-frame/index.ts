export { crc16 } from "./crc16.ts";
export * from "./frame.ts";
export * from "./frame-assembler.ts";
export * from "./frame-types.ts";
