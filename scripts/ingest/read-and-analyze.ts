import { readFileSync } from 'node:fs';
import type { Gazetteer } from '../../src/lib/content/gazetteer-schema.ts';
// Not from the gazetteer's schema module: that loads zod, which analysis does not need (44 ms per thread).
import { allNames } from '../../src/lib/entities/entities.ts';
import { analyze, type AnalysisContext, type AnalysisResult } from './analyze.ts';
import { compileGazetteer } from '../../src/lib/entities/find-entities.ts';

/** One input, read and analysed: the part of ingest that can run on any thread. */
export type AnalysedFile = { file: string; bytes: Uint8Array; analysed: AnalysisResult } | { file: string; readError: string };

/** What analysis needs of the gazetteer, worked out once per thread. */
export function analysisContext(gazetteer: Gazetteer, givenDate: string | null = null): AnalysisContext {
  return { knownPlaces: allNames(gazetteer.place), names: compileGazetteer(gazetteer), givenDate };
}

export function readAndAnalyze(file: string, context: AnalysisContext): AnalysedFile {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return {
      file,
      readError: `${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); check the path and its permissions`,
    };
  }
  return { file, bytes, analysed: analyze(bytes, context) };
}
