import module from 'node:module';

/**
 * Keeps Node's compiled code (type-stripped TypeScript and V8's code cache) on disk between runs
 * (in the system's temporary folder, see `module.enableCompileCache`): without it, stripping types
 * from ingest's module graph and compiling it is most of a short run's time, in the main thread and
 * in every worker. Call it before importing that graph, which must then be a dynamic import.
 */
export function enableCompileCache(): void {
  module.enableCompileCache?.();
}
