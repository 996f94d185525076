/**
 * The words of facts: a quote with the sentence that reports it, and the sentence that reports an
 * authorization, a reversal or a supporting relation. Sentences contain their quotes verbatim, as evidence must.
 */
import type { EntityNode, RelationType } from './part-builder.ts';
import type { Prng } from './prng.ts';
import { CONTEXTS, OPENERS, PARTIAL_ADJECTIVES, PARTIAL_NOUNS, QUALIFIERS, VERBS } from './vocabulary.ts';

export interface Speech {
  quote: string;
  kind: 'DIRECT' | 'PARTIAL' | 'PARAPHRASE';
  context: string | null;
  sentence: string;
}

/** How a topic is named inside a sentence. */
export function phrase(topic: { name: string; type?: string }): string {
  return topic.type === 'Person' || topic.type === 'Place' ? topic.name : `the ${topic.name}`;
}

/** Something `speaker` said about `topic`; `attempt` > 0 varies it when the first draw was said already. */
export function speech(rng: Prng, speaker: EntityNode, topic: EntityNode, attempt = 0): Speech {
  const kind = rng.weighted([
    ['DIRECT', 50],
    ['PARTIAL', 20],
    ['PARAPHRASE', 30],
  ] as const);
  const context = rng.chance(0.6) ? rng.pick(CONTEXTS) : null;
  const when = context ? ` ${context}` : '';
  const t = phrase(topic);
  const again = attempt > 4 ? `, point ${attempt}` : '';
  if (kind === 'DIRECT') {
    const quote = `${rng.pick(OPENERS)} ${rng.pick(VERBS)} ${t} ${rng.pick(QUALIFIERS)}${again}`;
    return { quote, kind, context, sentence: `"${quote}," ${speaker.name} said${when}.` };
  }
  if (kind === 'PARTIAL') {
    const quote = `a ${rng.pick(PARTIAL_ADJECTIVES)} ${rng.pick(PARTIAL_NOUNS)} on ${t}${again}`;
    return { quote, kind, context, sentence: `${speaker.name} called it "${quote}"${when}.` };
  }
  const quote = `the government would ${rng.pick(VERBS)} ${t} ${rng.pick(QUALIFIERS)}${again}`;
  return { quote, kind, context, sentence: `${speaker.name} said${when} that ${quote}.` };
}

/** The sentence reporting a relation between two named things. */
export function report(rng: Prng, type: RelationType, from: { name: string; type?: string }, to: { name: string; type?: string; quote?: string }): string {
  const a = from.type === 'Policy' ? `The ${from.name}` : from.name;
  const b = phrase(to);
  switch (type) {
    case 'AUTHORIZED':
      return rng.pick([`${a} authorized ${b}.`, `${a} signed off on ${b}, officials said.`, `${a} approved ${b} on that day.`]);
    case 'REVERSED':
      if (to.quote !== undefined) return `${a} went back on the earlier words "${to.quote}".`;
      return rng.pick([`${a} reversed ${b}.`, `${a} rescinded ${b}, the statement said.`, `${a} overturned ${b}.`]);
    case 'CONCERNS':
      return `${a} covers ${b}.`;
    case 'APPLIES_TO':
      return `${a} applies to ${b}.`;
    case 'MEMBER_OF':
      return `${a} serves in ${b}.`;
    case 'SPEAKS_FOR':
      return `${a} spoke on behalf of ${b}.`;
  }
}

/** A confidence as extraction gives it: mostly certain, some doubt, a few below the review threshold. */
export function confidence(rng: Prng): number {
  const band = rng.weighted([
    ['sure', 70],
    ['likely', 27],
    ['doubtful', 3],
  ] as const);
  if (band === 'sure') return 1;
  if (band === 'likely') return Math.round((0.6 + rng.next() * 0.39) * 100) / 100;
  return Math.round((0.3 + rng.next() * 0.29) * 100) / 100;
}
