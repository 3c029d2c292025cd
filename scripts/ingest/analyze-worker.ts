import { parentPort } from 'node:worker_threads';
import type { AnalysisReply, AnalysisRequest } from './analyze-pool.ts';
import type { AnalysisContext } from './analyze.ts';
import { analysisContext, readAndAnalyze } from './read-and-analyze.ts';

/**
 * A worker thread of `npm run ingest`, started by analyze-pool.ts's `WORKER_BOOTSTRAP` (which turns
 * Node's compile cache on before this module is loaded): loads the analysis code as soon as it
 * starts, is then sent the gazetteer, then files, which it reads and analyses, replying per file.
 */
let context: AnalysisContext;

parentPort!.on('message', (request: AnalysisRequest) => {
  if ('gazetteer' in request) {
    context = analysisContext(request.gazetteer);
    return;
  }
  for (const { index, file } of request.files) {
    const result = readAndAnalyze(file, context);
    // The bytes are moved, not copied, when they fill a buffer of their own (readFileSync's do).
    const bytes = 'bytes' in result ? result.bytes : undefined;
    const movable = bytes && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? [bytes.buffer as ArrayBuffer] : [];
    parentPort!.postMessage({ index, result } satisfies AnalysisReply, movable);
  }
});
