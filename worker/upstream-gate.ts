import { createCoalescer } from '../server/coalesce.ts';
import {
  createRateBudget,
  type RateBudget,
  type RateBudgetSnapshot,
  type RateBudgetState,
} from '../server/rate-budget.ts';
import { retryAfterMs } from '../server/upstream-call.ts';
import { SIMULATOR_BASE_URL } from '../simulator/index.ts';
import type { DurableObjectState, WorkerEnv } from './bindings.ts';

/** Asked of a gate for its budget; no upstream request has this origin. */
const BUDGET_URL = 'http://upstream-gate.invalid/budget';
/** Each gate serves one credential, so its budget needs only one key. */
const CREDENTIAL = 'credential';
const BUDGET_KEY = 'budget';

interface Answer {
  status: number;
  headers: [string, string][];
  body: ArrayBuffer;
}

/**
 * One Durable Object per credential, through which every upstream request of every isolate passes (the
 * mirror's, retries and /api/meta's account names): it counts them against Cloudflare's 1,200 requests
 * per 5 minutes per token, empties the budget on a 429 until its Retry-After, and lets identical
 * in-flight GETs share one upstream request. Upstream is the demo account's object or api.cloudflare.com.
 */
export class UpstreamGate {
  readonly #env: WorkerEnv;
  readonly #state: DurableObjectState;
  #budget = createRateBudget();
  readonly #flights = createCoalescer<Answer>();

  constructor(state: DurableObjectState, env: WorkerEnv) {
    this.#env = env;
    this.#state = state;
    // An idle object is evicted within seconds, but Cloudflare's window is five minutes: the count is
    // stored, and read back before the first request of a new life.
    state.blockConcurrencyWhile(async () => {
      const saved = await state.storage.get<RateBudgetState>(BUDGET_KEY);
      if (saved) this.#budget = createRateBudget(Date.now, saved);
    });
  }

  async fetch(request: Request): Promise<Response> {
    if (request.url === BUDGET_URL) return Response.json(this.#budget.snapshot(CREDENTIAL));
    const answer =
      request.method === 'GET'
        ? await this.#flights.run(
            `${request.headers.get('accept') ?? ''} ${request.url}`,
            request.signal,
            (signal) => this.#send(new Request(request, { signal })),
          )
        : await this.#send(request);
    return new Response(answer.body.slice(0), { status: answer.status, headers: answer.headers });
  }

  /** Not awaited: the object's output gate holds every answer until the write is durable. */
  #save(): void {
    void this.#state.storage.put(BUDGET_KEY, this.#budget.state());
  }

  async #send(request: Request): Promise<Answer> {
    this.#budget.record(CREDENTIAL);
    this.#save();
    const response = request.url.startsWith(SIMULATOR_BASE_URL)
      ? await this.#env.DEMO_ACCOUNT.get(this.#env.DEMO_ACCOUNT.idFromName('demo')).fetch(request)
      : await fetch(request);
    const body = await response.arrayBuffer();
    if (response.status === 429) {
      this.#budget.block(CREDENTIAL, Math.ceil(retryAfterMs(response.headers.get('retry-after')) / 1000));
      this.#save();
    }
    return { status: response.status, headers: [...response.headers], body };
  }
}

/** The Worker's side of a credential's gate: its upstream `fetch` and the budget the mirror reports. */
export function gateFor(env: WorkerEnv, identity: string) {
  const id = env.UPSTREAM_GATE.idFromName(identity);
  // A stub per call: stubs are cheap, and one made in another request's context must not be reused.
  const gate = () => env.UPSTREAM_GATE.get(id);
  const budget: RateBudget = {
    // The gate counts each request as it passes and reads 429s itself, so nothing goes uncounted.
    record: () => {},
    block: () => {},
    snapshot: async (): Promise<RateBudgetSnapshot> => {
      const answer: unknown = await (await gate().fetch(new Request(BUDGET_URL))).json();
      return isSnapshot(answer) ? answer : { remaining: 0, resetSeconds: 0 };
    },
  };
  return { fetch: (request: Request) => gate().fetch(request), budget };
}

function isSnapshot(value: unknown): value is RateBudgetSnapshot {
  return (
    typeof value === 'object' &&
    value !== null &&
    'remaining' in value &&
    typeof value.remaining === 'number' &&
    'resetSeconds' in value &&
    typeof value.resetSeconds === 'number'
  );
}
