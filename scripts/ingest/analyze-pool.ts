import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Gazetteer } from '../../src/schemas/gazetteer.ts';
import type { AnalysedFile } from './read-and-analyze.ts';

/** Below this many files, starting threads costs more than it saves. */
const PARALLEL_FROM = 64;
/**
 * Files sent ahead per thread of the one the write stage waits for: enough that no thread waits for
 * work, few enough that results the write stage has not taken yet (each holds its text twice) stay
 * a few megabytes however large the batch; sending every file at once held 600 MB at 10,000 files.
 */
const AHEAD_PER_THREAD = 32;

export interface Analysis {
  /** Hands every file's result to `onResult` in input order; resolves once all are handed over. */
  each(onResult: (result: AnalysedFile, index: number) => void): Promise<void>;
}

/**
 * Starts reading and analysing files on every core, so that the threads load their code while
 * the caller opens the content folder; `each` then hands the results over in input order, so that
 * the write stage names entries exactly as a one-thread run would. The analysis code is loaded
 * only where it runs: by the worker threads, or by this thread for a few files.
 */
export function startAnalysis(files: readonly string[], gazetteer: Gazetteer): Analysis {
  const threads = Math.min(availableParallelism(), 4);
  if (files.length < PARALLEL_FROM || threads < 2) {
    const loaded = import('./read-and-analyze.ts');
    return {
      async each(onResult) {
        const { analysisContext, readAndAnalyze } = await loaded;
        const context = analysisContext(gazetteer);
        files.forEach((file, index) => onResult(readAndAnalyze(file, context), index));
      },
    };
  }
  const workers = Array.from({ length: threads }, () => new Worker(new URL('./analyze-worker.ts', import.meta.url), { workerData: { gazetteer } }));
  return {
    async each(onResult) {
      const waiting = new Map<number, AnalysedFile>();
      let next = 0;
      let sent = 0;
      const sendAhead = () => {
        for (; sent < files.length && sent - next < threads * AHEAD_PER_THREAD; sent++) workers[sent % threads].postMessage({ index: sent, file: files[sent] });
      };
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
              else sendAhead();
            });
          }
          sendAhead();
        });
      } finally {
        await Promise.all(workers.map((worker) => worker.terminate()));
      }
    },
  };
}
