import type { Ref } from 'react';

export function SearchBox({
  value,
  onChange,
  ref,
}: {
  value: string;
  onChange: (q: string) => void;
  ref?: Ref<HTMLInputElement>;
}) {
  return (
    <label className="inline-flex items-center gap-1 text-xs">
      <span className="sr-only">Search instance id</span>
      <input
        ref={ref}
        type="search"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        placeholder="Search instance id  ( / )"
        maxLength={100}
        className="w-64 rounded border border-slate-300 px-2 py-1"
      />
    </label>
  );
}
