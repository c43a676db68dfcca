// Real servers for the demo and the tests: each runs as a child process on free 127.0.0.1 ports
// with a generated config in a run folder, and is stopped by PID.
export { type ManagedChild, startChild, waitFor } from "./child.ts";
export {
  brokerUsers,
  type Credential,
  createCredential,
  createStackCredentials,
  influxAccessFor,
  influxReaderDsn,
  type StackCredentials,
  secretsDir,
} from "./credentials.ts";
export { type DbusDaemonOptions, type RunningDbusDaemon, startDbusDaemon } from "./dbus-daemon.ts";
export { freePort } from "./free-port.ts";
export {
  type InfluxAccess,
  type InfluxdOptions,
  type InfluxUser,
  type RunningInfluxd,
  startInfluxd,
} from "./influxd.ts";
export {
  type BrokerLimits,
  type BrokerTls,
  type BrokerUser,
  careAcl,
  DEFAULT_BROKER_LIMITS,
  type MosquittoOptions,
  type RunningBroker,
  startMosquitto,
} from "./mosquitto.ts";
export { makeRunDir, REPO_ROOT } from "./run-dir.ts";
export { type PtyPair, startPtyPair } from "./socat-pty.ts";
export { generateTestCertificates, type TlsCertOptions, type TlsFiles } from "./tls-certs.ts";
