import type {
  InstanceGetResponse,
  InstanceListResponse,
  InstanceStepResponse,
} from 'cloudflare/resources/workflows/instances/instances';
import type { VersionGetResponse } from 'cloudflare/resources/workflows/versions';
import type { WorkflowGetResponse } from 'cloudflare/resources/workflows/workflows';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { errorEnvelopeSchema } from '../contract/envelope.ts';
import {
  instanceDetailResponseSchema,
  instanceListResponseSchema,
  stepOutputResponseSchema,
} from '../contract/instances.ts';
import {
  workflowListResponseSchema,
  workflowResponseSchema,
  workflowVersionListResponseSchema,
} from '../contract/workflows.ts';
import type { getStep, getVersion, workflowObject } from './handlers.ts';
import type { instanceDetail, instanceRow } from './materialise.ts';
import { testSimulator } from './test-support.ts';

describe('responses match the official SDK types', () => {
  it('builders return what the cloudflare SDK declares', () => {
    expectTypeOf<ReturnType<typeof instanceRow>>().toExtend<InstanceListResponse>();
    expectTypeOf<ReturnType<typeof instanceDetail>>().toExtend<InstanceGetResponse>();
    expectTypeOf<ReturnType<typeof getStep>>().toExtend<InstanceStepResponse>();
    expectTypeOf<ReturnType<typeof workflowObject>>().toExtend<WorkflowGetResponse>();
    expectTypeOf<ReturnType<typeof getVersion>>().toExtend<VersionGetResponse>();
  });
});

describe('responses parse with the contract schemas', () => {
  const { get } = testSimulator();

  it('every endpoint', async () => {
    expect(workflowListResponseSchema.safeParse((await get('/workflows')).body).success).toBe(true);
    expect(workflowResponseSchema.safeParse((await get('/workflows/nightly-report')).body).success).toBe(
      true,
    );
    expect(
      workflowVersionListResponseSchema.safeParse((await get('/workflows/data-sync/versions')).body).success,
    ).toBe(true);
    for (const status of [
      'complete',
      'errored',
      'terminated',
      'running',
      'waiting',
      'paused',
      'rollingBack',
      'queued',
    ]) {
      const list = (await get(`/workflows/order-fulfilment/instances?per_page=3&status=${status}`)).body;
      expect(instanceListResponseSchema.safeParse(list).success).toBe(true);
      for (const row of list.result) {
        const detail = (await get(`/workflows/order-fulfilment/instances/${row.id}`)).body;
        const parsed = instanceDetailResponseSchema.safeParse(detail);
        expect(parsed.success, JSON.stringify(parsed.error)).toBe(true);
        const first = detail.result.steps.find((s: { type: string }) => s.type === 'step');
        if (!first) continue;
        const step = (
          await get(`/workflows/order-fulfilment/instances/${row.id}/step?name=${first.name}&type=step`)
        ).body;
        expect(stepOutputResponseSchema.safeParse(step).success).toBe(true);
      }
    }
    expect(errorEnvelopeSchema.safeParse((await get('/workflows/nope')).body).success).toBe(true);
  });
});
