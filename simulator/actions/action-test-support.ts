import { testSimulator } from '../test-support.ts';

export const MIN = 60_000;
type Json = Record<string, unknown>;

/** A simulator on a movable clock (at T0) with helpers to write and read back. */
export function setup() {
  const s = testSimulator({ instances: 1500 });
  const write = (method: string, path: string, body?: unknown) =>
    s.get(path, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const status = (workflow: string, id: string) => (body: Json) =>
    write('PATCH', `/workflows/${workflow}/instances/${id}/status`, body);
  const detail = async (workflow: string, id: string) =>
    (await s.get(`/workflows/${workflow}/instances/${id}`)).body.result;
  const firstWith = async (workflow: string, wanted: string) => {
    const list = await s.get(`/workflows/${workflow}/instances?status=${wanted}&per_page=100`);
    return list.body.result as { id: string; status: string }[];
  };
  const live = async (workflow: string) => [
    ...(await firstWith(workflow, 'running')),
    ...(await firstWith(workflow, 'waiting')),
  ];
  const counts = async (workflow: string) => (await s.get(`/workflows/${workflow}`)).body.result.instances;
  return { ...s, write, status, detail, firstWith, live, counts };
}
