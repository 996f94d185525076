/**
 * Credentials. Reads are open; writes need an editor's API key (`Authorization: Bearer <key>` or
 * `X-Api-Key: <key>`). Keys are configured as `name:key[:role+role]` entries, comma-separated.
 */
import { timingSafeEqual } from 'node:crypto';
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

export function callerFromHeaders(headers: Headers, keys: ApiKey[]): Caller {
  const bearer = /^Bearer\s+(.+)$/i.exec(headers.get('authorization') ?? '')?.[1];
  const presented = bearer ?? headers.get('x-api-key') ?? null;
  if (!presented) return ANONYMOUS;
  const match = keys.find((k) => sameSecret(k.key, presented.trim()));
  if (!match) return { subject: null, roles: [], invalid: true };
  return { subject: match.name, roles: match.roles, invalid: false };
}
