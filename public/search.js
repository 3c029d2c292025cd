// Starts Pagefind's search UI on the search page. It lives in a file of its own, not inline, so the
// site can run under a Content-Security-Policy without 'unsafe-inline'. A `?q=` in the address runs
// that search at once, so searches can be linked and shared.
window.addEventListener('DOMContentLoaded', () => {
  const element = document.querySelector('[data-search]');
  if (!element || !('PagefindUI' in window)) return;
  element.replaceChildren();
  const search = new window.PagefindUI({
    element,
    bundlePath: element.dataset.bundlePath,
    showSubResults: false,
    showImages: false,
    resetStyles: false,
    // The language filter is the one most visitors want: show it open.
    openFilters: ['language'],
  });
  const query = new URLSearchParams(window.location.search).get('q');
  if (query) search.triggerSearch(query);
});
