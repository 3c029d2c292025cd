import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { samplePeakMemory } from './process-tree.ts';

export interface TimedRun {
  seconds: number;
  /** Peak resident memory of the whole process tree (scripts/tools/bench/process-tree.ts), in MB. */
  peakMb: number;
}

/** What an error message quotes of a failed command's output. */
const TAIL_CHARS = 3000;

/**
 * Runs a command, sampling its process tree's memory, and passes each line it prints (stdout and
 * stderr) to `onLine`: nothing else of the output is kept but its tail, for the error message, so
 * that a build of 100,000 pages, which logs a line per page, costs the benchmark no memory.
 * Exit codes other than `okExits` reject (ingest exits 1 when it rejected some file; a build never may).
 */
export function timedRun(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; okExits?: number[]; onLine?: (line: string) => void },
): Promise<TimedRun> {
  const okExits = options.okExits ?? [0];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env } });
    const memory = samplePeakMemory(child.pid!);
    let tail = '';
    const closed = [child.stdout, child.stderr].map(
      (stream) =>
        new Promise<void>((done) => {
          const lines = createInterface({ input: stream, crlfDelay: Infinity });
          lines.on('line', (line) => {
            tail = `${tail}${line}\n`.slice(-TAIL_CHARS);
            options.onLine?.(line);
          });
          lines.on('close', done);
        }),
    );
    child.on('error', (error) => {
      memory.stop();
      reject(new Error(`${command}: ${error.message}`));
    });
    child.on('close', async (code) => {
      const peak = memory.stop();
      await Promise.all(closed);
      if (!okExits.includes(code ?? -1)) reject(new Error(`${[command, ...args].join(' ')} exited ${code}:\n${tail}`));
      else resolve({ seconds: (performance.now() - started) / 1000, peakMb: Math.round(peak / 1048576) });
    });
  });
}
