import { describe, expect, it } from 'vitest';
import type { Workflow } from '../../../contract/workflows.ts';
import { sortWorkflows } from './sort-workflows.ts';

const wf = (name: string, instances: Record<string, number>): Workflow => ({ name, instances });
const names = (list: Workflow[]) => list.map((w) => w.name);

describe('sorting the workflows list', () => {
  const list = [
    wf('quiet', { complete: 100 }),
    wf('noisy', { complete: 900, errored: 100 }),
    wf('broken', { complete: 10, errored: 30 }),
    wf('idle', { running: 3 }),
  ];

  it('puts the most errored instances on top', () => {
    expect(names(sortWorkflows(list, '-errored'))).toEqual(['noisy', 'broken', 'idle', 'quiet']);
  });

  it('puts the highest error rate on top, and a workflow with nothing finished last', () => {
    expect(names(sortWorkflows(list, '-error_rate'))).toEqual(['broken', 'noisy', 'quiet', 'idle']);
    expect(names(sortWorkflows(list, 'error_rate'))).toEqual(['quiet', 'noisy', 'broken', 'idle']);
  });

  it('keeps the API order without a sort', () => {
    expect(names(sortWorkflows(list, undefined))).toEqual(['quiet', 'noisy', 'broken', 'idle']);
  });
});
