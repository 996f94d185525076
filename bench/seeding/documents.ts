/**
 * Facts documents for the seeding measurement, in the shape `ingestFacts` takes (src/facts/document.ts): an
 * article with its text, three new people and a new policy, eight statements (some by the head of state, about
 * entities already in the graph), an authorization, an affiliation and a relation. Copies made with different
 * tags hold the same facts under different names, so each path writes its own, new, equal-sized articles.
 */
import type { FactsDocumentInput } from '../../src/facts/document.ts';
import { newId } from '../../src/facts/ids.ts';
import type { Landmarks } from '../data/dataset.ts';
import { Prng } from '../data/prng.ts';
import { FIRST_NAMES, LAST_NAMES, OPENERS, OUTLETS, QUALIFIERS, VERBS } from '../data/vocabulary.ts';

const STATEMENTS_PER_ARTICLE = 8;

export function seedingDocuments(count: number, tag: string, landmarks: Landmarks): FactsDocumentInput[] {
  // The same stream for every tag: only the names differ between copies.
  const rng = new Prng('seeding-documents');
  const existingTopics = [
    { ref: 'place:valdoria', name: 'Valdoria' },
    { ref: landmarks.minister.id, name: landmarks.minister.name },
    { ref: newId('Agency', 'Alliance Defence Council'), name: 'the Alliance Defence Council' },
    { ref: newId('Agency', 'Council on Arms Transfers'), name: 'the Council on Arms Transfers' },
  ];
  return Array.from({ length: count }, (_, i) => {
    const label = `${tag}${i}`;
    const people = ['a', 'b', 'c'].map((k) => `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}-${label}${k}`);
    const policy = `Directive ${label} on border air defence`;
    const day = `2025-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
    const sentences: string[] = [];
    const statements = Array.from({ length: STATEMENTS_PER_ARTICLE }, (_, j) => {
      const byHub = j === 0 && i % 3 === 0;
      const speaker = byHub ? { ref: landmarks.hub.id, name: landmarks.hub.name } : { ref: people[j % 3]!, name: people[j % 3]! };
      const topic = j % 2 === 0 ? rng.pick(existingTopics) : { ref: policy, name: `the ${policy}` };
      const quote = `${rng.pick(OPENERS)} ${rng.pick(VERBS)} ${topic.name} ${rng.pick(QUALIFIERS)}, point ${j} of ${label}`;
      const sentence = `"${quote}," ${speaker.name} said.`;
      sentences.push(sentence);
      return { speaker: speaker.ref, quote, kind: 'DIRECT' as const, date: day, about: [topic.ref], evidence: { sentence } };
    });
    const facts = [
      { type: 'AUTHORIZED' as const, from: people[0]!, to: policy, sentence: `${people[0]} authorized the ${policy}.` },
      { type: 'MEMBER_OF' as const, from: people[1]!, to: existingTopics[2]!.ref, sentence: `${people[1]} serves in the Alliance Defence Council.` },
      { type: 'APPLIES_TO' as const, from: policy, to: 'place:valdoria', sentence: `The ${policy} applies to Valdoria.` },
    ].map((f) => {
      sentences.push(f.sentence);
      return { type: f.type, from: f.from, to: f.to, date: day, evidence: { sentence: f.sentence } };
    });
    const title = `Wire report ${label}: ${people[0]} and the ${policy}`;
    return {
      article: {
        title,
        url: `https://wire.example.org/${day.slice(0, 4)}/${label}`,
        publisher: newId('Agency', rng.pick(OUTLETS)),
        publishedAt: day,
        text: `${title}\n\n${sentences.join(' ')}`,
      },
      entities: [
        ...people.map((name) => ({ type: 'Person' as const, name, title: 'deputy minister' })),
        { type: 'Policy' as const, name: policy, effect: 'PERMIT' as const },
      ],
      statements,
      facts,
    };
  });
}
