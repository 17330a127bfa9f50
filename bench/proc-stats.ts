import { readFileSync } from 'node:fs';

/** Linux's USER_HZ: /proc reports CPU time in ticks of 10 ms. */
const TICK_MS = 10;

/** Resident set size of a process in MB (VmRSS in /proc/PID/status). */
export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

/** CPU time (user + system) a process has used so far, in ms. */
export function processCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name, which may contain spaces: utime and stime are 14 and 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

/** Busy CPU time of the whole machine (all cores: user, nice, system, irq, softirq), in ms. */
export function machineBusyMs(): number {
  const [cpu] = readFileSync('/proc/stat', 'utf8').split('\n');
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0] = (cpu ?? '')
    .split(/\s+/)
    .slice(1)
    .map(Number);
  return (user + nice + system + irq + softirq) * TICK_MS;
}

/** Sum of CPU time per pid (processes that are gone count as 0). */
function cpuByPid(pids: number[]): Map<number, number> {
  const byPid = new Map<number, number>();
  for (const pid of pids) {
    try {
      byPid.set(pid, processCpuMs(pid));
    } catch {
      // The backend ended between listing and reading.
    }
  }
  return byPid;
}

/**
 * Where the CPU went between two snapshots: the ocpp-server, the PostgreSQL backends serving
 * the bench database, the load workers (they report their own), and everything else busy on
 * the machine (other PostgreSQL processes, and whatever else runs there).
 */
export function cpuSnapshot(serverPid: number, postgresPids: number[]) {
  return {
    server: processCpuMs(serverPid),
    postgres: cpuByPid(postgresPids),
    machine: machineBusyMs(),
    at: performance.now(),
  };
}

export type CpuSnapshot = ReturnType<typeof cpuSnapshot>;

export function cpuShares(before: CpuSnapshot, after: CpuSnapshot, workersMs: number) {
  const wallMs = after.at - before.at;
  const server = after.server - before.server;
  let postgres = 0;
  for (const [pid, ms] of after.postgres) postgres += ms - (before.postgres.get(pid) ?? 0);
  const machine = after.machine - before.machine;
  // In cores (1.0 = one core busy for the whole phase).
  const cores = (ms: number) => ms / wallMs;
  return {
    server: cores(server),
    postgres: cores(postgres),
    generator: cores(workersMs),
    other: cores(Math.max(0, machine - server - postgres - workersMs)),
  };
}

export type CpuShares = ReturnType<typeof cpuShares>;
