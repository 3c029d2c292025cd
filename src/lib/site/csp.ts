/**
 * The site's Content-Security-Policy, besides `script-src` and `style-src`, which Astro writes with
 * the hashes of what it inlines (see `security.csp` in astro.config.mjs). The archive shows texts
 * that arrive by pull request: even if one ever slipped through as markup, it could run no script,
 * load nothing from another site and send nothing anywhere. README.md ("Security headers") gives
 * the same policy as HTTP headers for hosts that allow them, with what only a header can say.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  // Pagefind's UI shows no images here, but its CSS embeds small icons as data: URLs.
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;
