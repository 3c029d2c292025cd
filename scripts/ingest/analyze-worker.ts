import { parentPort, workerData } from 'node:worker_threads';
import type { Gazetteer } from '../../src/schemas/gazetteer.ts';
import { compileGazetteer } from './find-entities.ts';
import { readAndAnalyze } from './read-and-analyze.ts';

/** A worker thread of `npm run ingest`: reads and analyses the files it is sent, in any order. */
const { gazetteer, knownPlaces } = workerData as { gazetteer: Gazetteer; knownPlaces: string[] };
const context = { knownPlaces, names: compileGazetteer(gazetteer) };

parentPort!.on('message', ({ index, file }: { index: number; file: string }) => {
  parentPort!.postMessage({ index, result: readAndAnalyze(file, context) });
});
