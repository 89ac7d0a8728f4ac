import { type Config, ConfigError, parseConfig } from '../server/config.ts';
import { type AccessPolicy, normaliseTeamDomain } from './access.ts';
import { stringVars, type WorkerEnv } from './bindings.ts';

export type WorkerSetup =
  | { ok: true; config: Config; access: AccessPolicy | undefined; notice: string | undefined }
  | { ok: false; problem: string };

/**
 * Reads the Worker's variables and secrets. Access applies in every mode once TEAM_DOMAIN and
 * POLICY_AUD are set; without them the API token stays unused and the Worker serves demo mode only, so
 * a deployment never exposes an account to whoever finds its URL.
 */
export function readSetup(env: WorkerEnv): WorkerSetup {
  const vars = stringVars(env);
  const teamDomain = vars.TEAM_DOMAIN?.trim() || undefined;
  const audience = vars.POLICY_AUD?.trim() || undefined;
  if ((teamDomain === undefined) !== (audience === undefined)) {
    return {
      ok: false,
      problem: 'TEAM_DOMAIN and POLICY_AUD go together: set both (Cloudflare Access) or neither (demo only)',
    };
  }
  const access =
    teamDomain && audience
      ? {
          teamDomain: normaliseTeamDomain(teamDomain),
          audience,
          certsUrl:
            vars.ACCESS_CERTS_URL?.trim() || `${normaliseTeamDomain(teamDomain)}/cdn-cgi/access/certs`,
        }
      : undefined;
  try {
    const config = parseConfig(vars);
    if (config.mode === 'live' && !access) {
      return {
        ok: true,
        config: parseConfig({ ...vars, DEMO: '1' }),
        access,
        notice:
          'Serving demo mode only: the API token is set, but TEAM_DOMAIN and POLICY_AUD (Cloudflare Access) are not, and the Worker will not expose an account without them',
      };
    }
    return { ok: true, config, access, notice: undefined };
  } catch (error) {
    if (error instanceof ConfigError) return { ok: false, problem: error.message };
    throw error;
  }
}

/** Demo mode's settings (DEMO_SEED, DEMO_INSTANCES, DEMO_FAULTS), whatever the mode. */
export function demoSettings(env: WorkerEnv): { seed: number; instances: number; faults?: string } {
  const config = parseConfig({ ...stringVars(env), DEMO: '1' });
  return config.mode === 'demo' ? config.demo : { seed: 1, instances: 3000 };
}
