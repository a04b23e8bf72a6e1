import { spawn, type ChildProcess } from 'node:child_process';
import { productionServer } from '../server/command';
import { treeRss } from './memory';

/**
 * Cold start: from spawning `npm start` (on a data folder and build that are already prepared)
 * to the first 200 for the home page, and, as the floor in the same run, the same for the
 * production server on its own (server/main.mjs, what `npm start` ends up running).
 */
export type Started = { child: ChildProcess; base: string; firstPageMs: number; stop: () => Promise<void> };

async function firstPage(child: ChildProcess, base: string, started: number, timeoutMs: number): Promise<number> {
  let exited = false;
  child.once('exit', () => (exited = true));
  while (!exited && performance.now() - started < timeoutMs) {
    try {
      const response = await fetch(`${base}/`, { signal: AbortSignal.timeout(2000) });
      await response.arrayBuffer();
      if (response.ok) return performance.now() - started;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(exited ? 'the process exited before it served a page' : 'no page within the time limit');
}

/** SIGINT as from a terminal (npm passes it on to the start script, which passes it to the server); whatever is left after 10 s is killed. */
function stopper(child: ChildProcess) {
  return async () => {
    const tree = treeRss(child.pid ?? 0).processes.map((p) => p.pid);
    if (child.exitCode === null && child.signalCode === null) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 10_000);
        child.once('exit', () => (clearTimeout(timer), resolve()));
        child.kill('SIGINT');
      });
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (const pid of tree) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  };
}

/** `npm start` on this port, the stand-in on standinPort; a build, if one is needed, counts too (the caller warms up first). */
export async function startNpmStart({
  port,
  standinPort,
  timeoutMs = 600_000,
}: {
  port: number;
  standinPort: number;
  timeoutMs?: number;
}): Promise<Started> {
  const started = performance.now();
  const child = spawn('npm', ['start', '--silent'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, PORT: String(port), STRIPE_STANDIN_URL: `http://127.0.0.1:${standinPort}` },
  });
  const base = `http://127.0.0.1:${port}`;
  const stop = stopper(child);
  try {
    return { child, base, firstPageMs: await firstPage(child, base, started, timeoutMs), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The production server alone: the floor for `npm start`'s cold start. */
export async function startServerAlone(port: number): Promise<Started> {
  const started = performance.now();
  const production = productionServer(port, process.env);
  const child = spawn(production.command, production.args, {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: production.env,
  });
  const base = `http://127.0.0.1:${port}`;
  const stop = stopper(child);
  try {
    return { child, base, firstPageMs: await firstPage(child, base, started, 60_000), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
