/**
 * @neo4j/graphql reports no query count, so its driver is wrapped: every `run` on a session or transaction it
 * opens adds one to the counter of the request in flight (found through AsyncLocalStorage). That gives the
 * contender the same `extensions.cost.cypherRoundTrips` figure the service reports.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Driver } from 'neo4j-driver';

export const requestCounter = new AsyncLocalStorage<{ count: number }>();

function countRuns<T extends object>(target: T): T {
  return new Proxy(target, {
    get(obj, prop, receiver) {
      const value = Reflect.get(obj, prop, receiver);
      if (typeof value !== 'function') return value;
      if (prop === 'run') {
        return (...args: unknown[]) => {
          const counter = requestCounter.getStore();
          if (counter) counter.count++;
          return (value as (...a: unknown[]) => unknown).apply(obj, args);
        };
      }
      if (prop === 'executeRead' || prop === 'executeWrite') {
        // The work function receives a transaction; its runs count too.
        return (work: (tx: object) => unknown, config?: unknown) =>
          (value as (w: unknown, c: unknown) => unknown).call(obj, (tx: object) => work(countRuns(tx)), config);
      }
      if (prop === 'beginTransaction') return (...args: unknown[]) => countRuns((value as (...a: unknown[]) => object).apply(obj, args));
      return value.bind(obj);
    },
  });
}

export function countingDriver(driver: Driver): Driver {
  return new Proxy(driver, {
    get(obj, prop, receiver) {
      const value = Reflect.get(obj, prop, receiver);
      if (prop === 'session') return (...args: unknown[]) => countRuns((value as (...a: unknown[]) => object).apply(obj, args));
      return typeof value === 'function' ? value.bind(obj) : value;
    },
  });
}
