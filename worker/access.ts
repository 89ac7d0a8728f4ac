import { createRemoteJWKSet, errors, jwtVerify } from 'jose';

/** A Cloudflare Access application, as Cloudflare's own Worker examples name its settings. */
export interface AccessPolicy {
  /** TEAM_DOMAIN, e.g. https://acme.cloudflareaccess.com: the tokens' issuer. */
  teamDomain: string;
  /** POLICY_AUD: the application's Audience (AUD) tag. */
  audience: string;
  /** `${TEAM_DOMAIN}/cdn-cgi/access/certs` unless ACCESS_CERTS_URL overrides it (tests). */
  certsUrl: string;
}

export type AccessResult = { ok: true; email: string | undefined } | { ok: false; reason: string };

/** One key set per certificates URL and isolate: jose caches the keys and refetches on an unknown `kid`. */
const keySets = new Map<string, ReturnType<typeof createRemoteJWKSet>>();

/**
 * Verifies the `Cf-Access-Jwt-Assertion` header Access adds to every request it lets through: RS256
 * signature against the team's certificates, `aud`, `iss` and expiry. Any failure is a refusal, whose
 * reason names the check but never echoes the token.
 */
export async function verifyAccess(request: Request, policy: AccessPolicy): Promise<AccessResult> {
  const token = request.headers.get('cf-access-jwt-assertion');
  if (!token) return { ok: false, reason: 'no Cf-Access-Jwt-Assertion header: sign in through Access' };
  let keys = keySets.get(policy.certsUrl);
  if (!keys) {
    keys = createRemoteJWKSet(new URL(policy.certsUrl));
    keySets.set(policy.certsUrl, keys);
  }
  try {
    const { payload } = await jwtVerify(token, keys, {
      issuer: policy.teamDomain,
      audience: policy.audience,
      algorithms: ['RS256'],
    });
    return { ok: true, email: typeof payload.email === 'string' ? payload.email : undefined };
  } catch (error) {
    return { ok: false, reason: refusalReason(error) };
  }
}

function refusalReason(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'the Access token has expired';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'aud') return 'the Access token is for another application (aud)';
    if (error.claim === 'iss') return 'the Access token comes from another team (iss)';
    return `the Access token's ${error.claim} claim is not valid`;
  }
  if (error instanceof errors.JWSSignatureVerificationFailed || error instanceof errors.JWKSNoMatchingKey)
    return "the Access token's signature does not match the team's certificates";
  if (error instanceof errors.JOSEError) return `the Access token is not valid (${error.code})`;
  return 'the Access certificates could not be read';
}

/** `acme.cloudflareaccess.com/` → `https://acme.cloudflareaccess.com`, the form of the tokens' `iss`. */
export function normaliseTeamDomain(value: string): string {
  const withScheme = /^https?:\/\//.test(value) ? value : `https://${value}`;
  return withScheme.replace(/\/+$/, '');
}
