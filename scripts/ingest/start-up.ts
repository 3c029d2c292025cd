import module from 'node:module';
import v8 from 'node:v8';

/**
 * How Node runs ingest's own code, set before that code is loaded (scripts/ingest.ts imports the
 * command's module graph dynamically afterwards, so that both apply to all of it):
 *
 * - Node's compile cache keeps the type-stripped TypeScript and V8's code cache on disk between
 *   runs (in the system's temporary folder, see `module.enableCompileCache`): without it, stripping
 *   types from ingest's module graph and compiling it is most of a short run's time. A worker thread
 *   turns it on for itself, see `WORKER_BOOTSTRAP` in analyze-pool.ts.
 * - Regular expressions are compiled to machine code on their first use. By default V8 first
 *   compiles each one to bytecode for its interpreter and compiles it again to machine code once it
 *   runs again: ingest's patterns (Unicode letter classes, month and agency alternations) are large,
 *   and compiling them twice was most of the first file's time in every thread (~100 ms of a 130 ms
 *   first file; 35 ms once compiled once).
 * - No TurboFan: V8's optimising compiler compiled ingest's hot functions again in every thread, on
 *   V8's background threads, ~20% of a 1,000-file run's CPU (perf, by thread). Maglev, the tier
 *   below it, compiles far faster and its code is nearly as fast here: without TurboFan a whole run
 *   took 3.15 instead of 3.89 s of CPU at 1,000 files, 3.37 instead of 3.89 s at 2,000 and 8.32
 *   instead of 9.53 s at 6,000 (medians of alternated runs). (`--max-opt=2` says the same on the
 *   command line, but set at run time it changed nothing.)
 *
 * Both flags are process-wide, so they hold in the worker threads too, and neither changes what any
 * code computes, only how V8 compiles it.
 */
export function prepareRuntime(): void {
  v8.setFlagsFromString('--no-regexp-tier-up');
  v8.setFlagsFromString('--no-turbofan');
  // After the flags: Node names the cache's folder after the V8 flags in force when it is turned
  // on, so ingest's code cache is kept apart from that of processes run with other flags. Turned on
  // before the flags were set, it shared their folder, and now and then a process crashed
  // (segmentation fault, 4 of ~110 runs alternating two flag settings; none in 80 with a folder each).
  module.enableCompileCache?.();
}
