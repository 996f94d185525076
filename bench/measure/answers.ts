/**
 * Sends each query once to each target and compares the answers: the ids in order, taken from the service's
 * answer as the reference. Also reads each target's reported Cypher round-trips and the response size.
 */
import { TARGETS, type HttpRequest, type QueryShape, type Target } from '../mix/shapes.ts';

export interface Answer {
  ok: boolean;
  error?: string;
  ids: string[];
  ms: number;
  bytes: number;
  roundTrips: number | null;
}

export type Agreement = 'same' | 'same set, other order' | 'different' | 'reference failed' | 'failed';

export interface ShapeAnswers {
  key: string;
  answers: Record<Target, Answer>;
  /** Agreement of each other target with the service. */
  agreement: Record<Exclude<Target, 'service'>, { verdict: Agreement; detail: string }>;
}

export async function send(baseUrl: string, request: HttpRequest, timeoutMs = 120_000): Promise<{ status: number; text: string; ms: number }> {
  const started = performance.now();
  const res = await fetch(baseUrl + request.path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: request.body,
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await res.text();
  return { status: res.status, text, ms: performance.now() - started };
}

async function answer(baseUrl: string, shape: QueryShape, target: Target): Promise<Answer> {
  try {
    const { text, ms } = await send(baseUrl, shape.requests[target]);
    const body = JSON.parse(text);
    const roundTrips = body?.extensions?.cost?.cypherRoundTrips ?? body?.cost?.cypherRoundTrips ?? null;
    try {
      return { ok: true, ids: shape.ids[target](body), ms, bytes: text.length, roundTrips };
    } catch (error) {
      return { ok: false, error: (error as Error).message, ids: [], ms, bytes: text.length, roundTrips };
    }
  } catch (error) {
    return { ok: false, error: (error as Error).message, ids: [], ms: NaN, bytes: 0, roundTrips: null };
  }
}

function agree(reference: Answer, other: Answer): { verdict: Agreement; detail: string } {
  if (!reference.ok) return { verdict: 'reference failed', detail: reference.error ?? '' };
  if (!other.ok) return { verdict: 'failed', detail: other.error ?? '' };
  const a = reference.ids;
  const b = other.ids;
  if (a.length === b.length && a.every((id, i) => id === b[i])) return { verdict: 'same', detail: `${a.length} ids` };
  const sa = [...a].sort();
  const sb = [...b].sort();
  if (sa.length === sb.length && sa.every((id, i) => id === sb[i])) return { verdict: 'same set, other order', detail: `${a.length} ids` };
  const first = a.findIndex((id, i) => id !== b[i]);
  return { verdict: 'different', detail: `${a.length} vs ${b.length} ids; first difference at #${first + 1}: ${a[first] ?? '-'} / ${b[first] ?? '-'}` };
}

export async function checkAnswers(urls: Record<Target, string>, shapes: QueryShape[]): Promise<ShapeAnswers[]> {
  const out: ShapeAnswers[] = [];
  for (const shape of shapes) {
    const answers = {} as Record<Target, Answer>;
    for (const target of TARGETS) answers[target] = await answer(urls[target], shape, target);
    out.push({
      key: shape.key,
      answers,
      agreement: {
        contender: agree(answers.service, answers.contender),
        raw: agree(answers.service, answers.raw),
      },
    });
  }
  return out;
}
