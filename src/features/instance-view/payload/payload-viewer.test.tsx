import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stubElementSize } from '../../../testing/element-size.ts';
import { PayloadViewer } from './payload-viewer.tsx';

let restore: () => void = () => {};
beforeEach(() => {
  restore = stubElementSize(800, 400);
});
afterEach(() => restore());

describe('the payload viewer', () => {
  it('opens a 1 MiB payload collapsed, with its size, and expands on demand', async () => {
    const user = userEvent.setup();
    const big = { rows: Array.from({ length: 20_000 }, (_, i) => ({ i, text: 'x'.repeat(40) })) };
    render(<PayloadViewer title="Output" value={big} />);
    const region = screen.getByRole('region', { name: 'Output' });
    expect(region).toHaveTextContent(/1\.\d\d MiB/);
    const list = within(region).getByRole('list', { name: 'Output fields' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    await user.click(within(list).getByRole('button', { name: 'Expand $.rows' }));
    // Twenty thousand rows, but only a window of them in the DOM.
    expect(within(list).getAllByRole('listitem').length).toBeLessThan(60);
    expect(within(list).getByText('[20000 items]')).toBeInTheDocument();
  });

  it('searches, opening the way to the match, and copies its path', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const value = { a: { b: { c: { d: { needle: 'found it' } } } } };
    render(<PayloadViewer title="Params" value={value} />);
    await user.type(screen.getByRole('searchbox', { name: 'Search Params' }), 'needle');
    expect(await screen.findByText('1 of 1')).toBeInTheDocument();
    expect(screen.getByText('"found it"')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Copy path $.a.b.c.d.needle' }));
    expect(writeText).toHaveBeenCalledWith('$.a.b.c.d.needle');
  });

  it('labels a redacted output', () => {
    render(<PayloadViewer title="Output" value="[REDACTED]" sensitive />);
    expect(screen.getByRole('region', { name: 'Output' })).toHaveTextContent('Redacted (config.sensitive)');
  });
});
