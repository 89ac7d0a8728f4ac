/** The colour theme: light, dark, or following the system (the default). public/theme-init.js mirrors it. */
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

const STORAGE_KEY = 'theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';

export function readTheme(): Theme {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return (THEMES as readonly string[]).includes(stored ?? '') ? (stored as Theme) : 'system';
  } catch {
    return 'system';
  }
}

export function isDark(theme: Theme): boolean {
  if (theme === 'system') return typeof matchMedia === 'function' && matchMedia(DARK_QUERY).matches;
  return theme === 'dark';
}

/** Remembers the choice and applies it to the page. */
export function applyTheme(theme: Theme): void {
  try {
    if (theme === 'system') localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, theme);
  } catch {
    // storage unavailable: the choice lasts until reload
  }
  document.documentElement.classList.toggle('dark', isDark(theme));
}

/** Follows the system's preference while the choice is "system"; returns the unsubscribe. */
export function followSystem(onChange: () => void): () => void {
  if (typeof matchMedia !== 'function') return () => {};
  const query = matchMedia(DARK_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}
