/**
 * A bar chart of throughput per query for the three targets, as a standalone SVG. The axis is logarithmic
 * because the queries differ by two orders of magnitude; each bar carries its value, and a query a target
 * cannot answer shows "fails" instead of a bar.
 */
import { TARGETS, TARGET_LABEL } from '../mix/shapes.ts';
import type { BenchResults } from './results.ts';
import { measuredOf } from './targets.ts';

const COLORS: Record<(typeof TARGETS)[number], string> = { service: '#2b6cb0', contender: '#dd6b20', raw: '#718096' };

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function throughputChart(r: BenchResults): string {
  const shapes = r.shapes;
  const width = 960;
  const height = 460;
  const margin = { top: 60, right: 20, bottom: 90, left: 70 };
  const plotW = width - margin.left - margin.right;
  const plotH = height - margin.top - margin.bottom;
  const values = shapes.flatMap((s) => TARGETS.map((t) => measuredOf(r, s.key, t)?.requestsPerSecond ?? 0)).filter((v) => v > 0);
  const top = Math.pow(10, Math.ceil(Math.log10(Math.max(...values, 10))));
  const bottom = Math.pow(10, Math.floor(Math.log10(Math.min(...values, 10))));
  const y = (v: number) => margin.top + plotH - ((Math.log10(v) - Math.log10(bottom)) / (Math.log10(top) - Math.log10(bottom))) * plotH;
  const group = plotW / shapes.length;
  const bar = (group * 0.8) / TARGETS.length;

  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Helvetica, Arial, sans-serif" font-size="12">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${width / 2}" y="24" text-anchor="middle" font-size="16" font-weight="bold">Throughput per query (requests/s, log scale, higher is better)</text>`,
    `<text x="${width / 2}" y="42" text-anchor="middle" fill="#4a5568">scale ${r.settings.largeScale}, ${r.settings.connections} connections, about ${r.settings.durationSeconds} s of requests per query and target</text>`,
  ];
  for (let v = bottom; v <= top; v *= 10) {
    parts.push(`<line x1="${margin.left}" x2="${width - margin.right}" y1="${y(v)}" y2="${y(v)}" stroke="#e2e8f0"/>`);
    parts.push(`<text x="${margin.left - 8}" y="${y(v) + 4}" text-anchor="end" fill="#4a5568">${v.toLocaleString('en-US')}</text>`);
  }
  shapes.forEach((shape, i) => {
    const x0 = margin.left + i * group + group * 0.1;
    TARGETS.forEach((t, j) => {
      const x = x0 + j * bar;
      const m = measuredOf(r, shape.key, t);
      if (m && m.requestsPerSecond > 0) {
        const v = m.requestsPerSecond;
        parts.push(`<rect x="${x.toFixed(1)}" y="${y(v).toFixed(1)}" width="${(bar - 2).toFixed(1)}" height="${(margin.top + plotH - y(v)).toFixed(1)}" fill="${COLORS[t]}"/>`);
        parts.push(`<text x="${(x + bar / 2).toFixed(1)}" y="${(y(v) - 4).toFixed(1)}" text-anchor="middle" font-size="10">${v >= 100 ? v.toFixed(0) : v.toFixed(1)}</text>`);
      } else {
        parts.push(`<text x="${(x + bar / 2).toFixed(1)}" y="${margin.top + plotH - 6}" text-anchor="middle" font-size="12" font-weight="bold" fill="${COLORS[t]}" transform="rotate(-90 ${(x + bar / 2).toFixed(1)} ${margin.top + plotH - 6})">fails</text>`);
      }
    });
    const label = escapeXml(shape.label.replace(', for (c)', ''));
    const words = label.split(' ');
    const half = Math.ceil(words.length / 2);
    parts.push(`<text x="${(x0 + group * 0.4).toFixed(1)}" y="${margin.top + plotH + 18}" text-anchor="middle">${words.slice(0, half).join(' ')}</text>`);
    parts.push(`<text x="${(x0 + group * 0.4).toFixed(1)}" y="${margin.top + plotH + 32}" text-anchor="middle">${words.slice(half).join(' ')}</text>`);
  });
  TARGETS.forEach((t, j) => {
    const lx = margin.left + j * 220;
    parts.push(`<rect x="${lx}" y="${height - 30}" width="14" height="14" fill="${COLORS[t]}"/>`);
    parts.push(`<text x="${lx + 20}" y="${height - 19}">${escapeXml(TARGET_LABEL[t])}</text>`);
  });
  parts.push('</svg>');
  return parts.join('\n');
}
