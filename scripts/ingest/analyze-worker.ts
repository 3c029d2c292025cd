import { parentPort, workerData } from 'node:worker_threads';
import type { Gazetteer } from '../../src/schemas/gazetteer.ts';
import { enableCompileCache } from './compile-cache.ts';

/** A worker thread of `npm run ingest`: reads and analyses the files it is sent, in any order. */
enableCompileCache();
const { analysisContext, readAndAnalyze } = await import('./read-and-analyze.ts');
const context = analysisContext((workerData as { gazetteer: Gazetteer }).gazetteer);

parentPort!.on('message', ({ index, file }: { index: number; file: string }) => {
  parentPort!.postMessage({ index, result: readAndAnalyze(file, context) });
});
