import { Link, Outlet, useParams, useRouter } from '@tanstack/react-router';
import { RateLimitNotice } from '../../components/rate-limit-notice.tsx';
import { LinkNotices } from '../link-notices.tsx';
import { AccountSwitcher } from './account-switcher.tsx';
import { Breadcrumbs } from './breadcrumbs.tsx';
import { ConnectionBanner } from './connection-banner.tsx';
import { DemoBanner } from './demo-banner.tsx';
import { SignedInUser } from './signed-in-user.tsx';
import { ThemeSwitcher } from './theme-switcher.tsx';

/** The frame of every page: demo banner, top bar with product name, breadcrumbs and account switcher. */
export function AppLayout() {
  const params = useParams({ strict: false });
  const { linkNotices } = useRouter().options.context;
  return (
    <div className="flex min-h-screen flex-col">
      <ConnectionBanner />
      <RateLimitNotice />
      <DemoBanner />
      <header className="same-in-both-themes bg-slate-900 text-white">
        <div className="mx-auto flex min-h-12 max-w-screen-2xl flex-wrap items-center gap-x-6 gap-y-1 px-4 py-2 sm:flex-nowrap sm:px-6 sm:py-0">
          <Link to="/" className="flex shrink-0 items-center gap-2 font-semibold tracking-tight">
            <span aria-hidden="true" className="inline-block size-3 rounded-sm bg-[#f6821f]" />
            Workflows Dashboard
          </Link>
          {/* Under sm the breadcrumbs take a second line, so the theme and account controls stay on screen. */}
          <Breadcrumbs
            accountId={params.accountId}
            workflowName={params.workflowName}
            instanceId={params.instanceId}
          />
          <div className="ml-auto flex items-center gap-4">
            <SignedInUser />
            <ThemeSwitcher />
            <AccountSwitcher accountId={params.accountId} />
          </div>
        </div>
      </header>
      <main className="mx-auto w-full max-w-screen-2xl flex-1 px-4 py-6 sm:px-6">
        <LinkNotices store={linkNotices} />
        <Outlet />
      </main>
    </div>
  );
}
