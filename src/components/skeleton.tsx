export interface SkeletonRowsProps {
  /** Accessible description of what is loading, e.g. "Loading workflows". */
  label: string;
  rows?: number;
}

/** Placeholder bars while data loads; announced once as a status. */
export function SkeletonRows({ label, rows = 5 }: SkeletonRowsProps) {
  return (
    <div
      role="status"
      aria-label={label}
      className="space-y-2 rounded-lg border border-slate-200 bg-white p-4"
    >
      {Array.from({ length: rows }, (_, i) => (
        <div
          // biome-ignore lint/suspicious/noArrayIndexKey: static placeholders never reorder
          key={i}
          className="h-5 animate-pulse rounded bg-slate-100"
          style={{ width: `${90 - ((i * 13) % 35)}%` }}
        />
      ))}
    </div>
  );
}
