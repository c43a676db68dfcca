// Real servers for the demo and the tests: each runs as a child process on free 127.0.0.1 ports
// with a generated config in a run folder, and is stopped by PID.
export { type ManagedChild, startChild, waitFor } from "./child.ts";
export { freePort } from "./free-port.ts";
export { type InfluxdOptions, type RunningInfluxd, startInfluxd } from "./influxd.ts";
export { type BrokerUser, type MosquittoOptions, type RunningBroker, startMosquitto } from "./mosquitto.ts";
export { makeRunDir, REPO_ROOT } from "./run-dir.ts";
export { type PtyPair, startPtyPair } from "./socat-pty.ts";
