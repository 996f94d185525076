/**
 * Collects the parameters and fresh variable names of one generated Cypher query. Every value from a request
 * enters the query as a parameter; only names made here and labels from closed lists appear in the text.
 */
import neo4j from 'neo4j-driver';

export class CypherBuilder {
  readonly params: Record<string, unknown> = {};
  private nextParam = 0;
  private nextVar = 0;

  /** Adds a parameter and returns its placeholder, e.g. `$p3`. */
  param(value: unknown): string {
    const name = `p${this.nextParam++}`;
    this.params[name] = value;
    return `$${name}`;
  }

  /** An integer parameter (LIMIT and SKIP need Cypher integers; JavaScript numbers travel as floats). */
  int(value: number): string {
    return this.param(neo4j.int(value));
  }

  /** A variable name not used elsewhere in the query. */
  variable(prefix: string): string {
    return `${prefix}${this.nextVar++}`;
  }
}

/** Joins conditions with AND; `true` when there are none. */
export function allOf(conditions: Array<string | null | undefined | false>): string {
  const kept = conditions.filter((c): c is string => Boolean(c));
  return kept.length ? kept.map((c) => `(${c})`).join(' AND ') : 'true';
}
