import { parentPort } from 'node:worker_threads';
import { HANDED_OVER, NEXT_FILE, type AnalysisReply, type AnalysisRequest } from './analyze-pool.ts';
import { analysisContext, readAndAnalyze } from './read-and-analyze.ts';

/**
 * A worker thread of `npm run ingest`, started by analyze-pool.ts's `WORKER_BOOTSTRAP` (which turns
 * Node's compile cache on before this module is loaded): loads the analysis code as soon as it
 * starts, is then sent the gazetteer and the files, and takes files one at a time until none is
 * left, replying per file.
 */
parentPort!.once('message', ({ gazetteer, files, counters, window, givenDate }: AnalysisRequest) => {
  const context = analysisContext(gazetteer, givenDate);
  for (;;) {
    // While the write stage is a window behind, wait for it (briefly, so that a thread asked to end is never stuck here).
    let handed = Atomics.load(counters, HANDED_OVER);
    while (Atomics.load(counters, NEXT_FILE) - handed >= window) {
      Atomics.wait(counters, HANDED_OVER, handed, 50);
      handed = Atomics.load(counters, HANDED_OVER);
    }
    const index = Atomics.add(counters, NEXT_FILE, 1);
    if (index >= files.length) return;
    const result = readAndAnalyze(files[index], context);
    // The bytes are moved, not copied, when they fill a buffer of their own (readFileSync's do).
    const bytes = 'bytes' in result ? result.bytes : undefined;
    const movable = bytes && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? [bytes.buffer as ArrayBuffer] : [];
    parentPort!.postMessage({ index, result } satisfies AnalysisReply, movable);
  }
});
