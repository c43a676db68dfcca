// protobufjs decodes int64 fields as Long objects whenever a `long` package can be found (one is
// pulled in by dbus-next), although the generated code is built with --force-number. Unsetting Long
// and reconfiguring makes every reader return plain numbers, as the typings promise. Precision
// beyond 2^53 is lost, which no field of ours needs (µs timestamps stay below 2^53 until 2255).
import protobuf from "protobufjs/minimal.js";

protobuf.util.Long = undefined as unknown as typeof protobuf.util.Long;
protobuf.configure();
