/**
 * npm run ingest -- [files or dirs…] [--out DIR] [--dry-run] [--json] [--keep]
 *
 * Turns raw bulletin texts into entries of the content collection. Without inputs it reads the
 * inbox folder of the content folder; inputs taken from the inbox are removed once their bytes are
 * preserved under originals/ (use --keep to leave them). Exit status 1 when any input was rejected.
 */
import { prepareRuntime } from './ingest/start-up.ts';

// The command's module graph is imported once the compile cache and the regexp setting are on, so that both apply to it.
prepareRuntime();
const { main } = await import('./ingest/command.ts');
process.exitCode = await main();
