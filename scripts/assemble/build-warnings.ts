/**
 * Rolldown's warnings during `astro build`, passed on except the ones a maintainer can do nothing
 * about. Astro marks each MDX page's module "use astro:head-inject" for itself, and Rolldown warns
 * once per page that a bundler may drop such a directive; Astro reads it before bundling, so nothing
 * is lost (withastro/astro#18087). Only that warning is dropped; every other one is printed.
 */
export function passActionableWarning<Warning extends { code?: string; message: string }>(warning: Warning, warn: (warning: Warning) => void): void {
  if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"')) return;
  warn(warning);
}
