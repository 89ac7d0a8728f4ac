/** Why writes stop after Cloudflare answers a write with 403 (its token check does not list permissions). */
export const WRITES_FORBIDDEN_REASON =
  'Cloudflare refused a write with 403: the API token lacks the Workers Scripts Write permission';

/**
 * Whether the mirror forwards writes: on when DASHBOARD_WRITES=1, until the first write comes back 403;
 * from then on every write is refused locally and /api/meta says why. Restarting the server (e.g. with a
 * better token) clears it.
 */
export function createWriteState(enabled: boolean) {
  let unavailable: string | undefined;
  return {
    enabled,
    /** What /api/meta reports. */
    meta(): { writes: boolean; writesUnavailable?: string } {
      if (!enabled) return { writes: false };
      return unavailable ? { writes: false, writesUnavailable: unavailable } : { writes: true };
    },
    /** Why a write is refused now, or undefined when it may go upstream. */
    refusal(): string | undefined {
      if (!enabled) return 'writes are off (start the server with DASHBOARD_WRITES=1 to allow them)';
      return unavailable;
    },
    markForbidden(): void {
      unavailable = WRITES_FORBIDDEN_REASON;
    },
  };
}

export type WriteState = ReturnType<typeof createWriteState>;
