import { vi } from 'vitest';

/**
 * jsdom lays nothing out, so every element measures 0×0 and virtualized lists render no rows.
 * This gives every element a client size (what @tanstack/virtual reads) until the returned restore runs.
 */
export function stubElementSize(width = 1280, height = 800): () => void {
  const w = vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(width);
  const h = vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(height);
  return () => {
    w.mockRestore();
    h.mockRestore();
  };
}
