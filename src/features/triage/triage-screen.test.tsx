import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { accountId, demoInstances } from '../../testing/demo-data.ts';
import { renderApp } from '../../testing/render-app.tsx';

const FROM = '2026-10-21T12:00:00Z';
const TO = '2026-11-20T12:00:00Z';
const errorsUrl = (search: string) =>
  `/${accountId}/workflows/order-fulfilment/errors?from=${FROM}&to=${TO}${search}`;

/** The progress line once every errored instance is grouped ("Grouped 75 of 75 errored instances."). */
const groupedAll = (total?: number) =>
  screen.findByText(
    (_, element) => {
      const match = /^Grouped (\d+) of (\d+) errored instances\.$/.exec(element?.textContent ?? '');
      return (
        element?.tagName === 'P' &&
        match !== null &&
        match[1] === match[2] &&
        (total === undefined || Number(match[1]) === total)
      );
    },
    {},
    { timeout: 20_000 },
  );

async function erroredInRange(): Promise<number> {
  const rows = await demoInstances('order-fulfilment', 'errored');
  return rows.filter((row) => row.created_on >= FROM && row.created_on < TO).length;
}

describe('the triage view', () => {
  it('groups every errored instance of the range, and the groups add up', { timeout: 30_000 }, async () => {
    renderApp(errorsUrl(''));
    const total = await erroredInRange();
    expect(await groupedAll(total)).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Error groups' });
    const counts = within(list)
      .getAllByText(/^\d+ instances$/)
      .map((el) => Number(el.textContent?.replace(/\D/g, '')));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(total);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
  });

  it('opens a group by its URL, sorts by most recent and searches within messages through the URL', {
    timeout: 30_000,
  }, async () => {
    const { user, router } = renderApp(errorsUrl(''));
    const list = await screen.findByRole('list', { name: 'Error groups' }, { timeout: 20_000 });
    await groupedAll();
    await user.click(screen.getByRole('button', { name: 'Most recent' }));
    await waitFor(() => expect(router.state.location.search).toMatchObject({ sort: 'recent' }));
    const [first] = within(list).getAllByRole('heading', { level: 3 });
    const template = first?.textContent ?? '';
    await user.click(within(first as HTMLElement).getByRole('link'));
    await waitFor(() =>
      expect(router.state.location.search).toMatchObject({ group: expect.stringMatching(/^[0-9a-f]{16}$/) }),
    );
    expect(await screen.findByRole('heading', { level: 2, name: template })).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Open a representative instance at its failing attempt' }),
    ).toHaveAttribute('href', expect.stringMatching(/\/instances\/[^?]+\?step=/));
    await user.click(screen.getByRole('link', { name: '← All groups' }));
    await user.type(await screen.findByLabelText('Search messages'), 'no-such-message-anywhere');
    expect(await screen.findByText('No group has a message matching the search')).toBeInTheDocument();
  });
});
