import type { AnyRouter, ParsedLocation } from '@tanstack/react-router';
import { describeDropped, type SearchCodec } from '../lib/url-state/search-codec.ts';

declare module '@tanstack/react-router' {
  interface StaticDataRouteOption {
    /** The route's search params codec: its `validateSearch` uses it, and so does the link notice. */
    searchCodec?: SearchCodec<Record<string, string | undefined>>;
  }
}

export interface LinkNotices {
  /** The page the messages are about; another page shows none. */
  pathname: string;
  messages: readonly string[];
}

/**
 * What a pasted link held that its route dropped, for the one link notice of every route. It is read from the
 * location as it arrives (before `validateSearch` cleans it, and before the router writes the cleaned address
 * back), with the codec the matched route declares in `staticData.searchCodec`.
 */
export function createLinkNoticeStore() {
  let notices: LinkNotices = { pathname: '', messages: [] };
  const listeners = new Set<() => void>();
  const set = (next: LinkNotices) => {
    notices = next;
    for (const listener of listeners) listener();
  };
  return {
    get: () => notices,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dismiss: () => set({ pathname: notices.pathname, messages: [] }),
    /**
     * Follows the router: the location it starts from (before its first render writes the cleaned address
     * back) and each location it loads later (back and forward included).
     */
    watch(router: AnyRouter) {
      /** A loaded address that still holds dropped values, to replace once it has loaded. */
      let repair: { href: string; search: Record<string, unknown> } | null = null;
      const check = (location: ParsedLocation) => {
        const leaf = router.matchRoutes(location).at(-1);
        const codec = leaf ? router.routesById[leaf.routeId]?.options.staticData?.searchCodec : undefined;
        const cleaned = codec?.clean(location.search as Record<string, unknown>);
        const messages = cleaned ? cleaned.dropped.map(describeDropped) : [];
        // The same page keeps its notice (its cleaned address loads right after); another page clears it.
        if (location.pathname !== notices.pathname) set({ pathname: location.pathname, messages });
        else if (messages.length > 0)
          set({ ...notices, messages: [...new Set([...notices.messages, ...messages])] });
        repair = cleaned && messages.length > 0 ? { href: location.href, search: cleaned.search } : null;
      };
      check(router.latestLocation);
      const unsubscribeLoad = router.subscribe('onBeforeLoad', ({ toLocation }) => check(toLocation));
      // The router writes a cleaned address back when it starts, not when history brings another address.
      const unsubscribeResolved = router.subscribe('onResolved', ({ toLocation }) => {
        if (repair?.href !== toLocation.href) return;
        const { search } = repair;
        repair = null;
        void router.navigate({ to: toLocation.pathname, search, replace: true });
      });
      return () => {
        unsubscribeLoad();
        unsubscribeResolved();
      };
    },
  };
}

export type LinkNoticeStore = ReturnType<typeof createLinkNoticeStore>;
