/**
 * Events that open pages listen to. In one process they travel in memory; several API instances share them
 * through Redis when REDIS_URL is set (see src/http/yoga.ts).
 */
import { createPubSub } from 'graphql-yoga';

export interface ArticleIngestedEvent {
  articleId: string;
  title: string | null;
  statements: number;
  relations: number;
  entityIds: string[];
  at: string;
}

export type EventBus = ReturnType<typeof createEventBus>;

export function createEventBus(eventTarget?: Parameters<typeof createPubSub>[0] extends infer O ? O extends { eventTarget?: infer T } ? T : never : never) {
  return createPubSub<{ articleIngested: [ArticleIngestedEvent] }>(eventTarget ? { eventTarget } : undefined);
}
