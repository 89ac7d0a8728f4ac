import { describe, expect, it } from 'vitest';
import { ACCOUNT, BASE_URL, fakeUpstream, liveApp } from './testing/fake-upstream.ts';

const WORKFLOWS = `/api/client/v4/accounts/${ACCOUNT}/workflows`;
const INSTANCE = `${WORKFLOWS}/orders/instances/order-123`;
const VERSION = '0f3c1e7a-5b2d-4c8e-9a1f-2b3c4d5e6f70';
const NAME_64 = `w${'x'.repeat(63)}`;
const ID_271 = `cf_${'a'.repeat(268)}`;

async function refused(path: string, init?: RequestInit) {
  const { upstream, calls } = fakeUpstream();
  const response = await liveApp(upstream).request(path, init);
  const body = await response.json();
  return { status: response.status, body, message: String(body.errors?.[0]?.message ?? ''), calls };
}

describe('parameter checks before anything goes upstream', () => {
  it.each([
    ['the workflow list with its paging and search', `${WORKFLOWS}?per_page=100&page=3&search=order_s-1`],
    ['a 64-character workflow name', `${WORKFLOWS}/${NAME_64}`],
    [
      'the instance list with every parameter it takes',
      `${WORKFLOWS}/orders/instances?per_page=1&cursor=eyJhIjoxfQ%3D%3D&direction=asc&status=errored&date_start=2026-08-14T02:00:00.000Z&date_end=2026-08-15`,
    ],
    ['a status Cloudflare adds next year', `${WORKFLOWS}/orders/instances?status=waitingForApproval`],
    ['the deprecated page parameter', `${WORKFLOWS}/orders/instances?page=2`],
    ['an instance with order and simple', `${INSTANCE}?order=desc&simple=true`],
    ['a 271-character system instance id', `${WORKFLOWS}/orders/instances/${ID_271}`],
    ['a step output', `${INSTANCE}/step?name=charge%20card-1&type=step&attempt=2`],
    ['a step type Cloudflare adds next year', `${INSTANCE}/step?name=x-1&type=waitForHuman`],
    ['the versions list', `${WORKFLOWS}/orders/versions?per_page=50&page=1`],
    ['a version', `${WORKFLOWS}/orders/versions/${VERSION}`],
    ['a version graph', `${WORKFLOWS}/orders/versions/${VERSION.toUpperCase()}/graph`],
  ])('forwards %s', async (_, path) => {
    const { upstream, calls } = fakeUpstream();
    const response = await liveApp(upstream).request(path);
    expect(response.status).toBe(200);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe(`${BASE_URL}${path.slice('/api/client/v4'.length)}`);
  });

  it.each([
    ['a 65-character workflow name', `${WORKFLOWS}/w${'x'.repeat(64)}`, 'workflow_name'],
    ['a workflow name starting with a dash', `${WORKFLOWS}/-orders`, 'workflow_name'],
    ['a workflow name with a dot', `${WORKFLOWS}/orders.v2/instances`, 'workflow_name'],
    ['a workflow name with unicode', `${WORKFLOWS}/%C3%A9t%C3%A9`, 'workflow_name'],
    ['a 272-character instance id', `${WORKFLOWS}/orders/instances/${ID_271}x`, 'instance_id'],
    ['an instance id with a space', `${WORKFLOWS}/orders/instances/a%20b`, 'instance_id'],
    ['an instance id with a colon', `${WORKFLOWS}/orders/instances/a:b`, 'instance_id'],
    ['an event type with a dot', `${INSTANCE}/events/a.b`, 'event_type'],
    ['a version id that is not a UUID', `${WORKFLOWS}/orders/versions/latest`, 'version_id'],
  ])('refuses %s, naming the path parameter', async (_, path, param) => {
    const { status, body, message, calls } = await refused(path);
    expect(status).toBe(400);
    expect(body).toMatchObject({ success: false, errors: [{ code: 10002 }], messages: [], result: null });
    expect(message).toContain(`Invalid path parameter: ${param}`);
    expect(calls).toHaveLength(0);
  });

  it.each([
    ['per_page above 100', `${WORKFLOWS}?per_page=101`, 'per_page'],
    ['per_page of 0', `${WORKFLOWS}/orders/instances?per_page=0`, 'per_page'],
    ['a fractional per_page', `${WORKFLOWS}/orders/versions?per_page=2.5`, 'per_page'],
    ['a negative page', `${WORKFLOWS}?page=-1`, 'page'],
    ['a page in hex', `${WORKFLOWS}?page=0x10`, 'page'],
    ['a search that is no workflow name', `${WORKFLOWS}?search=a%20b`, 'search'],
    ['a cursor with a space', `${WORKFLOWS}/orders/instances?cursor=a+b`, 'cursor'],
    ['a direction other than asc or desc', `${WORKFLOWS}/orders/instances?direction=up`, 'direction'],
    ['a status that is no word', `${WORKFLOWS}/orders/instances?status=error%27d`, 'status'],
    ['a status with a capital first', `${WORKFLOWS}/orders/instances?status=Errored`, 'status'],
    [
      'a date with an offset',
      `${WORKFLOWS}/orders/instances?date_start=2026-08-14T02:00:00%2B02:00`,
      'date_start',
    ],
    ['a date that does not exist', `${WORKFLOWS}/orders/instances?date_end=2026-02-30T99:00:00Z`, 'date_end'],
    ['a date in words', `${WORKFLOWS}/orders/instances?date_end=yesterday`, 'date_end'],
    ['simple other than true or false', `${INSTANCE}?simple=yes`, 'simple'],
    ['an order other than asc or desc', `${INSTANCE}?order=newest`, 'order'],
    ['a step without a name', `${INSTANCE}/step?type=step`, 'name'],
    ['a step without a type', `${INSTANCE}/step?name=a-1`, 'type'],
    ['a step attempt of 0', `${INSTANCE}/step?name=a-1&type=step&attempt=0`, 'attempt'],
    ['a step name with a control character', `${INSTANCE}/step?name=a%0A-1&type=step`, 'name'],
    ['a parameter the endpoint does not take', `${INSTANCE}?per_page=5`, 'per_page'],
    ['an unknown parameter', `${WORKFLOWS}?debug=1`, 'debug'],
    ['a parameter given twice', `${WORKFLOWS}/orders/instances?status=errored&status=complete`, 'status'],
    ['a broken escape in a value', `${WORKFLOWS}?page=%E0%A4%A`, 'page'],
    ['any query on the workflow itself', `${WORKFLOWS}/orders?page=1`, 'page'],
  ])('refuses %s, naming the query parameter', async (_, path, param) => {
    const { status, body, message, calls } = await refused(path);
    expect(status).toBe(400);
    expect(body).toMatchObject({ success: false, errors: [{ code: 10002 }], messages: [], result: null });
    expect(message).toContain(`Invalid query parameter: ${param}`);
    expect(calls).toHaveLength(0);
  });

  it.each([
    ['an endpoint the API does not have', `${WORKFLOWS}/orders/secrets`],
    ['a deeper path below an instance', `${INSTANCE}/step/extra`],
    ['a path below a version graph', `${WORKFLOWS}/orders/versions/${VERSION}/graph/x`],
  ])('answers 404 for %s without asking upstream', async (_, path) => {
    const { status, body, calls } = await refused(path);
    expect(status).toBe(404);
    expect(body).toMatchObject({ success: false, errors: [{ code: 7000 }] });
    expect(calls).toHaveLength(0);
  });

  it('forwards escaped but valid path parameters in their plain form', async () => {
    const { upstream, calls } = fakeUpstream();
    const response = await liveApp(upstream).request(`${WORKFLOWS}/or%64ers/instances/a%2Db`);
    expect(response.status).toBe(200);
    expect(calls[0]?.url).toBe(`${BASE_URL}/accounts/${ACCOUNT}/workflows/orders/instances/a-b`);
  });

  it('refuses an oversized URL with 414 and oversized headers with 431, both as envelopes', async () => {
    const long = await refused(`${WORKFLOWS}/orders/instances?cursor=${'a'.repeat(9000)}`);
    expect(long.status).toBe(414);
    expect(long.body).toMatchObject({ success: false, errors: [{ code: 10414 }] });
    expect(long.calls).toHaveLength(0);
    const headers = await refused(WORKFLOWS, { headers: { cookie: `a=${'b'.repeat(13_000)}` } });
    expect(headers.status).toBe(431);
    expect(headers.body).toMatchObject({ success: false, errors: [{ code: 10431 }] });
    expect(headers.message).toMatch(/12288/);
    expect(headers.calls).toHaveLength(0);
  });
});
