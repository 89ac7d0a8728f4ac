/**
 * The status filter after a click on a status of the distribution: a click filters to that status, a
 * second click on it clears the filter, and with several statuses selected a click toggles that one.
 */
export function toggledStatuses(selected: readonly string[], clicked: string): string[] {
  if (selected.length >= 2) {
    return selected.includes(clicked)
      ? selected.filter((status) => status !== clicked)
      : [...selected, clicked];
  }
  if (selected.length === 1 && selected[0] === clicked) return [];
  return [clicked];
}
