/**
 * Every annotated article loads as a facts document: the development set, and — found by file name only — the
 * held-out set when it exists. Each gold file's facts refer to entities the file defines.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { readDocumentFile } from '../../src/facts/read-document-file.ts';

const fixtures = resolve(import.meta.dirname, '../fixtures');

function goldFiles(split: string): string[] {
  const folder = join(fixtures, split);
  return existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.gold.yaml')).map((f) => join(folder, f)) : [];
}

test('the development set has at least ten annotated articles of 300 to 900 words', () => {
  const files = goldFiles('dev');
  assert.ok(files.length >= 10, `${files.length} gold files`);
  for (const file of files) {
    const words = readDocumentFile(file).article.text.split(/\s+/).filter(Boolean).length;
    assert.ok(words >= 300 && words <= 900, `${file}: ${words} words`);
  }
});

for (const split of ['dev', 'heldout']) {
  for (const file of goldFiles(split)) {
    test(`${split}: ${file.split('/').pop()} loads and refers only to its own entities`, () => {
      const doc = readDocumentFile(file);
      const names = new Set(doc.entities.flatMap((e) => [e.id, e.name, ...e.aliases].filter(Boolean)));
      for (const s of doc.statements) assert.ok(names.has(s.speaker), `speaker ${s.speaker}`);
      for (const f of doc.facts) {
        assert.ok(names.has(f.from) || f.from.startsWith('statement:'), `from ${f.from}`);
        assert.ok(names.has(f.to) || f.to.startsWith('statement:'), `to ${f.to}`);
      }
    });
  }
}
