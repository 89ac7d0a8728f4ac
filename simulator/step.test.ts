import { describe, expect, it } from 'vitest';
import { buildAccount } from './account.ts';
import { LOG_OUTPUT_LIMIT } from './materialise.ts';
import { T0, testSimulator } from './test-support.ts';

const { get } = testSimulator();
const account = buildAccount(1, T0, 3000);
const images = account.stores.get('image-processing');
const before = (i: number) => (images?.plan(i).end ?? Infinity) < T0;
const bigIndex =
  images?.ids.findIndex(
    (_, i) => (images.plan(i).shape.metadataKb ?? 0) >= 50 && before(i) && images.plan(i).entries.length > 5,
  ) ?? -1;
const bigId = images?.ids[bigIndex] ?? '';
const stepPath = (id: string, query: string) => `/workflows/image-processing/instances/${id}/step?${query}`;

describe('/step', () => {
  it('returns large outputs whole while the instance log truncates them', async () => {
    const detail = (await get(`/workflows/image-processing/instances/${bigId}`)).body.result;
    const logged = detail.steps.find((s: { name: string }) => s.name === 'extract-metadata-1');
    expect(logged.output.length).toBeLessThan(LOG_OUTPUT_LIMIT + 100);
    const { status, body } = await get(stepPath(bigId, 'name=extract-metadata-1&type=step'));
    expect(status).toBe(200);
    expect(body.result.status).toBe('complete');
    expect(JSON.stringify(body.result.output).length).toBeGreaterThan(50 * 1024);
    expect(logged.output.startsWith(JSON.stringify(body.result.output).slice(0, 100))).toBe(true);
  });

  it('answers one attempt, and refuses attempt with waitForEvent, unknown steps and attempts out of range', async () => {
    const first = await get(stepPath(bigId, 'name=extract-metadata-1&type=step&attempt=1'));
    expect(first.body.result.status).toBe('complete');
    expect((await get(stepPath(bigId, 'name=extract-metadata-1&type=step&attempt=9'))).status).toBe(404);
    expect((await get(stepPath(bigId, 'name=extract-metadata&type=step'))).status).toBe(404);
    expect((await get(stepPath(bigId, 'name=extract-metadata-1&type=waitForEvent&attempt=1'))).status).toBe(
      400,
    );
    expect((await get(stepPath(bigId, 'name=extract-metadata-1'))).status).toBe(400);
  });

  it('gives each failed attempt its error', async () => {
    const orders = account.stores.get('order-fulfilment');
    const index = orders?.ids.findIndex((_, i) =>
      orders.plan(i).entries.some((e) => e.kind === 'do' && e.attempts.length > 1 && e.end < T0),
    );
    const plan = orders?.plan(index ?? 0);
    const entry = plan?.entries.find((e) => e.kind === 'do' && e.attempts.length > 1);
    if (entry?.kind !== 'do') throw new Error('no retried step');
    const path = `/workflows/order-fulfilment/instances/${orders?.ids[index ?? 0]}/step?name=${entry.name}&type=step&attempt=1`;
    const { body } = await get(path);
    expect(body.result).toMatchObject({ status: 'errored', error: entry.attempts[0]?.error });
  });

  it('redacts sensitive outputs in the log and in /step', async () => {
    const [row] = (await get('/workflows/onboarding-emails/instances?status=complete&per_page=1')).body
      .result;
    const detail = (await get(`/workflows/onboarding-emails/instances/${row.id}`)).body.result;
    const account = detail.steps.find((s: { name: string }) => s.name === 'create-account-1');
    expect(account.config.sensitive).toBe('output');
    expect(account.output).toBe('[REDACTED]');
    const step = await get(
      `/workflows/onboarding-emails/instances/${row.id}/step?name=create-account-1&type=step`,
    );
    expect(step.body.result.output).toBe('[REDACTED]');
    const wait = await get(
      `/workflows/onboarding-emails/instances/${row.id}/step?name=await-upgrade-1&type=waitForEvent`,
    );
    expect(wait.body.result.event_type).toBe('subscription-upgraded');
    expect(['complete', 'errored']).toContain(wait.body.result.status);
  });
});
