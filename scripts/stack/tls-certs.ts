// Test certificates made with openssl: a throwaway CA and a server certificate it signed for
// 127.0.0.1 and localhost. Good for tests and demos on one machine; a deployment uses its own CA
// (docs/security.md). Private keys are written mode 0600.
import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export interface TlsFiles {
  /** CA certificate that clients trust. */
  readonly caFile: string;
  /** Server certificate (signed by the CA) and its key, for the broker's TLS listener. */
  readonly certFile: string;
  readonly keyFile: string;
}

export interface TlsCertOptions {
  /** Names the server certificate is valid for; IPs become IP SANs, the rest DNS SANs. */
  hosts?: readonly string[];
  days?: number;
}

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

function subjectAltNames(hosts: readonly string[]): string {
  return hosts
    .map((host) => (IPV4.test(host) || host.includes(":") ? `IP:${host}` : `DNS:${host}`))
    .join(",");
}

function openssl(args: string[]): void {
  execFileSync("openssl", args, { stdio: ["ignore", "ignore", "pipe"] });
}

/** Makes `<dir>/ca.crt`, `<dir>/server.crt` and `<dir>/server.key` (EC P-256, short-lived). */
export function generateTestCertificates(dir: string, options: TlsCertOptions = {}): TlsFiles {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const hosts = options.hosts ?? ["127.0.0.1", "localhost"];
  const days = String(options.days ?? 7);
  const caKey = join(dir, "ca.key");
  const caFile = join(dir, "ca.crt");
  const keyFile = join(dir, "server.key");
  const csr = join(dir, "server.csr");
  const certFile = join(dir, "server.crt");
  const extFile = join(dir, "server.ext");
  const ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"];
  const caExtensions = ["basicConstraints=critical,CA:TRUE", "keyUsage=critical,keyCertSign,cRLSign"];
  openssl([
    ...["req", "-x509", ...ec, "-keyout", caKey, "-out", caFile, "-days", days],
    ...["-subj", "/CN=care-sensing test CA", ...caExtensions.flatMap((ext) => ["-addext", ext])],
  ]);
  openssl(["req", "-new", ...ec, "-keyout", keyFile, "-out", csr, "-subj", `/CN=${hosts[0] ?? "localhost"}`]);
  // Clients check the SAN, not the CN; extendedKeyUsage keeps the certificate to servers only.
  const serverExtensions = [
    "basicConstraints=CA:FALSE",
    "keyUsage=critical,digitalSignature",
    "extendedKeyUsage=serverAuth",
    `subjectAltName=${subjectAltNames(hosts)}`,
  ];
  writeFileSync(extFile, `${serverExtensions.join("\n")}\n`);
  openssl([
    ...["x509", "-req", "-in", csr, "-CA", caFile, "-CAkey", caKey, "-CAcreateserial"],
    ...["-out", certFile, "-days", days, "-extfile", extFile],
  ]);
  for (const key of [caKey, keyFile]) chmodSync(key, 0o600);
  return { caFile, certFile, keyFile };
}
