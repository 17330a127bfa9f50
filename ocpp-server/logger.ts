/** What the server needs to report; tests pass a quiet one, the process uses the console. */
export interface OcppLogger {
  info: (message: string) => void;
  error: (message: string, error?: unknown) => void;
}

export const consoleLogger: OcppLogger = {
  info: (message) => console.log(`[ocpp] ${message}`),
  error: (message, error) => console.error(`[ocpp] ${message}`, error ?? ''),
};
