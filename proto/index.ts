// Public entry of the wire contract. sim/, device/ and bridge/ import only from here.
import "./runtime.ts";

export * from "./dead-letter-file.ts";
export * from "./envelope.ts";
export { care } from "./gen/care_v1.js";
export * from "./result.ts";
export * from "./sensor-frame/index.ts";
export * from "./topics.ts";
