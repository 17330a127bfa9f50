import os from 'node:os';
import type { LoadResult, ModeResult } from './run-mode';

const ms = (value: number) => `${value.toFixed(1)} ms`;
const perS = (value: number) => value.toFixed(0);
const us = (load: LoadResult) =>
  [load.serverUsPerMessage, load.postgresUsPerMessage, load.generatorUsPerMessage]
    .map((value) => value.toFixed(0))
    .join(' / ');

function loadRow(mode: string, phase: string, load: LoadResult): string {
  const offered = load.offeredPerS > 0 ? perS(load.offeredPerS) : 'back to back';
  return `| ${mode} | ${phase} | ${offered} | ${perS(load.answeredPerS)} | ${ms(load.p50)} | ${ms(load.p99)} | ${load.errors} | ${us(load)} | ${load.cpu.other.toFixed(2)} |`;
}

/** The markdown tables BENCHMARKS.md records, plus the target checks. */
export function formatReport(options: {
  stations: number;
  workers: number;
  seconds: number;
  saturateSeconds: number;
  ceiling: ModeResult;
  persisted: ModeResult;
  persistedRows: number;
  ceilingRowsWritten: number;
  embeddedDatabase: boolean;
}): string {
  const { ceiling, persisted } = options;
  const modes: [string, ModeResult][] = [
    ['no persistence', ceiling],
    ['persisted', persisted],
  ];
  const answered = persisted.rated.answered + persisted.saturated.answered;
  const ratio = persisted.saturated.answeredPerS / ceiling.saturated.answeredPerS;
  const rateRatio = persisted.rated.answeredPerS / ceiling.rated.answeredPerS;
  const check = (ok: boolean) => (ok ? 'met' : 'MISSED');
  const cpus = os.cpus();
  const capacity = (load: LoadResult) =>
    (cpus.length * 1e6) /
    (load.serverUsPerMessage + load.postgresUsPerMessage + load.generatorUsPerMessage);
  return [
    '| mode | stations | connect all | boot + start all | server RSS connected / after load | failed |',
    '| --- | --- | --- | --- | --- | --- |',
    ...modes.map(
      ([mode, r]) =>
        `| ${mode} | ${options.stations} | ${r.connectS.toFixed(1)} s | ${r.chargingS.toFixed(1)} s | ${r.rssConnected.toFixed(0)} / ${r.rssLoaded.toFixed(0)} MB | ${r.connectFailed} |`,
    ),
    '',
    '| mode | phase | offered/s | answered MeterValues/s | p50 | p99 | errors | CPU µs per MeterValues: server / PostgreSQL / generator | other busy cores |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...modes.flatMap(([mode, r]) => [
      loadRow(mode, `${options.seconds} s at rate`, r.rated),
      loadRow(mode, `${options.saturateSeconds} s saturated`, r.saturated),
    ]),
    '',
    `- persisted rows: ${options.persistedRows} of ${answered} answered MeterValues (energy samples); no-persistence run wrote ${options.ceilingRowsWritten} rows`,
    `- persisted / ceiling: ${(ratio * 100).toFixed(0)} % back to back, ${(rateRatio * 100).toFixed(0)} % at the offered rate`,
    `- targets: ${options.stations} connected (${check(ceiling.connectFailed + persisted.connectFailed === 0 && options.stations >= 10_000)} for 10,000); ` +
      `≥ 5,000/s persisted with p99 < 100 ms (${check(persisted.rated.answeredPerS >= 5000 && persisted.rated.p99 < 100)}); ` +
      `persisted ≥ ½ ceiling (${check(ratio >= 0.5)})`,
    `- if these processes had the ${cpus.length} cores to themselves (CPU per message, saturated): persisted ≈ ${perS(capacity(persisted.saturated))}/s, ceiling ≈ ${perS(capacity(ceiling.saturated))}/s`,
    `- ${options.seconds} s at the offered rate, ${options.saturateSeconds} s back to back; ${options.workers} load worker processes`,
    `- machine: ${cpus.length} × ${cpus[0]?.model.trim() ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${options.embeddedDatabase ? 'embedded PostgreSQL' : 'PostgreSQL from DATABASE_URL'}; server, load generator and PostgreSQL share it`,
  ].join('\n');
}
