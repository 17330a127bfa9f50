import { loadOcppConfig } from './config';
import { consoleLogger } from './logger';
import { createOcppServer } from './server';

const config = loadOcppConfig();
const server = await createOcppServer({ ...config, logger: consoleLogger });
const shownHost = config.host === '0.0.0.0' ? 'localhost' : config.host;
consoleLogger.info(
  `node ${server.nodeId} listening on ws://${shownHost}:${server.port}/ocpp/{identity}`,
);

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  consoleLogger.info(`${signal} received, closing`);
  try {
    await server.close();
    process.exit(0);
  } catch (error) {
    consoleLogger.error('shutdown failed', error);
    process.exit(1);
  }
}

process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
