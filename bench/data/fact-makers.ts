/**
 * One call per fact: a statement or a relation with its words, date and confidence, added to a part. The
 * core and the shards differ only in who says and does what, which they decide; this is how each fact is made.
 */
import type { FactDate } from '../../src/facts/dates.ts';
import { randomFactDate } from './dates.ts';
import type { EntityNode, PartBuilder, Props, RelationType } from './part-builder.ts';
import type { Prng } from './prng.ts';
import { confidence, report, speech } from './speech.ts';

const RETRIES = 20;

/** `speaker` says something about `topics` (the first is named in the quote), dated in [fromYear, toYear]. */
export function say(part: PartBuilder, rng: Prng, speaker: EntityNode, topics: EntityNode[], years: [number, number]): Props | null {
  const date = randomFactDate(rng, ...years);
  for (let attempt = 0; attempt < RETRIES; attempt++) {
    const words = speech(rng, speaker, topics[0]!, attempt);
    const made = part.statement({ speaker, ...words, date, confidence: confidence(rng), about: topics });
    if (made) return made;
  }
  return null;
}

type End = EntityNode | { id: string; name: string; type: 'Statement'; quote: string };

/** A relation from one end to the other; a statement target is a REVERSED of earlier words. */
export function relate(part: PartBuilder, rng: Prng, type: RelationType, from: EntityNode, to: End, date: FactDate, role?: string): Props | null {
  const toLabel = to.type === 'Statement' ? 'Statement' : 'Entity';
  return part.relation({
    type,
    from: { id: from.id, name: from.name, label: 'Entity' },
    to: { id: to.id, name: to.name, label: toLabel },
    date,
    confidence: confidence(rng),
    role: role ?? null,
    sentence: report(rng, type, from, to),
  });
}

