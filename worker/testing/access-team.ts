import { createServer, type Server } from 'node:http';
import { type CryptoKey, exportJWK, generateKeyPair, type JWTPayload, SignJWT } from 'jose';

/** A stand-in for `https://<team>.cloudflareaccess.com`: its certificates endpoint and its signing key. */
export interface AccessTeam {
  issuer: string;
  certsUrl: string;
  /** A token as Access would sign it; `claims` and `key` change it for the refusal cases. */
  token(claims?: JWTPayload & { expiresIn?: string }, key?: 'team' | 'stranger'): Promise<string>;
  close(): Promise<void>;
}

const KID = 'access-test-key';

/** Serves a JWK set on 127.0.0.1 (Access's `{ keys, public_cert, public_certs }` shape) for the team key. */
export async function startAccessTeam(issuer: string, audience: string): Promise<AccessTeam> {
  const team = await generateKeyPair('RS256', { extractable: true });
  const stranger = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(team.publicKey)), kid: KID, alg: 'RS256', use: 'sig' };
  const server: Server = createServer((_request, response) => {
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ keys: [jwk], public_cert: {}, public_certs: [] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const sign = (claims: JWTPayload & { expiresIn?: string }, key: CryptoKey) => {
    const { expiresIn, ...payload } = claims;
    return new SignJWT({ email: 'ada@example.com', type: 'app', ...payload })
      .setProtectedHeader({ alg: 'RS256', kid: KID })
      .setIssuer(claims.iss ?? issuer)
      .setAudience(claims.aud ?? audience)
      .setSubject('7335d417-61da-459d-899c-0a01c76a2f94')
      .setIssuedAt()
      .setExpirationTime(expiresIn ?? '1h')
      .sign(key);
  };
  return {
    issuer,
    certsUrl: `http://127.0.0.1:${port}/cdn-cgi/access/certs`,
    token: (claims = {}, key = 'team') =>
      sign(claims, key === 'team' ? team.privateKey : stranger.privateKey),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
