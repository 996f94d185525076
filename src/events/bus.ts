/**
 * Events that open pages listen to. In one process they travel in memory; several API instances share them
 * through Redis when REDIS_URL is set, so a page connected to one instance sees articles written through another.
 */
import { createRequire } from 'node:module';
import { createPubSub } from 'graphql-yoga';
import type { Redis as RedisClient, RedisOptions } from 'ioredis';

// Redis support is loaded only when configured (some 20 MB a single instance need not hold).
const require = createRequire(import.meta.url);

export interface ArticleIngestedEvent {
  articleId: string;
  title: string | null;
  statements: number;
  relations: number;
  entityIds: string[];
  at: string;
}

type Events = { articleIngested: [ArticleIngestedEvent] };

export interface EventBus {
  publish(topic: 'articleIngested', event: ArticleIngestedEvent): void;
  subscribe(topic: 'articleIngested'): AsyncIterable<ArticleIngestedEvent>;
  close(): Promise<void>;
}

export function createEventBus(redisUrl?: string, onError?: (error: Error) => void): EventBus {
  if (!redisUrl) {
    const pubsub = createPubSub<Events>();
    return { publish: (t, e) => pubsub.publish(t, e), subscribe: (t) => pubsub.subscribe(t), close: async () => {} };
  }
  const { Redis } = require('ioredis') as { Redis: new (url: string, options?: RedisOptions) => RedisClient };
  const { createRedisEventTarget } = require('@graphql-yoga/redis-event-target') as typeof import('@graphql-yoga/redis-event-target');
  // Publishing and subscribing need separate connections: a subscribed Redis connection can do nothing else.
  const publishClient = new Redis(redisUrl);
  // No ready check on the subscriber: when Redis comes up after us, the queued SUBSCRIBE would go out before
  // the check's INFO, which a subscribed connection refuses, and the client would never become ready.
  const subscribeClient = new Redis(redisUrl, { enableReadyCheck: false });
  // ioredis reconnects by itself; without listeners its errors would be unhandled.
  for (const client of [publishClient, subscribeClient]) client.on('error', (e) => onError?.(e));
  const pubsub = createPubSub<Events>({ eventTarget: createRedisEventTarget({ publishClient, subscribeClient }) });
  return {
    publish: (t, e) => pubsub.publish(t, e),
    subscribe: (t) => pubsub.subscribe(t),
    async close() {
      publishClient.disconnect();
      subscribeClient.disconnect();
    },
  };
}
