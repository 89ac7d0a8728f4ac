// Sets the theme before the first paint, so a dark-theme user never sees a flash of the light one. An
// external file because the Content-Security-Policy allows no inline script. Mirrors src/lib/theme.ts.
(() => {
  let choice = 'system';
  try {
    choice = localStorage.getItem('theme') || 'system';
  } catch {
    // storage unavailable: follow the system
  }
  const dark =
    choice === 'dark' || (choice !== 'light' && window.matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.classList.toggle('dark', dark);
})();
