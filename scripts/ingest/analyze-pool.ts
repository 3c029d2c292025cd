import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Gazetteer } from '../../src/schemas/gazetteer.ts';
import type { AnalysisContext } from './analyze.ts';
import { readAndAnalyze, type AnalysedFile } from './read-and-analyze.ts';

/** Below this many files, starting threads costs more than it saves. */
const PARALLEL_FROM = 64;

/**
 * Reads and analyses files on every core, and hands the results to `onResult` in input order, so
 * that the write stage names entries exactly as a one-thread run would.
 */
export async function analyzeInOrder(
  files: readonly string[],
  setup: { gazetteer: Gazetteer; knownPlaces: string[]; context: AnalysisContext },
  onResult: (result: AnalysedFile, index: number) => void,
): Promise<void> {
  const threads = Math.min(availableParallelism(), 4);
  if (files.length < PARALLEL_FROM || threads < 2) {
    files.forEach((file, index) => onResult(readAndAnalyze(file, setup.context), index));
    return;
  }
  const workers = Array.from(
    { length: threads },
    () => new Worker(new URL('./analyze-worker.ts', import.meta.url), { workerData: { gazetteer: setup.gazetteer, knownPlaces: setup.knownPlaces } }),
  );
  const waiting = new Map<number, AnalysedFile>();
  let next = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      for (const worker of workers) {
        worker.on('error', reject);
        worker.on('message', ({ index, result }: { index: number; result: AnalysedFile }) => {
          waiting.set(index, result);
          while (waiting.has(next)) {
            onResult(waiting.get(next)!, next);
            waiting.delete(next);
            next++;
          }
          if (next === files.length) resolve();
        });
      }
      files.forEach((file, index) => workers[index % threads].postMessage({ index, file }));
    });
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
