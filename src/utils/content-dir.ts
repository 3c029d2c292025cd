import path from 'node:path';

/** The content folder the build and the scripts work on: `CONTENT_DIR`, or `content/` of the project. */
export function resolveContentDir(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  return path.resolve(cwd, env.CONTENT_DIR || 'content');
}
