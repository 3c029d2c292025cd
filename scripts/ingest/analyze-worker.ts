import { parentPort, workerData } from 'node:worker_threads';
import type { Gazetteer } from '../../src/schemas/gazetteer.ts';
import type { AnalysisReply, AnalysisRequest } from './analyze-pool.ts';
import { enableCompileCache } from './compile-cache.ts';

/** A worker thread of `npm run ingest`: reads and analyses the files it is sent, replying per file. */
enableCompileCache();
const { analysisContext, readAndAnalyze } = await import('./read-and-analyze.ts');
const context = analysisContext((workerData as { gazetteer: Gazetteer }).gazetteer);

parentPort!.on('message', (request: AnalysisRequest) => {
  for (const { index, file } of request) {
    const result = readAndAnalyze(file, context);
    // The bytes are moved, not copied, when they fill a buffer of their own (readFileSync's do).
    const bytes = 'bytes' in result ? result.bytes : undefined;
    const movable = bytes && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? [bytes.buffer as ArrayBuffer] : [];
    parentPort!.postMessage({ index, result } satisfies AnalysisReply, movable);
  }
});
