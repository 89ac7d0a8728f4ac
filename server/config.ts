import { z } from 'zod';
import { numberIn, optionalText, urlText } from './config-fields.ts';

export const DEFAULT_API_BASE_URL = 'https://api.cloudflare.com/client/v4';
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 5173;
export const DEFAULT_UPSTREAM_TIMEOUT_MS = 30_000;
export const DEFAULT_DEMO_INSTANCES = 3000;
export const DEFAULT_DEMO_SEED = 1;

export type Credentials = { kind: 'token'; token: string } | { kind: 'key'; email: string; key: string };

interface CommonConfig {
  host: string;
  port: number;
  /** DASHBOARD_PASSWORD; required when `host` is not a loopback address. */
  password: string | undefined;
  upstreamTimeoutMs: number;
  apiBaseUrl: string;
  /** DASHBOARD_WRITES=1: the mirror forwards the allowed writes (server/writes/); off by default. */
  writes: boolean;
}
export interface DemoConfig extends CommonConfig {
  mode: 'demo';
  demo: { instances: number; seed: number; faults: string | undefined };
}
export interface LiveConfig extends CommonConfig {
  mode: 'live';
  credentials: Credentials;
  accountIds: string[];
}
export type Config = DemoConfig | LiveConfig;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Account ids go into URL paths, so only path-safe characters are accepted. */
const ACCOUNT_ID = /^[A-Za-z0-9_-]{1,64}$/;
const FAULTS = /^[a-z0-9]+=[0-9.]+(-[0-9.]+)?(,[a-z0-9]+=[0-9.]+(-[0-9.]+)?)*$/i;

const envSchema = z.object({
  CLOUDFLARE_API_TOKEN: optionalText,
  CLOUDFLARE_EMAIL: optionalText,
  CLOUDFLARE_API_KEY: optionalText,
  CLOUDFLARE_ACCOUNT_ID: optionalText.transform((value, ctx) => {
    const ids = [...new Set((value ?? '').split(',').map((id) => id.trim()))].filter(Boolean);
    for (const id of ids.filter((id) => !ACCOUNT_ID.test(id))) {
      ctx.addIssue({ code: 'custom', message: `CLOUDFLARE_ACCOUNT_ID must list account ids, got '${id}'` });
    }
    return ids;
  }),
  CLOUDFLARE_API_BASE_URL: urlText('CLOUDFLARE_API_BASE_URL', DEFAULT_API_BASE_URL),
  DEMO: flag('DEMO'),
  DASHBOARD_WRITES: flag('DASHBOARD_WRITES'),
  DEMO_INSTANCES: numberIn(
    'DEMO_INSTANCES',
    'a whole number of instances (1 to 1000000)',
    1,
    1_000_000,
    DEFAULT_DEMO_INSTANCES,
  ),
  DEMO_SEED: numberIn('DEMO_SEED', 'a whole-number seed', 0, 2 ** 32 - 1, DEFAULT_DEMO_SEED),
  DEMO_FAULTS: optionalText.refine((value) => value === undefined || FAULTS.test(value.replace(/\s/g, '')), {
    error: (issue) => `DEMO_FAULTS must look like '429=0.05,500=0.02,latency=50-2000', got '${issue.input}'`,
  }),
  HOST: optionalText.transform((value) => value ?? DEFAULT_HOST),
  PORT: numberIn('PORT', 'a port number', 0, 65_535, DEFAULT_PORT),
  DASHBOARD_PASSWORD: optionalText,
  UPSTREAM_TIMEOUT_MS: numberIn(
    'UPSTREAM_TIMEOUT_MS',
    'a number of milliseconds (1 to 600000)',
    1,
    600_000,
    DEFAULT_UPSTREAM_TIMEOUT_MS,
  ),
});

function flag(name: string) {
  return optionalText.transform((value, ctx) => {
    if (value === undefined || value === '0' || value === 'false') return false;
    if (value === '1' || value === 'true') return true;
    ctx.addIssue({ code: 'custom', message: `${name} must be 1 or 0, got '${value}'` });
    return false;
  });
}

/** True for addresses only this machine can reach: 127.0.0.0/8, ::1 and localhost. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  return bare === 'localhost' || bare === '::1' || /^127(\.\d{1,3}){3}$/.test(bare);
}

/**
 * Reads the configuration from an env record (process.env merged with .env). Demo mode when DEMO=1 or no
 * credentials are set; live mode needs credentials and at least one account id. Throws ConfigError listing
 * every problem, one per line.
 */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((issue) => issue.message).join('\n'));
  const e = parsed.data;
  const common: CommonConfig = {
    host: e.HOST,
    port: e.PORT,
    password: e.DASHBOARD_PASSWORD,
    upstreamTimeoutMs: e.UPSTREAM_TIMEOUT_MS,
    apiBaseUrl: e.CLOUDFLARE_API_BASE_URL,
    writes: e.DASHBOARD_WRITES,
  };
  if (!isLoopbackHost(common.host) && common.password === undefined) {
    throw new ConfigError(
      `DASHBOARD_PASSWORD is required when HOST=${common.host} (the dashboard would be reachable beyond this machine)`,
    );
  }
  const credentials = readCredentials(e.CLOUDFLARE_API_TOKEN, e.CLOUDFLARE_EMAIL, e.CLOUDFLARE_API_KEY);
  if (e.DEMO || credentials === undefined) {
    return {
      ...common,
      mode: 'demo',
      demo: { instances: e.DEMO_INSTANCES, seed: e.DEMO_SEED, faults: e.DEMO_FAULTS },
    };
  }
  if (e.CLOUDFLARE_ACCOUNT_ID.length === 0) {
    throw new ConfigError(
      'CLOUDFLARE_ACCOUNT_ID is required in live mode: the account id (or a comma-separated list) the dashboard may read',
    );
  }
  return { ...common, mode: 'live', credentials, accountIds: e.CLOUDFLARE_ACCOUNT_ID };
}

function readCredentials(token?: string, email?: string, key?: string): Credentials | undefined {
  if (token !== undefined) return { kind: 'token', token };
  if (email !== undefined && key !== undefined) return { kind: 'key', email, key };
  if (email !== undefined || key !== undefined) {
    throw new ConfigError(
      'CLOUDFLARE_EMAIL and CLOUDFLARE_API_KEY go together (global API key auth); set both, or set CLOUDFLARE_API_TOKEN instead',
    );
  }
  return undefined;
}
