import { CliUsageError, parseCliOptions, USAGE, type CliRun } from './cli-options';
import { startDemoFleet } from './demo-fleet';
import { startFleet, type Fleet } from './fleet';
import type { LogLevel, SimulatorLog } from './options';

function consoleLog(verbose: boolean): SimulatorLog {
  return (level: LogLevel, message: string) => {
    if (level === 'debug' && !verbose) return;
    const line = `${new Date().toISOString()} ${level.padEnd(5)} ${message}`;
    if (level === 'error' || level === 'warn') console.error(line);
    else console.log(line);
  };
}

function start(run: CliRun): Fleet {
  const log = consoleLog(run.verbose);
  const common = {
    url: run.url,
    log,
    meterIntervalMs: run.meterIntervalMs,
    staggerMs: run.staggerMs,
  };
  if (run.demo) return startDemoFleet({ ...common, pace: run.pace, idle: run.demo.idle });
  return startFleet({
    ...common,
    stations: run.stations,
    demo: run.idTags.length > 0 ? { idTags: run.idTags, pace: run.pace } : undefined,
  });
}

function main(): void {
  let command;
  try {
    command = parseCliOptions(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof CliUsageError)) throw error;
    console.error(`sim: ${error.message}\nRun with --help for usage.`);
    process.exit(2);
  }
  if (command.kind === 'help') {
    console.log(USAGE);
    return;
  }

  const fleet = start(command);
  const connectors = fleet.chargePoints.reduce((sum, cp) => sum + cp.connectors.length, 0);
  console.log(
    `sim: ${fleet.chargePoints.length} charge points (${connectors} connectors) → ${command.url}`,
  );
  void fleet.ready.then(() => {
    const accepted = fleet.chargePoints.filter((cp) => cp.registrationStatus === 'Accepted');
    console.log(`sim: ${accepted.length}/${fleet.chargePoints.length} accepted by the CSMS`);
  });

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    console.log(`sim: ${signal}, disconnecting`);
    fleet.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('sim: error while stopping', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main();
