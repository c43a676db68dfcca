// What a fuzz run must show, as a list of broken promises (empty when it passed): no crash, every
// input accounted for by the code under test's own counters, reasons and dead letters, bounds kept, and
// a fuzzer that reached deep enough for that to mean something.

import type { FuzzReport } from "./fuzz-harness.ts";
import { counterMismatches, type IngestTally } from "./ingest-fuzz.ts";

/** Every kind a device may send: the mutations must get each through (a command travels the other way). */
const DEVICE_KINDS = ["alert", "commandAck", "event", "observation", "prediction", "samples", "status"];
/** The reject codes the envelope mutations must provoke at least. */
const MIN_REJECT_CODES = 14;

type Fail = (broken: boolean, what: string) => void;

function ingestProblems(name: string, tally: IngestTally, fail: Fail): void {
  fail(
    tally.unaccounted > 0,
    `${name}: ${tally.unaccounted} inputs with no single dead letter or sink write`,
  );
  fail(tally.badDeadLetters > 0, `${name}: ${tally.badDeadLetters} dead letters without reason or raw bytes`);
  fail(tally.notAcknowledged > 0, `${name}: ${tally.notAcknowledged} inputs left unacknowledged`);
  fail(tally.acceptedWithoutPoints > 0, `${name}: ${tally.acceptedWithoutPoints} accepted without points`);
  fail(tally.replayMismatches > 0, `${name}: ${tally.replayMismatches} batches differ after the spool`);
  for (const mismatch of counterMismatches(tally)) fail(true, `${name} counters: ${mismatch}`);
}

function envelopeProblems(report: FuzzReport, fail: Fail): void {
  const { envelopes, fileEnvelopes, deadLetterFile: file } = report;
  ingestProblems("envelopes", envelopes, fail);
  ingestProblems("dead-letter file envelopes", fileEnvelopes, fail);
  fail(file.mismatched > 0, `dead-letter file: ${file.mismatched} records differ from their rejects`);
  fail(
    file.unaccounted > 0,
    `dead-letter file: ${file.unaccounted} rejects neither kept nor counted dropped`,
  );
  fail(
    file.recorded !== fileEnvelopes.rejected,
    `dead-letter file wrote ${file.recorded} of ${fileEnvelopes.rejected}`,
  );
  fail(file.largestFileBytes > file.boundBytes, `dead-letter file grew to ${file.largestFileBytes} B`);
  fail(file.dropped === 0, "dead-letter file never reached its bound: the rotation went untested");
  const kinds = new Set([...envelopes.acceptedKinds, ...fileEnvelopes.acceptedKinds]);
  const missingKinds = DEVICE_KINDS.filter((kind) => !kinds.has(kind));
  fail(missingKinds.length > 0, `no accepted envelope of kind ${missingKinds.join(", ")}`);
  const codes = Object.keys(envelopes.counters.rejects).length;
  fail(codes < MIN_REJECT_CODES, `only ${codes} reject codes provoked`);
}

function decoderProblems(report: FuzzReport, fail: Fail): void {
  const minBytes = report.options.bytesPerDecoder;
  for (const tally of report.decoders) {
    fail(tally.bytes < minBytes, `decoder ${tally.name}: only ${tally.bytes} bytes`);
    fail(tally.reasonless > 0, `decoder ${tally.name}: ${tally.reasonless} rejects without a reason`);
    fail(
      tally.flawedCount > 0,
      `decoder ${tally.name}: ${tally.flawedCount} wrong values, e.g. ${tally.flawed[0]}`,
    );
    fail(
      tally.accepted === 0 || tally.rejected === 0,
      `decoder ${tally.name}: never accepted or never refused`,
    );
  }
  const { commands } = report;
  fail(commands.bytes < minBytes, `commands: only ${commands.bytes} bytes`);
  fail(commands.reasonless > 0, `commands: ${commands.reasonless} rejects without a reason`);
  fail(commands.flawedCount > 0, `commands: ${commands.flawedCount} wrong acks, e.g. ${commands.flawed[0]}`);
  fail(
    commands.acknowledged === 0 || commands.rejected === 0,
    "commands: never acknowledged or never refused",
  );
}

function framePathProblems(report: FuzzReport, fail: Fail): void {
  for (const t of report.framePaths) {
    const name = `serial ${t.kind}`;
    fail(t.bytes < report.options.bytesPerDecoder, `${name}: only ${t.bytes} bytes`);
    fail(t.unaccounted > 0, `${name}: ${t.unaccounted} items neither reading, HELLO nor counted reject`);
    fail(
      t.rejectsCounted !== t.rejectsReported,
      `${name}: ${t.rejectsCounted} rejects counted, ${t.rejectsReported} dead-lettered`,
    );
    fail(t.reasonlessRejects > 0, `${name}: ${t.reasonlessRejects} rejects without a reason`);
    fail(t.assemblerMismatches > 0, `${name}: assembler counters disagree with its output`);
    fail(t.badTimes > 0, `${name}: ${t.badTimes} readings stamped out of order`);
    fail(t.readings === 0, `${name}: no reading got through`);
  }
  const f = report.firmata;
  fail(f.bytes < report.options.bytesPerDecoder, `firmata: only ${f.bytes} bytes`);
  fail(f.badInstants > 0, `firmata: ${f.badInstants} instants with values no report gave`);
  fail(f.refusedFrames > 0, `firmata: ${f.refusedFrames} framed blocks refused on the way back`);
  fail(f.instantsLost !== 0, `firmata: ${f.instantsLost} instants lost between framer and decoder`);
  fail(f.instants === 0, "firmata: no instant completed");
  fail(f.instantsGivenUp === 0, "firmata: no round with a lost report was given up");
}

export function fuzzProblems(report: FuzzReport): string[] {
  const problems: string[] = [];
  const fail: Fail = (broken, what) => {
    if (broken) problems.push(what);
  };
  fail(report.crashes.count > 0, `${report.crashes.count} crashes: ${report.crashes.first.join(" | ")}`);
  envelopeProblems(report, fail);
  decoderProblems(report, fail);
  framePathProblems(report, fail);
  return problems;
}
