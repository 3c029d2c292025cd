import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Gazetteer } from '../../src/lib/content/gazetteer-schema.ts';
import type { AnalysedFile } from './read-and-analyze.ts';

/** Below this many files, starting a thread costs more than it saves. */
const PARALLEL_FROM = 64;
/** At most this many threads in all, this one included. */
const MAX_THREADS = 4;
/**
 * Files analysed ahead of the write stage, per thread: enough that no thread waits for work while
 * the write stage waits for the disk (a write can take tens of milliseconds on a busy machine, 64
 * files are ~40 ms of analysis), few enough that results the write stage has not taken yet (each
 * holds its text twice) stay a few megabytes however large the batch; analysing every file at
 * once held 600 MB at 10,000 files.
 */
const AHEAD_PER_THREAD = 64;

/**
 * What a worker thread runs first: it turns Node's compile cache on in the thread, then loads
 * analyze-worker.ts. Given a TypeScript file as its entry, the thread would strip its types before
 * any cache is on, and loading Node's TypeScript parser for that cost it ~60 ms of CPU at every run.
 */
const WORKER_BOOTSTRAP = `require('node:module').enableCompileCache?.(); import(${JSON.stringify(new URL('./analyze-worker.ts', import.meta.url).href)});`;

/**
 * The counters every thread shares, in an Int32Array over a SharedArrayBuffer: the index of the next
 * file to take, and how many results the write stage has taken. Each thread takes the next file
 * itself (Atomics.add), one at a time, so no thread is left with a queue of files while another has
 * none: with files handed out in batches ahead, the last batch kept one thread busy for ~50 ms after
 * the other ran out of work.
 */
export const NEXT_FILE = 0;
export const HANDED_OVER = 1;

export interface Analysis {
  /** Hands every file's result to `onResult` in input order; resolves once all are handed over. */
  each(gazetteer: Gazetteer, onResult: (result: AnalysedFile, index: number) => void): Promise<void>;
  /** Ends the worker threads when the files are not to be analysed after all. */
  stop(): Promise<void>;
}

/** What a worker thread is sent once (analyze-worker.ts): everything it needs to take files until none is left. */
export interface AnalysisRequest {
  gazetteer: Gazetteer;
  files: readonly string[];
  counters: Int32Array;
  /** A thread takes a file only while fewer than this many results wait for the write stage. */
  window: number;
  /** `npm run ingest -- --date`: the date of every file. */
  givenDate: string | null;
}
/** What it sends back, one message per file, in any order. */
export type AnalysisReply = { index: number; result: AnalysedFile };

/**
 * Starts reading and analysing files on every core: worker threads start at once, loading their
 * code while the caller opens the content folder, and this thread analyses too whenever the write
 * stage has nothing to write, so that a core is never left to a thread that only waits. `each` hands
 * the results over in input order, so that the write stage names entries exactly as a one-thread
 * run would.
 */
export function startAnalysis(files: readonly string[], givenDate: string | null = null): Analysis {
  const loaded = import('./read-and-analyze.ts');
  const helpers = files.length < PARALLEL_FROM ? 0 : Math.min(availableParallelism(), MAX_THREADS) - 1;
  const threads = Array.from({ length: helpers }, () => new Worker(WORKER_BOOTSTRAP, { eval: true }));
  const stop = async () => {
    await Promise.all(threads.map((thread) => thread.terminate()));
  };
  return {
    stop,
    async each(gazetteer, onResult) {
      const counters = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
      const window = (helpers + 1) * AHEAD_PER_THREAD;
      const waiting = new Map<number, AnalysedFile>();
      let failure: unknown;
      let wake: (() => void) | undefined;
      for (const thread of threads) {
        thread.postMessage({ gazetteer, files, counters, window, givenDate } satisfies AnalysisRequest);
        thread.on('error', (error) => {
          failure = error;
          wake?.();
        });
        thread.on('message', ({ index, result }: AnalysisReply) => {
          waiting.set(index, result);
          wake?.();
        });
      }
      try {
        const { analysisContext, readAndAnalyze } = await loaded;
        const context = analysisContext(gazetteer, givenDate);
        let next = 0;
        while (next < files.length) {
          if (failure) throw failure;
          const ready = waiting.get(next);
          if (ready) {
            waiting.delete(next);
            onResult(ready, next++);
            Atomics.store(counters, HANDED_OVER, next);
            Atomics.notify(counters, HANDED_OVER);
            continue;
          }
          const index = Atomics.load(counters, NEXT_FILE) - next < window ? Atomics.add(counters, NEXT_FILE, 1) : files.length;
          if (index < files.length) {
            // Nothing to write yet: analyse a file here, then let the workers' replies in.
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
