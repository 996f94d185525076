/**
 * Credentials. Reads are open; writes need the editor role, from an API key (`Authorization: Bearer <key>` or
 * `X-Api-Key: <key>`; keys are configured as `name:key[:role+role]` entries, comma-separated) or from a signed
 * JWT (`Authorization: Bearer <jwt>`, HS256 with the configured secret, roles in a `roles` claim).
 */
import { timingSafeEqual } from 'node:crypto';
import { jwtVerify } from 'jose';
import type { Caller } from './graph/context.ts';

export interface ApiKey {
  name: string;
  key: string;
  roles: string[];
}

export function parseApiKeys(spec: string | undefined): ApiKey[] {
  if (!spec) return [];
  return spec
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const [name, key, roles] = entry.split(':');
      if (!name || !key || key.length < 16) throw new Error(`API key entry "${name ?? ''}" needs name:key with a key of 16+ characters`);
      return { name, key, roles: roles ? roles.split('+') : ['editor'] };
    });
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export const ANONYMOUS: Caller = { subject: null, roles: [], invalid: false };

export interface JwtOptions {
  secret: Uint8Array;
  issuer?: string | undefined;
  audience?: string | undefined;
}

const JWT_SHAPE = /^[\w-]+\.[\w-]+\.[\w-]+$/;

export async function callerFromHeaders(headers: Headers, keys: ApiKey[], jwt?: JwtOptions | null): Promise<Caller> {
  const bearer = /^Bearer\s+(.+)$/i.exec(headers.get('authorization') ?? '')?.[1]?.trim();
  const presented = bearer ?? headers.get('x-api-key')?.trim() ?? null;
  if (!presented) return ANONYMOUS;
  if (jwt && JWT_SHAPE.test(presented)) {
    try {
      const { payload } = await jwtVerify(presented, jwt.secret, {
        algorithms: ['HS256'],
        issuer: jwt.issuer,
        audience: jwt.audience,
      });
      const roles = Array.isArray(payload.roles) ? payload.roles.map(String) : typeof payload.role === 'string' ? [payload.role] : [];
      return { subject: payload.sub ?? 'token', roles, invalid: false };
    } catch {
      return { subject: null, roles: [], invalid: true };
    }
  }
  const match = keys.find((k) => sameSecret(k.key, presented));
  if (!match) return { subject: null, roles: [], invalid: true };
  return { subject: match.name, roles: match.roles, invalid: false };
}
