import { useRouter } from '@tanstack/react-router';
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { filterById, type InstanceRow, toInstanceRows } from '../../api/instance-list/instance-rows.ts';
import { listFilterOf, rangeIncludesNow } from '../../api/instance-list/list-filter.ts';
import { mergedRows } from '../../api/instance-list/merged-pages.ts';
import { useBulkLoad } from '../../api/instance-list/use-bulk-load.ts';
import { useInstanceList } from '../../api/instance-list/use-instance-list.ts';
import { RangePicker } from '../../components/range-picker.tsx';
import { instancePath } from '../../lib/paths.ts';
import { serializeInstanceView } from '../../lib/url-state/view-state.ts';
import type { WorkflowSearch } from '../../lib/url-state/workflow-search.ts';
import { useNow } from '../../lib/use-now.ts';
import { BudgetStatus } from './export/budget-status.tsx';
import { BulkProgress } from './export/bulk-progress.tsx';
import { ExportButtons } from './export/export-buttons.tsx';
import { ColumnPicker } from './filters/column-picker.tsx';
import { SearchBox } from './filters/search-box.tsx';
import { StatusFilter } from './filters/status-filter.tsx';
import { useUrlView } from './filters/use-url-view.ts';
import { LiveProblem } from './live/live-problem.tsx';
import { InstanceTableView } from './table/instance-table-view.tsx';
import { ListFooter } from './table/list-footer.tsx';
import { SelectMatching } from './table/select-matching.tsx';
import { SortScope } from './table/sort-scope.tsx';
import { useFillHeight } from './table/use-fill-height.ts';
import { useSavedScroll } from './table/use-saved-scroll.ts';

export interface InstancesPanelProps {
  accountId: string;
  workflowName: string;
  search: WorkflowSearch;
  /** Updates the URL's search params; `replace` for changes that should not add a history entry. */
  onSearchChange: (next: WorkflowSearch, options?: { replace?: boolean }) => void;
  /** Opens an instance; defaults to the router's history (or a page load outside a router). */
  onOpenInstance?: (instanceId: string) => void;
  /** Height of the table's scrolling area in px (default 600). */
  tableHeight?: number;
  /** Rows checked for bulk actions, kept by the route; without it the table has no checkboxes. */
  checked?: ReadonlySet<string>;
  onCheckedChange?: (ids: string[], checked: boolean) => void;
  /** What to show over the table for the checked rows (the route places the actions feature's bulk bar). */
  renderBulk?: (checkedRows: readonly InstanceRow[]) => ReactNode;
}

export function InstancesPanel(props: InstancesPanelProps) {
  const { accountId, workflowName, search } = props;
  const { view, update } = useUrlView(search, props.onSearchChange);
  const filterKey = JSON.stringify([accountId, workflowName, view.statuses, view.range]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the filter changes only with its key
  const filter = useMemo(() => listFilterOf(accountId, workflowName, view), [filterKey]);
  const now = useNow(1000);
  const [paused, setPaused] = useState(false);
  const liveInRange = rangeIncludesNow(view.range, now);
  const list = useInstanceList(filter, { enabled: liveInRange && !paused });
  const bulk = useBulkLoad(filter);
  const { query } = list;

  const onNearEnd = useCallback(() => {
    if (query.hasNextPage && !query.isFetchingNextPage && !query.isFetchNextPageError && !bulk.task) {
      void query.fetchNextPage();
    }
  }, [query, bulk.task]);

  const router = useRouter({ warn: false }) as ReturnType<typeof useRouter> | undefined;
  const hrefFor = useCallback(
    (id: string) => instancePath(accountId, workflowName, id),
    [accountId, workflowName],
  );
  const open = useCallback(
    (id: string) => {
      const path = instancePath(accountId, workflowName, id);
      if (props.onOpenInstance) props.onOpenInstance(id);
      else if (router) router.history.push(path);
      else window.location.assign(path);
    },
    [accountId, workflowName, props.onOpenInstance, router],
  );

  const scroll = useSavedScroll(
    `${accountId}/${workflowName}?${new URLSearchParams(serializeInstanceView(view) as Record<string, string>)}`,
  );
  const searchRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.key !== '/' || target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      event.preventDefault();
      searchRef.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const complete = query.isSuccess && !query.hasNextPage;
  const matching = useMemo(() => filterById(list.rows, view.q), [list.rows, view.q]);
  const checked = props.checked;
  const checkedRows = useMemo(
    () => (checked ? list.rows.filter((row) => checked.has(row.id)) : []),
    [list.rows, checked],
  );
  const selectAcrossPages = async () => {
    const pages = await bulk.run('load');
    if (pages)
      props.onCheckedChange?.(
        filterById(toInstanceRows(mergedRows(pages)), view.q).map((row) => row.id),
        true,
      );
  };
  const tableArea = useRef<HTMLDivElement>(null);
  const fillHeight = useFillHeight(tableArea);
  return (
    <section aria-label="Instances" className="flex flex-col gap-2 p-4">
      <div className="flex flex-wrap items-center gap-3">
        <SearchBox ref={searchRef} value={view.q} onChange={(q) => update({ q }, { replace: true })} />
        <RangePicker value={view.range} onChange={(range) => update({ range })} />
        <ColumnPicker value={view.columns} onChange={(columns) => update({ columns })} />
        <label className="inline-flex items-center gap-1 text-xs">
          <input
            type="checkbox"
            checked={view.tz === 'utc'}
            onChange={(event) => update({ tz: event.target.checked ? 'utc' : 'local' })}
          />
          UTC times
        </label>
      </div>
      <StatusFilter value={view.statuses} onChange={(statuses) => update({ statuses })} />
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          aria-pressed={!paused && liveInRange}
          disabled={!liveInRange}
          onClick={() => setPaused((p) => !p)}
          className="rounded border border-slate-300 px-2 py-0.5 text-xs aria-pressed:bg-green-50"
          title={
            liveInRange ? 'New and changed instances appear as they happen' : 'The range ends in the past'
          }
        >
          {paused || !liveInRange ? 'Live refresh off' : 'Live refresh on'}
        </button>
        {liveInRange && !paused && list.liveError && (
          <LiveProblem error={list.liveError} updatedAt={list.liveUpdatedAt} tz={view.tz} />
        )}
        <ExportButtons workflowName={workflowName} view={view} bulk={bulk} disabled={!query.isSuccess} />
        <BudgetStatus />
      </div>
      {bulk.task && <BulkProgress task={bulk.task} onCancel={bulk.cancel} />}
      {checked && props.onCheckedChange ? (
        <SelectMatching
          matching={matching}
          checked={checkedRows}
          complete={complete}
          onChange={props.onCheckedChange}
          busy={bulk.task !== null}
          onSelectAcrossPages={() => void selectAcrossPages()}
        />
      ) : null}
      {props.renderBulk?.(checkedRows)}
      <SortScope
        sort={view.sort}
        loaded={list.rows.length}
        complete={complete}
        busy={bulk.task !== null}
        onLoadAll={() => void bulk.run('load')}
      />
      <div ref={tableArea}>
        {query.isPending ? (
          <p role="status" className="text-sm text-slate-500">
            Loading instances…
          </p>
        ) : query.isError && !query.data ? (
          <div role="alert" className="text-sm text-red-700">
            Could not load instances: {query.error.message}{' '}
            <button type="button" onClick={() => void query.refetch()} className="underline">
              Retry
            </button>
          </div>
        ) : (
          <InstanceTableView
            workflowName={workflowName}
            rows={list.rows}
            q={view.q}
            sort={view.sort}
            columns={view.columns}
            tz={view.tz}
            now={now}
            onSortChange={(sort) => update({ sort })}
            onOpen={open}
            hrefFor={hrefFor}
            onNearEnd={onNearEnd}
            height={props.tableHeight ?? fillHeight}
            initialScrollOffset={scroll.initial}
            onScrollOffsetChange={scroll.save}
            checked={checked}
            onCheckedChange={props.onCheckedChange}
            footer={
              <ListFooter query={query} shown={list.rows.length} onRetry={() => void query.fetchNextPage()} />
            }
          />
        )}
      </div>
    </section>
  );
}
