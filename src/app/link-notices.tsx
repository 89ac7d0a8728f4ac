import { useLocation } from '@tanstack/react-router';
import { useSyncExternalStore } from 'react';
import { LinkNotice } from '../components/link-notice.tsx';
import type { LinkNoticeStore } from './link-notice-store.ts';

/** Says which values of a pasted link the page ignored, on every route (link-notice-store.ts). */
export function LinkNotices({ store }: { store: LinkNoticeStore }) {
  const notices = useSyncExternalStore(store.subscribe, store.get);
  const pathname = useLocation({ select: (location) => location.pathname });
  if (notices.pathname !== pathname || notices.messages.length === 0) return null;
  return (
    <div className="mb-4">
      <LinkNotice messages={notices.messages} onDismiss={store.dismiss} />
    </div>
  );
}
