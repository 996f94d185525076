/**
 * Waits until Neo4j runs no transaction but this check. A load test ends on the clock while queries it sent
 * still run in the database; the next test must not start on top of them.
 */
import type { Driver } from 'neo4j-driver';

export async function waitForQuiet(driver: Driver, maxMs = 60_000): Promise<number> {
  const started = Date.now();
  for (;;) {
    const { records } = await driver.executeQuery(
      `SHOW TRANSACTIONS YIELD transactionId, currentQuery WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS' RETURN count(*) AS running`,
    );
    const running = Number(records[0]?.get('running') ?? 0);
    if (running === 0 || Date.now() - started > maxMs) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 200));
  }
}
