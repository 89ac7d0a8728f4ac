import { describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { runtimeFromConfig } from './app-options.ts';
import { parseConfig } from './config.ts';

function demoApp(faults: string, timeoutMs = 200) {
  const config = parseConfig({
    DEMO: '1',
    DEMO_FAULTS: faults,
    DEMO_INSTANCES: '200',
    UPSTREAM_TIMEOUT_MS: `${timeoutMs}`,
  });
  const { options } = runtimeFromConfig(config, { version: '0.0.0' });
  return { app: createApp({ ...options, log: () => {} }), account: options.accountIds[0] };
}

describe('DEMO_FAULTS through the server', () => {
  it('turns a dropped connection into a 502 envelope after its retries', async () => {
    const { app, account } = demoApp('reset=1');
    const response = await app.request(`/api/client/v4/accounts/${account}/workflows`);
    expect(response.status).toBe(502);
    expect(await response.json()).toMatchObject({ success: false, errors: [{ code: 10502 }] });
  });

  it('turns no answer into a 504 envelope at UPSTREAM_TIMEOUT_MS', async () => {
    const { app, account } = demoApp('timeout=1', 100);
    const started = Date.now();
    const response = await app.request(`/api/client/v4/accounts/${account}/workflows`);
    expect(response.status).toBe(504);
    // The injected fault never answers: only the 100 ms timeout ends the request.
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('passes a malformed 200 on as it came, for the app to report', async () => {
    const { app, account } = demoApp('malformed=1');
    const response = await app.request(`/api/client/v4/accounts/${account}/workflows`);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(() => {
      const body = JSON.parse(text);
      if (!Array.isArray(body.result)) throw new Error('not the schema');
    }).toThrow();
  });
});
