import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Gazetteer } from '../../src/schemas/gazetteer.ts';
import type { AnalysedFile } from './read-and-analyze.ts';

/** Below this many files, starting a thread costs more than it saves. */
const PARALLEL_FROM = 64;
/** At most this many threads in all, this one included. */
const MAX_THREADS = 4;
/**
 * Files sent ahead per thread of the one the write stage waits for: enough that no thread waits for
 * work while the write stage waits for the disk (a write can take tens of milliseconds on a busy
 * machine, 64 files are ~60 ms of analysis), few enough that results the write stage has not taken
 * yet (each holds its text twice) stay a few megabytes however large the batch; sending every file
 * at once held 600 MB at 10,000 files.
 */
const AHEAD_PER_THREAD = 64;
/** Files per message to a worker thread: one message per file cost as much as reading a small file. */
const FILES_PER_MESSAGE = 8;

/**
 * What a worker thread runs first: it turns Node's compile cache on in the thread, then loads
 * analyze-worker.ts. Given a TypeScript file as its entry, the thread would strip its types before
 * any cache is on, and loading Node's TypeScript parser for that cost it ~60 ms of CPU at every run.
 */
const WORKER_BOOTSTRAP = `require('node:module').enableCompileCache?.(); import(${JSON.stringify(new URL('./analyze-worker.ts', import.meta.url).href)});`;

export interface Analysis {
  /** Hands every file's result to `onResult` in input order; resolves once all are handed over. */
  each(gazetteer: Gazetteer, onResult: (result: AnalysedFile, index: number) => void): Promise<void>;
  /** Ends the worker threads when the files are not to be analysed after all. */
  stop(): Promise<void>;
}

/**
 * What a worker thread is sent (analyze-worker.ts): first the gazetteer, then files to read and
 * analyse, each with its index in the input.
 */
export type AnalysisRequest = { gazetteer: Gazetteer } | { files: { index: number; file: string }[] };
/** What it sends back, one message per file, in any order. */
export type AnalysisReply = { index: number; result: AnalysedFile };

/**
 * Starts reading and analysing files on every core: worker threads start at once, loading their
 * code while the caller opens the content folder, and this thread analyses too whenever the write
 * stage has nothing to write, so that a core is never left to a thread that only waits. `each` hands
 * the results over in input order, so that the write stage names entries exactly as a one-thread
 * run would.
 */
export function startAnalysis(files: readonly string[]): Analysis {
  const loaded = import('./read-and-analyze.ts');
  const helpers = files.length < PARALLEL_FROM ? 0 : Math.min(availableParallelism(), MAX_THREADS) - 1;
  const workers = Array.from({ length: helpers }, () => ({
    thread: new Worker(WORKER_BOOTSTRAP, { eval: true }),
    /** Files sent to it whose result has not come back. */
    pending: 0,
  }));
  const stop = async () => {
    await Promise.all(workers.map((worker) => worker.thread.terminate()));
  };
  return {
    stop,
    async each(gazetteer, onResult) {
      const waiting = new Map<number, AnalysedFile>();
      let next = 0;
      let sent = 0;
      let failure: unknown;
      let wake: (() => void) | undefined;
      const window = (helpers + 1) * AHEAD_PER_THREAD;
      const hasRoom = () => sent < files.length && sent - next < window;
      for (const worker of workers) {
        worker.thread.postMessage({ gazetteer } satisfies AnalysisRequest);
        worker.thread.on('error', (error) => {
          failure = error;
          wake?.();
        });
        worker.thread.on('message', ({ index, result }: AnalysisReply) => {
          waiting.set(index, result);
          worker.pending--;
          wake?.();
        });
      }
      const sendAhead = () => {
        for (const worker of workers) {
          while (worker.pending <= AHEAD_PER_THREAD - FILES_PER_MESSAGE && hasRoom()) {
            const request = { files: [] as { index: number; file: string }[] } satisfies AnalysisRequest;
            for (; request.files.length < FILES_PER_MESSAGE && hasRoom(); sent++) request.files.push({ index: sent, file: files[sent] });
            worker.pending += request.files.length;
            worker.thread.postMessage(request);
          }
        }
      };
      try {
        const { analysisContext, readAndAnalyze } = await loaded;
        const context = analysisContext(gazetteer);
        while (next < files.length) {
          if (failure) throw failure;
          const ready = waiting.get(next);
          if (ready) {
            waiting.delete(next);
            onResult(ready, next++);
            continue;
          }
          sendAhead();
          if (hasRoom()) {
            // Nothing to write yet: analyse the next file here, then let the workers' replies in.
            const index = sent++;
            waiting.set(index, readAndAnalyze(files[index], context));
            if (helpers > 0) await new Promise((resolve) => setImmediate(resolve));
          } else {
            await new Promise<void>((resolve) => (wake = resolve));
            wake = undefined;
          }
        }
      } finally {
        await stop();
      }
    },
  };
}
