/** Site-relative URLs that respect the configured base path (GitHub Pages project sites live under one). */
export function withBase(base: string, path = ''): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/** The repository page (GitHub's `/edit/` form) that edits `file`, a path inside the repository, on `branch`. */
export function editUrl(repository: string, branch: string, file: string): string {
  return `${repository.replace(/\/+$/, '')}/edit/${branch}/${file.replace(/^\/+/, '')}`;
}

export function bulletinPath(id: string): string {
  return `${id}/`;
}

/** The page that shows a bulletin's original decoded, beside its page (`ky/<slug>/original/`). */
export function originalViewPath(id: string): string {
  return `${bulletinPath(id)}original/`;
}

/** A story's page in a language section: `/<lang>/stories/<story id>/`. */
export function storyPath(lang: string, storyId: string): string {
  return `${lang}/stories/${storyId}/`;
}
