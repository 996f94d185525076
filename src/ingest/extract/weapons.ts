/**
 * Weapon systems: named systems (ATACMS, F-16, Patriot) and noun phrases with a weapon head and its modifiers
 * ("antipersonnel land mines", "American-made long-range missiles"). Ambiguous heads ("mines", "tanks", "jets")
 * count only with a weapon modifier or once the article has established them as weapons. Mentions of one
 * class without a type of their own ("the missiles") join the one system of that class the article names.
 */
import { DEMONYM_COUNTRY, KNOWN_PLACES, KNOWN_WEAPONS, MONTHS, WEAK_WEAPON_HEADS, WEAPON_HEADS, WEAPON_MODIFIERS, WEEKDAYS } from './lexicons.ts';
import type { EntityRecord, EntityRegistry } from './registry.ts';
import type { Sentence } from './sentences.ts';
import type { Token } from './tokens.ts';

const AMBIGUOUS_HEADS = new Set(['mine', 'tank', 'jet', 'carrier', 'battery', 'shell', 'fighter', 'launcher', 'bomb', 'mortar', 'vehicle', 'system', 'aircraft', 'rifle', 'weapon', 'helicopter', 'interceptor']);
/** Modifiers that say what kind of system it is (so "cruise missiles" and "ballistic missiles" differ). */
const TYPE_MODIFIERS = new Set([
  'ballistic', 'cruise', 'hypersonic', 'cluster', 'antipersonnel', 'anti-tank', 'antitank', 'anti-ship', 'anti-aircraft',
  'surface-to-air', 'air-to-air', 'kamikaze', 'loitering', 'attack', 'nuclear', 'chemical', 'incendiary', 'thermobaric',
  'naval', 'air-defense', 'fpv', 'glide', 'stealth', 'fighter', 'intercontinental', 'anti-drone', 'phosphorus', 'interceptor',
]);
const ORIGIN_ADJECTIVE = /^[\p{L}.]+-(?:made|supplied|built|designed|provided|donated|produced|manufactured|owned|funded)$/u;
const RANGE_ADJECTIVE = /^[\p{L}.]+-(?:range|guided|launched|fired|propelled|mounted|based|persistent|portable)$/u;
const MODEL_CODE = /^[A-Z][A-Za-z]{0,2}-?\d{1,4}[A-Z]?$/;
const MILITARY_CONTEXT = /\b(?:military|army|troops|soldiers|war|defen[cs]e|weapons?|arms|missiles?|front lines?|strikes?|armed forces|pentagon|nato|munitions|artillery|invasion|combat|battlefield)\b/i;
const BARE_HEAD_LEAD = new Set(['the', 'these', 'those', 'such', 'more', 'of', 'its', 'their', 'his', 'her', 'our', 'any', 'some', 'no', 'send', 'sending', 'sent', 'supply', 'supplying', 'use', 'using', 'deploy', 'deploying', 'deliver', 'delivering', 'provide', 'providing', 'new', 'additional', 'extra', 'with', 'and', 'or', 'all', 'of']);

function singular(word: string): string {
  const w = word.toLowerCase();
  if (w === 'landmines' || w === 'landmine') return 'mine';
  if (w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (/(?:oes|ches|shes|sses)$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

function properWeapon(token: Token, next?: Token): string | null {
  const lower = token.lower;
  const pair = next && next.start - token.end <= 1 ? `${lower} ${next.lower}` : '';
  if (pair && KNOWN_WEAPONS.has(pair)) return pair;
  if (!token.cap && !/^\d/.test(token.text)) return null;
  if (KNOWN_WEAPONS.has(lower)) return lower;
  if (lower.endsWith('s') && KNOWN_WEAPONS.has(lower.slice(0, -1))) return lower.slice(0, -1);
  return null;
}

/**
 * A name the lexicons do not know, written before a weapon head ("Kestrel-7 drones", "Skylance missiles",
 * "Halberd air-defence system"): capitalized, not opening the sentence, and no demonym, place, month or weekday.
 */
function inventedName(tokens: Token[], index: number): boolean {
  const t = tokens[index];
  if (!t || index === 0 || !t.cap || t.possessive) return false;
  if (!/^\p{Lu}[\p{Ll}]+(?:-\d{1,4}[A-Za-z]?)?$|^\p{Lu}{1,3}[\p{Ll}]*-\d{1,4}[A-Za-z]?$/u.test(t.text)) return false;
  const lower = t.lower;
  if (!/\d/.test(lower) && /(?:ian|ean|an|ese|ish|ic|i)$/.test(lower)) return false; // Brevanian, Ostlandic: demonyms
  if (DEMONYM_COUNTRY[lower] || KNOWN_PLACES.has(lower) || MONTHS[lower] !== undefined || WEEKDAYS[lower] !== undefined) return false;
  const before = tokens[index - 1]!;
  return !before.cap || before.lower === 'the';
}

function isModifier(token: Token): boolean {
  const lower = token.lower;
  if (token.possessive) return false;
  return WEAPON_MODIFIERS.has(lower) || ORIGIN_ADJECTIVE.test(token.text) || RANGE_ADJECTIVE.test(token.text) || /^\d+(?:mm|-millimeter)$/.test(lower) || (token.cap && (KNOWN_WEAPONS.has(lower) || MODEL_CODE.test(token.text) || /^[A-Z]{3,}s?$/.test(token.text)));
}

interface WeaponCandidate {
  start: number;
  end: number;
  text: string;
  /** Canonical proper name ("atacms") when the phrase names a system. */
  proper: string | null;
  properText: string | null;
  headClass: string | null;
  typeModifier: string | null;
  modifiers: number;
  weaponModifiers: number;
  lead: string;
}

/** Nouns after a weapon word that make it a modifier of something else ("drone attacks", "missile production"). */
const NOT_THE_WEAPON = new Set([
  'attack', 'attacks', 'strike', 'strikes', 'defense', 'defence', 'defenses', 'defences', 'program', 'programs', 'programme', 'maker', 'makers',
  'production', 'factory', 'factories', 'plant', 'plants', 'industry', 'sector', 'company', 'companies', 'test', 'tests', 'testing',
  'threat', 'threats', 'warning', 'warnings', 'alert', 'alerts', 'debris', 'fragments', 'crew', 'crews', 'operator', 'operators', 'pilot',
  'pilots', 'unit', 'units', 'base', 'bases', 'site', 'sites', 'barrage', 'barrages', 'fire', 'shortage', 'shortages', 'technology',
  'manufacturer', 'manufacturers', 'sightings', 'incursions', 'incursion', 'war', 'warfare', 'exports', 'export', 'imports', 'deal',
  'deals', 'market', 'delivery', 'deliveries', 'service', 'services', 'panel', 'blowout',
]);

function candidatesIn(text: string, tokens: Token[], militaryContext: boolean): WeaponCandidate[] {
  const found: WeaponCandidate[] = [];
  const adjacent = (a: Token, b: Token) => /^\s+$/.test(text.slice(a.end, b.start)) || a.end === b.start;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    let isHead = WEAPON_HEADS.has(token.lower) && !token.cap;
    const nextIsHead = next && WEAPON_HEADS.has(next.lower) && adjacent(token, next) && !next.cap;
    if (isHead && nextIsHead) continue; // "artillery shells", "rocket launchers": the last word is the head
    if (isHead && next && adjacent(token, next) && NOT_THE_WEAPON.has(next.lower)) isHead = false;
    if (isHead && next && (next.lower === 'and' || next.lower === 'or')) {
      // "missile and drone attacks"
      const other = tokens[i + 2];
      const after = tokens[i + 3];
      if (other && WEAPON_HEADS.has(other.lower) && after && NOT_THE_WEAPON.has(after.lower)) isHead = false;
    }
    const proper = properWeapon(token, next);
    if (proper && !nextIsHead) {
      // a named system on its own: "ATACMS", "Storm Shadow", "F-16s"
      if (/^patriot$/.test(proper) && next?.cap) continue; // "Patriot Act"
      const end = proper.includes(' ') && next ? next.end : token.end;
      const written = text.slice(token.start, end);
      const properText = proper === token.lower || proper.includes(' ') ? written : written.replace(/s$/, '');
      found.push({ start: token.start, end, text: written, proper, properText, headClass: null, typeModifier: null, modifiers: 0, weaponModifiers: 0, lead: tokens[i - 1]?.lower ?? '' });
      if (proper.includes(' ')) i++;
      continue;
    }
    if (!isHead) continue;
    let first = i;
    while (first > 0 && isModifier(tokens[first - 1]!) && adjacent(tokens[first - 1]!, tokens[first]!) && i - first < 5) first--;
    // "air defense systems": two plain words that together are a modifier
    if (first > 1 && /^defen[cs]e$/.test(tokens[first - 1]!.lower) && tokens[first - 2]!.lower === 'air') first -= 2;
    let invented = false;
    if (militaryContext && first > 0 && adjacent(tokens[first - 1]!, tokens[first]!) && inventedName(tokens, first - 1)) {
      first--;
      invented = true;
    }
    const modifiers = tokens.slice(first, i);
    let properName: string | null = null;
    let properText: string | null = null;
    for (const [k, m] of modifiers.entries()) {
      const p = properWeapon(m, modifiers[k + 1]) ?? (militaryContext && m.cap && (MODEL_CODE.test(m.text) || /^[A-Z]{3,}s?$/.test(m.text) || (invented && k === 0)) ? m.lower : null);
      if (p) {
        properName = p;
        properText = m.text;
        break;
      }
    }
    const weaponModifiers = modifiers.filter((m) => WEAPON_MODIFIERS.has(m.lower) || RANGE_ADJECTIVE.test(m.text)).length;
    const typeModifier = modifiers.map((m) => m.lower.replace(/^anti-personnel$/, 'antipersonnel').replace(/^anti-tank$/, 'antitank').replace(/^air$/, 'air-defense')).find((m) => TYPE_MODIFIERS.has(m)) ?? null;
    found.push({
      start: tokens[first]!.start,
      end: token.end,
      text: text.slice(tokens[first]!.start, token.end),
      proper: properName,
      properText,
      headClass: singular(token.lower),
      typeModifier,
      modifiers: modifiers.length,
      weaponModifiers,
      lead: tokens[first - 1]?.lower ?? '',
    });
  }
  return found;
}

/** Drops leading origin adjectives ("American-made") from a phrase used as a name. */
function nameOf(phrase: string): string {
  return phrase.replace(/^(?:[\p{L}.]+-(?:made|supplied|built|designed|provided|donated|produced|manufactured|owned|funded)\s+)+/u, '');
}

/** The phrase and each of its shorter tails: "long-range missiles", "missiles". */
function tails(phrase: string): string[] {
  const words = phrase.split(/\s+/);
  return words.map((_, i) => words.slice(i).join(' '));
}

/** Finds the weapon systems and returns the spans they take, so names inside them are not read again. */
export function detectWeapons(text: string, sentences: Sentence[], tokensOf: (s: Sentence) => Token[], registry: EntityRegistry): Array<[number, number]> {
  const militaryContext = MILITARY_CONTEXT.test(text);
  const all: WeaponCandidate[] = [];
  for (const sentence of sentences) {
    if (sentence.headline) continue;
    all.push(...candidatesIn(text, tokensOf(sentence), militaryContext));
  }
  const established = new Set(all.filter((c) => c.proper || c.weaponModifiers > 0).map((c) => c.headClass).filter(Boolean));
  const accepted = all.filter((c) => {
    if (c.proper) return militaryContext || KNOWN_WEAPONS.has(c.proper);
    const head = c.headClass ?? '';
    if (WEAK_WEAPON_HEADS.has(`${head}s`) || WEAK_WEAPON_HEADS.has(head)) return c.weaponModifiers > 0;
    if (c.weaponModifiers > 0) return true;
    if (c.modifiers > 0 && !AMBIGUOUS_HEADS.has(head)) return militaryContext;
    if (AMBIGUOUS_HEADS.has(head)) return established.has(head) && (BARE_HEAD_LEAD.has(c.lead) || c.lead === '');
    return militaryContext && (BARE_HEAD_LEAD.has(c.lead) || c.lead === '');
  });

  const byProper = new Map<string, EntityRecord>();
  const classOfProper = new Map<string, string>();
  for (const c of accepted) if (c.proper && c.headClass) classOfProper.set(c.proper, c.headClass);
  const add = (record: EntityRecord, c: WeaponCandidate) => {
    registry.addMention(record, c.start, c.end, c.text);
    for (const tail of tails(c.text)) if (tail !== record.name) record.aliases.add(tail);
    const named = nameOf(c.text);
    if (named !== record.name) record.aliases.add(named);
  };
  for (const c of accepted) {
    if (!c.proper) continue;
    let record = byProper.get(c.proper);
    if (!record) {
      const name = c.properText ?? c.text;
      record = registry.create({ key: `weapon:${c.proper}`, type: 'WeaponSystem', name: name.replace(/(?<=\d)s$/, ''), confidence: 0.9, weaponClass: classOfProper.get(c.proper) });
      byProper.set(c.proper, record);
    }
    add(record, c);
  }
  // Typed generic systems ("cruise missiles"), then untyped mentions of a class join the system of that class.
  const generic = new Map<string, EntityRecord>();
  const pending: WeaponCandidate[] = [];
  const typesOfProper = new Map<string, Set<string>>();
  for (const c of accepted) if (c.proper && c.typeModifier) typesOfProper.set(c.proper, (typesOfProper.get(c.proper) ?? new Set()).add(c.typeModifier));
  for (const c of accepted) {
    if (c.proper) continue;
    if (!c.typeModifier) {
      pending.push(c);
      continue;
    }
    // "air-defense batteries" after "NASAMS air-defense systems": the one named system of that type
    const ofType = [...typesOfProper.entries()].filter(([, types]) => types.has(c.typeModifier!)).map(([p]) => byProper.get(p)).filter((r): r is EntityRecord => r !== undefined);
    if (ofType.length === 1) {
      add(ofType[0]!, c);
      continue;
    }
    const key = `weapon:${c.typeModifier}-${c.headClass}`;
    let record = generic.get(key);
    if (!record) {
      record = registry.create({ key, type: 'WeaponSystem', name: nameOf(c.text), confidence: 0.8, weaponClass: c.headClass ?? undefined });
      generic.set(key, record);
    }
    add(record, c);
  }
  for (const c of pending) {
    const sameClass = registry.entities.filter((e) => e.type === 'WeaponSystem' && e.weaponClass === c.headClass);
    let record: EntityRecord | undefined;
    if (sameClass.length === 1) record = sameClass[0];
    else if (sameClass.length > 1) {
      // the nearest earlier system of the class, else the first
      record = [...sameClass].sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0)).filter((e) => (e.mentions[0]?.start ?? 0) < c.start).pop() ?? sameClass[0];
    }
    if (!record) {
      record = registry.create({ key: `weapon:${c.headClass}`, type: 'WeaponSystem', name: nameOf(c.text), confidence: c.weaponModifiers > 0 ? 0.75 : 0.55, weaponClass: c.headClass ?? undefined });
    }
    add(record, c);
  }
  const spans = accepted.map((c): [number, number] => [c.start, c.end]);
  // Later mentions of an invented system by its name alone: "The Skylance, a long-range missile, ..."
  for (const [proper, record] of byProper) {
    if (KNOWN_WEAPONS.has(proper) || !/^\p{Lu}\p{Ll}{3,}$/u.test(record.name)) continue;
    const alone = new RegExp(`\\b${record.name}\\b(?![-\\w])`, 'gu');
    for (let m = alone.exec(text); m; m = alone.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (spans.some(([a, b]) => start < b && end > a)) continue;
      if (/^['’]s\s+(?:maker|manufacturer|producer)/.test(text.slice(end, end + 14))) continue;
      registry.addMention(record, start, end, m[0]);
      spans.push([start, end]);
    }
  }
  return spans;
}
