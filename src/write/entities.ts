/**
 * Creating and editing entities outside an article: an editor adds a person, fixes a name, adds an alias.
 */
import type { Database, RoundTripCounter } from '../db/database.ts';
import { entitySchema, TYPE_BY_PREFIX, type EntityInput } from '../facts/document.ts';
import { nameKey, newId } from '../facts/ids.ts';
import { AppError, badInput, notFound } from '../errors.ts';
import { limits } from '../limits.ts';
import { entityProps } from './prepare-document.ts';

function zodError(error: { issues: Array<{ path: PropertyKey[]; message: string }> }, prefix: string) {
  const first = error.issues[0];
  const field = [prefix, ...(first?.path ?? []).map(String)].filter(Boolean).join('.');
  return badInput(`${field}: ${first?.message ?? 'invalid'}`, { field, issues: error.issues.map((i) => ({ path: i.path.map(String), message: i.message })) });
}

export function parseEntityInput(input: unknown): EntityInput {
  const parsed = entitySchema.safeParse(input);
  if (!parsed.success) throw zodError(parsed.error, 'input');
  return parsed.data;
}

export async function createEntity(db: Database, input: unknown, counter?: RoundTripCounter): Promise<string> {
  const e = parseEntityInput(input);
  const id = e.id ?? newId(e.type, e.name);
  if (TYPE_BY_PREFIX[id.split(':')[0] ?? ''] !== e.type) throw badInput(`id "${id}" does not fit type ${e.type}`, { field: 'input.id' });
  const aliases = [...new Set(e.aliases.filter((a) => a !== e.name))];
  const created = await db.write(
    async (tx) => {
      const result = await tx.run(
        `OPTIONAL MATCH (existing:Entity {id: $id})
         CALL (existing) {
           WITH existing WHERE existing IS NULL
           CREATE (e:Entity {id: $id})
           SET e += $props, e.kind = $type, e.createdAt = datetime()
           RETURN true AS created
           UNION
           WITH existing WHERE existing IS NOT NULL
           RETURN false AS created
         }
         RETURN created`,
        {
          id,
          type: e.type,
          props: {
            ...entityProps(e),
            aliases,
            aliasText: aliases.map((a) => a + '\n').join(''),
            nameKeys: [...new Set([e.name, ...aliases].map(nameKey))],
          },
        },
      );
      const wasCreated = Boolean(result.records[0]?.get('created'));
      // Labels cannot be parameters; the type comes from a closed enum, checked above.
      if (wasCreated) await tx.run(`MATCH (e:Entity {id: $id}) SET e:${e.type}`, { id });
      return wasCreated;
    },
    { counter, timeoutMs: limits.writeTimeoutMs, metadata: { op: 'createEntity' } },
  );
  if (!created) throw new AppError('CONFLICT', `an entity with the id "${id}" exists already`, { id });
  return id;
}

export interface EntityUpdate {
  name?: string | null;
  addAliases?: string[] | null;
  removeAliases?: string[] | null;
  description?: string | null;
  title?: string | null;
}

export async function updateEntity(db: Database, id: string, update: EntityUpdate, counter?: RoundTripCounter): Promise<void> {
  const check = entitySchema.pick({ name: true, aliases: true, description: true, title: true }).partial().safeParse({
    name: update.name ?? undefined,
    aliases: [...(update.addAliases ?? []), ...(update.removeAliases ?? [])],
    description: update.description ?? undefined,
    title: update.title ?? undefined,
  });
  if (!check.success) throw zodError(check.error, 'input');
  const found = await db.write(
    async (tx) => {
      const result = await tx.run(
        `MATCH (e:Entity {id: $id})
         WITH e, CASE WHEN $name IS NULL OR $name = e.name THEN null ELSE e.name END AS oldName
         SET e.name = coalesce($name, e.name),
             e.description = coalesce($description, e.description),
             e.title = coalesce($title, e.title)
         WITH e, [a IN coalesce(e.aliases, []) + CASE WHEN oldName IS NULL THEN [] ELSE [oldName] END + $add
                  WHERE NOT a IN $remove AND a <> e.name] AS aliases
         WITH e, reduce(acc = [], a IN aliases | CASE WHEN a IN acc THEN acc ELSE acc + a END) AS aliases
         SET e.aliases = aliases,
             e.aliasText = reduce(s = '', a IN aliases | s + a + '\n'),
             e.nameKeys = $keysOf(e.name, aliases)
         RETURN e.id AS id`.replace('$keysOf(e.name, aliases)', '[k IN [e.name] + aliases | k]'),
        {
          id,
          name: update.name ?? null,
          description: update.description ?? null,
          title: update.title ?? null,
          add: update.addAliases ?? [],
          remove: update.removeAliases ?? [],
        },
      );
      if (result.records.length === 0) return false;
      // Name keys are folded in code, the same way every look-up folds them.
      const row = await tx.run(`MATCH (e:Entity {id: $id}) RETURN e.name AS name, e.aliases AS aliases`, { id });
      const name = row.records[0]!.get('name') as string;
      const aliases = row.records[0]!.get('aliases') as string[];
      await tx.run(`MATCH (e:Entity {id: $id}) SET e.nameKeys = $keys`, {
        id,
        keys: [...new Set([name, ...aliases].map(nameKey))],
      });
      return true;
    },
    { counter, timeoutMs: limits.writeTimeoutMs, metadata: { op: 'updateEntity' } },
  );
  if (!found) throw notFound(`no entity has the id "${id}"`, { id });
}
