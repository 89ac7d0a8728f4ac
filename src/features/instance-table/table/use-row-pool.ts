import { useRef } from 'react';
import { assignSlots, type SlotMap } from './row-pool.ts';

/** The visible rows' slots, kept from render to render (row-pool.ts). */
export function useRowPool(indices: readonly number[]): SlotMap {
  const key = indices.join(',');
  const pool = useRef<{ key: string; slots: SlotMap }>({ key: '', slots: new Map() });
  if (pool.current.key !== key) pool.current = { key, slots: assignSlots(pool.current.slots, indices) };
  return pool.current.slots;
}
