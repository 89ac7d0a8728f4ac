/** "3 new instances": rows arrived above the ones in view; a click scrolls to them. */
export function NewAboveButton({ count, onClick }: { count: number; onClick: () => void }) {
  if (count <= 0) return null;
  return (
    <button
      type="button"
      onClick={onClick}
      className="absolute top-10 left-1/2 z-20 -translate-x-1/2 rounded-full bg-blue-600 px-3 py-1 text-xs font-medium text-white shadow"
    >
      {count.toLocaleString('en-US')} new {count === 1 ? 'instance' : 'instances'}
    </button>
  );
}
