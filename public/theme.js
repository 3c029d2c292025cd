// Light or dark follows the system until the reader chooses; the choice is remembered on this device.
// Loaded in <head> so that a remembered theme is set before the first paint.
(() => {
  const root = document.documentElement;
  const remembered = (() => {
    try {
      return localStorage.getItem('theme');
    } catch {
      return null; // Storage may be blocked; the system's choice then stands.
    }
  })();
  if (remembered === 'dark' || remembered === 'light') root.dataset.theme = remembered;
  // The toggle is shown (its space is always kept) only where this script runs.
  root.dataset.themeReady = 'true';

  const isDark = () => (root.dataset.theme ?? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light')) === 'dark';

  document.addEventListener('DOMContentLoaded', () => {
    const button = document.querySelector('[data-theme-toggle]');
    if (!button) return;
    button.setAttribute('aria-pressed', String(isDark()));
    button.addEventListener('click', () => {
      const theme = isDark() ? 'light' : 'dark';
      root.dataset.theme = theme;
      button.setAttribute('aria-pressed', String(theme === 'dark'));
      try {
        localStorage.setItem('theme', theme);
      } catch {
        // Not remembered, but applied for this page.
      }
    });
  });
})();
