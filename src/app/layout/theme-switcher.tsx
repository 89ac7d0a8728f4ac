import { useEffect, useState } from 'react';
import { applyTheme, followSystem, readTheme, THEMES, type Theme } from '../../lib/theme.ts';

const LABELS: Record<Theme, string> = { system: 'System', light: 'Light', dark: 'Dark' };

/** The header's "Theme" control: System (default), Light or Dark, remembered in this browser. */
export function ThemeSwitcher() {
  const [theme, setTheme] = useState<Theme>(readTheme);
  useEffect(() => {
    applyTheme(theme);
    return theme === 'system' ? followSystem(() => applyTheme('system')) : undefined;
  }, [theme]);
  return (
    <label className="flex items-center gap-2 text-xs text-slate-300">
      {/* Named "Theme" at every width; the word shows from sm up, so a phone's top bar keeps one line. */}
      <span className="sr-only sm:not-sr-only">Theme</span>
      <select
        value={theme}
        onChange={(event) => setTheme(event.target.value as Theme)}
        className="rounded border border-slate-700 bg-slate-800 px-1.5 py-0.5 text-xs text-white"
      >
        {THEMES.map((value) => (
          <option key={value} value={value}>
            {LABELS[value]}
          </option>
        ))}
      </select>
    </label>
  );
}
