/**
 * Turns a part's facts into the articles that report them. Facts are taken in date order and grouped a few to
 * an article (published a little after its latest fact); a quarter of them are reported again by a later
 * article, so a fact cites one or two articles. Each article's text is made of its facts' sentences, and each
 * fact records the article, the sentence and its offsets, as the write path does.
 */
import { slugify, textHash } from '../../src/facts/ids.ts';
import { addDays } from './dates.ts';
import type { CitedFact, EntityNode, PartBuilder } from './part-builder.ts';
import type { Prng } from './prng.ts';
import { HEADLINE_FORMS } from './vocabulary.ts';

const FACTS_PER_ARTICLE: [number, number] = [4, 12];
const SECOND_SOURCE_SHARE = 0.25;
/** How many articles later a fact may be reported again. */
const FOLLOW_UP_WINDOW = 8;

function headline(rng: Prng, actor: string, topic: string): string {
  return rng.pick(HEADLINE_FORMS).replace('{a}', actor).replace('{t}', topic);
}

export function assembleArticles(part: PartBuilder, rng: Prng, outlets: EntityNode[]): void {
  const facts = part.facts
    .map((fact, index) => ({ fact, index }))
    .sort((x, y) => (x.fact.lastDay < y.fact.lastDay ? -1 : x.fact.lastDay > y.fact.lastDay ? 1 : x.index - y.index))
    .map((x) => x.fact);

  const groups: CitedFact[][] = [];
  for (let i = 0; i < facts.length; ) {
    const size = rng.int(...FACTS_PER_ARTICLE);
    groups.push(facts.slice(i, i + size));
    i += size;
  }
  const followUps: CitedFact[][] = groups.map(() => []);
  groups.forEach((group, g) => {
    for (const fact of group) {
      if (g + 1 < groups.length && rng.chance(SECOND_SOURCE_SHARE)) {
        followUps[Math.min(groups.length - 1, g + rng.int(1, FOLLOW_UP_WINDOW))]!.push(fact);
      }
    }
  });

  // An entity records the article that first brought it into the graph, as the write path does.
  const firstMention = new Map(part.entities.map((e) => [e.id, e.props]));
  part.articles = groups.map((group, g) => {
    const cited = [...group, ...followUps[g]!];
    const lastDay = cited.reduce((max, f) => (f.lastDay > max ? f.lastDay : max), cited[0]!.lastDay);
    const published = addDays(lastDay, rng.int(0, 3));
    const lead = group[0]!;
    const title = headline(rng, lead.actor, lead.topic);

    let text = `${title}\n\n`;
    const spans = cited.map((fact) => {
      const start = text.length;
      text += fact.sentence + ' ';
      return { start, end: start + fact.sentence.length };
    });
    text = text.trimEnd();
    const hash = textHash(text);
    const id = `article:${slugify(title, 60)}-${hash.slice(0, 8)}`;

    cited.forEach((fact, i) => {
      fact.sources.srcArticleIds.push(id);
      fact.sources.srcSentences.push(fact.sentence);
      fact.sources.srcStarts.push(spans[i]!.start);
      fact.sources.srcEnds.push(spans[i]!.end);
    });

    const outlet = rng.pick(outlets);
    part.edges.push({ type: 'PUBLISHED_BY', from: id, fromLabel: 'Article', to: outlet.id, toLabel: 'Entity', props: null });
    for (const entityId of new Set(cited.flatMap((f) => f.mentions))) {
      const props = firstMention.get(entityId);
      if (props) {
        props.createdByArticle = id;
        firstMention.delete(entityId);
      }
      part.edges.push({ type: 'MENTIONS', from: id, fromLabel: 'Article', to: entityId, toLabel: 'Entity', props: null });
    }
    return {
      id,
      title,
      url: `https://news.example.org/${published.slice(0, 4)}/${published.slice(5, 7)}/${slugify(title, 50)}-${part.label}-${g}`,
      text,
      textHash: hash,
      dateFrom: published,
      dateTo: published,
      publishedFrom: published,
      publishedTo: published,
      publishedPrecision: 'DAY',
      publishedText: published,
      kind: 'Article',
      factIds: [...new Set(cited.flatMap((f) => f.factIds))],
    };
  });
}
