/** Site-relative URLs that respect the configured base path (GitHub Pages project sites live under one). */
export function withBase(base: string, path = ''): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

export function bulletinPath(id: string): string {
  return `${id}/`;
}

