/**
 * Words the synthetic news is made of: fictional people, countries, agencies, weapons and policies, and the
 * phrases of quotes and reports. Everything is invented so that no generated fact can be mistaken for a real one.
 */
import { newId } from '../../src/facts/ids.ts';
import type { EntityType } from '../../src/facts/document.ts';
import type { Prng } from './prng.ts';

export const FIRST_NAMES = [
  'Ada', 'Adrian', 'Agnes', 'Alba', 'Alexei', 'Amara', 'Anders', 'Anika', 'Anton', 'Arlo', 'Astrid', 'Aurel',
  'Basil', 'Beatrix', 'Bela', 'Benedek', 'Bettina', 'Bruno', 'Calla', 'Camille', 'Cato', 'Cecil', 'Celine',
  'Cyrus', 'Dalia', 'Damon', 'Daria', 'Dario', 'Delphine', 'Dmitri', 'Dorian', 'Edda', 'Edgar', 'Elias', 'Elif',
  'Elspeth', 'Emeric', 'Enzo', 'Esme', 'Ester', 'Ezra', 'Fabian', 'Farah', 'Felix', 'Fenna', 'Florin', 'Frida',
  'Gideon', 'Greta', 'Gustav', 'Hana', 'Hector', 'Helga', 'Henrik', 'Hugo', 'Ida', 'Ilse', 'Imre', 'Ines', 'Ingrid',
  'Irena', 'Isidor', 'Ivo', 'Jana', 'Jasper', 'Joost', 'Jovana', 'Jules', 'Kai', 'Kalina', 'Kasimir', 'Katya',
  'Kenji', 'Klara', 'Laszlo', 'Leda', 'Lenka', 'Leon', 'Lina', 'Livia', 'Lorenz', 'Luca', 'Ludmila', 'Magnus',
  'Malin', 'Marek', 'Margit', 'Matteo', 'Milan', 'Mina', 'Nadia', 'Nero', 'Nika', 'Nils', 'Noor', 'Octavia',
  'Olek', 'Orsolya', 'Oskar', 'Pavla', 'Petra', 'Piet', 'Quentin', 'Radu', 'Rasmus', 'Renata', 'Rhea', 'Rolf',
  'Rosa', 'Ruben', 'Sabine', 'Saskia', 'Selim', 'Signe', 'Silvan', 'Sofia', 'Stellan', 'Svea', 'Tamsin', 'Teodor',
  'Thea', 'Tibor', 'Tilde', 'Tomas', 'Ulla', 'Uros', 'Valda', 'Vera', 'Viggo', 'Vilma', 'Wanda', 'Wendel', 'Yara',
  'Yusuf', 'Zaida', 'Zeno', 'Zofia',
] as const;

export const LAST_NAMES = [
  'Aaltonen', 'Abendroth', 'Adler', 'Albescu', 'Andersen', 'Arnaud', 'Aslan', 'Baranek', 'Bastien', 'Becker',
  'Berglund', 'Bianchi', 'Blom', 'Bogdan', 'Borsos', 'Brandt', 'Calder', 'Castell', 'Cerny', 'Ciobanu', 'Conti',
  'Dahl', 'Dancu', 'Delacroix', 'Demir', 'Dvorak', 'Eklund', 'Engel', 'Eriksen', 'Falk', 'Farkas', 'Ferreira',
  'Fischer', 'Fontaine', 'Galan', 'Gallo', 'Geller', 'Gorecki', 'Graf', 'Grieve', 'Haas', 'Halloran', 'Hansen',
  'Havel', 'Hedlund', 'Holm', 'Horvath', 'Hoxha', 'Iliescu', 'Ivanova', 'Jansen', 'Jovanovic', 'Juhasz', 'Kaiser',
  'Kalnins', 'Keller', 'Kovac', 'Kowalski', 'Krause', 'Kuznetsov', 'Lambert', 'Lang', 'Larsen', 'Laurent',
  'Lehmann', 'Lindqvist', 'Lorenz', 'Lukas', 'Maddox', 'Maier', 'Marin', 'Mazur', 'Meyer', 'Molnar', 'Moreau',
  'Mueller', 'Nagy', 'Navarro', 'Nemeth', 'Nielsen', 'Novak', 'Nyberg', 'Olsen', 'Orban', 'Ortega', 'Paasi',
  'Pavlov', 'Peretti', 'Petrov', 'Popescu', 'Quist', 'Radic', 'Rasku', 'Reiter', 'Renaud', 'Ritter', 'Rossi',
  'Rusu', 'Salo', 'Santos', 'Sauer', 'Schmid', 'Sedlak', 'Sorensen', 'Stanek', 'Strand', 'Sutter', 'Szabo',
  'Tamm', 'Teller', 'Toth', 'Urban', 'Vaillant', 'Varga', 'Vasile', 'Vidal', 'Virtanen', 'Vogel', 'Volkov',
  'Wagner', 'Walden', 'Weber', 'Wendt', 'Wilk', 'Winter', 'Wolff', 'Zeller', 'Zielinski', 'Zoric',
] as const;

/** A surname given to few people, so that searching for it returns a short, exactly ordered list. */
export const RARE_LAST_NAME = 'Okafor';

export const TITLES = [
  'Senator', 'Minister of Defence', 'Foreign Minister', 'spokesperson', 'General', 'Ambassador', 'Governor',
  'member of parliament', 'deputy minister', 'Admiral', 'Chief of Staff', 'national security adviser', 'Mayor',
] as const;

const PLACE_HEADS = ['Val', 'Kest', 'Orv', 'Tar', 'Bel', 'Cor', 'Drav', 'Esm', 'Fal', 'Gor', 'Hal', 'Ist', 'Jor',
  'Kal', 'Lor', 'Mar', 'Nov', 'Ost', 'Pel', 'Quar', 'Rav', 'Sol', 'Tes', 'Umb', 'Ver', 'Wes', 'Yar', 'Zor', 'Brav', 'Cal'] as const;
const PLACE_MIDS = ['a', 'e', 'i', 'o', 'u', 'an', 'en', 'in', 'ar', 'or', 'el', 'il', 'ad', 'ost', 'ev'] as const;
const PLACE_TAILS = ['ria', 'mark', 'nia', 'land', 'via', 'stan', 'heim', 'ora', 'ica', 'essa', 'ovo', 'grad'] as const;
const PLACE_FORMS = ['', '', '', 'North ', 'South ', 'East ', 'West ', 'Upper ', 'Lower ', 'New '] as const;

export const AGENCY_KINDS = [
  'Ministry of Defence', 'Armed Forces', 'Foreign Ministry', 'Border Guard', 'Parliament', 'Security Council',
  'Export Control Agency', 'National Guard', 'Coast Guard', 'Interior Ministry', 'Air Force', 'Navy',
  'Intelligence Service', 'Supreme Court', 'Government',
] as const;
export const AGENCY_CATEGORY: Record<string, string> = {
  'Ministry of Defence': 'government', 'Armed Forces': 'military', 'Foreign Ministry': 'government',
  'Border Guard': 'military', Parliament: 'council', 'Security Council': 'council', 'Export Control Agency': 'administration',
  'National Guard': 'military', 'Coast Guard': 'military', 'Interior Ministry': 'government', 'Air Force': 'military',
  Navy: 'military', 'Intelligence Service': 'administration', 'Supreme Court': 'council', Government: 'government',
};

export const OUTLETS = [
  'The Meridian Post', 'Harbor Wire', 'The Continental Ledger', 'Northgate Times', 'The Evening Courier',
  'Atlas Press Agency', 'The Daily Sentinel', 'Crossroads Radio', 'The Capital Review', 'Baltic Line News',
  'The Lantern', 'Summit Broadcasting',
] as const;

const WEAPON_CLASSES = ['interceptor', 'howitzer', 'attack drone', 'anti-personnel mine', 'cruise missile',
  'cluster munition', 'tank', 'fighter jet', 'air-defence system', 'rocket launcher', 'patrol boat', 'sniper rifle'] as const;
const WEAPON_NAMES = ['Falcon', 'Harrier', 'Warden', 'Lance', 'Tempest', 'Bastion', 'Viper', 'Aegis', 'Hornet',
  'Sabre', 'Trident', 'Kestrel', 'Rampart', 'Javelin', 'Onyx', 'Cobalt', 'Granite', 'Mistral', 'Talon', 'Zephyr'] as const;

const POLICY_FORMS = [
  ['Transfer of', 'to', 'PERMIT'],
  ['Ban on exports of', 'to', 'PROHIBIT'],
  ['Restrictions on the use of', 'in', 'RESTRICT'],
  ['Sanctions on suppliers of', 'to', 'RESTRICT'],
  ['Authorization to deploy', 'in', 'PERMIT'],
  ['Moratorium on', 'in', 'PROHIBIT'],
  ['Licensing of', 'for', 'PERMIT'],
] as const;
export type PolicyEffect = 'PERMIT' | 'PROHIBIT' | 'RESTRICT';

export const CONDITIONS = ['non-persistent models only', 'for defensive use', 'on own territory only',
  'subject to congressional review', 'with end-use monitoring', 'for twelve months'] as const;

// ---- quotes and reports ------------------------------------------------------------------------------------

export const OPENERS = ['We will', 'We must', 'I will not', 'This government will', 'Our country will', 'Nobody should',
  'We cannot', 'I have decided to', 'It is time to', 'We are ready to', 'We refuse to', 'History will judge us if we do not'] as const;
export const VERBS = ['support', 'oppose', 'review', 'reconsider', 'expand', 'end', 'defend', 'condemn', 'welcome',
  'reject', 'delay', 'fund', 'back', 'question', 'suspend', 'accelerate'] as const;
export const QUALIFIERS = ['without conditions', 'for as long as it takes', 'only with our allies', 'after a full review',
  'this year', 'in the coming weeks', 'under strict limits', 'as a matter of principle', 'at any cost',
  'with great reluctance', 'before the winter', 'once the facts are in', 'in full view of the world', 'step by step'] as const;
export const PARTIAL_ADJECTIVES = ['reckless', 'necessary', 'shameful', 'overdue', 'dangerous', 'historic', 'naive',
  'courageous', 'cynical', 'prudent', 'unacceptable', 'responsible', 'short-sighted', 'decisive', 'hollow'] as const;
export const PARTIAL_NOUNS = ['act', 'mistake', 'gamble', 'step', 'betrayal', 'decision', 'promise', 'signal',
  'compromise', 'escalation', 'lifeline', 'surrender', 'victory', 'retreat'] as const;
export const CONTEXTS = ['in a statement', 'at a press conference', 'in an interview', 'in a televised address',
  'before parliament', 'on the campaign trail', 'during a state visit', 'at a summit', 'in a written reply'] as const;
export const HEADLINE_FORMS = ['{a} on {t}: the full story', '{a} under pressure over {t}', 'What {a} said about {t}',
  '{a} and the {t} question', 'Inside the debate over {t}', '{a} signals shift on {t}', 'Allies react as {a} weighs {t}'] as const;

const INITIALS = 'ABCDEFGHIJKLMNOPRSTVWZ'.split('');

/**
 * Makes names that are unique over the whole dataset: an entity's id is the slug of its name, so the id is what
 * is claimed. Draws from the word lists with the caller's random stream and retries on a clash.
 */
export class Namer {
  private readonly used = new Set<string>();

  /** Reserves the id of a name; false when it was taken. */
  claim(type: EntityType, name: string): boolean {
    const id = newId(type, name);
    if (this.used.has(id)) return false;
    this.used.add(id);
    return true;
  }

  private unique(type: EntityType, make: (attempt: number) => string): string {
    for (let attempt = 0; ; attempt++) {
      const name = make(attempt);
      if (this.claim(type, name)) return name;
    }
  }

  person(rng: Prng, rare = false): string {
    return this.unique('Person', (attempt) => {
      const first = rng.pick(FIRST_NAMES);
      const surname = rare ? RARE_LAST_NAME : rng.pick(LAST_NAMES);
      if (attempt === 0 && rng.chance(0.3)) return `${first} ${surname}`;
      const name = `${first} ${rng.pick(INITIALS)}. ${surname}`;
      return attempt < 50 ? name : `${name} ${attempt}`;
    });
  }

  place(rng: Prng): string {
    return this.unique('Place', (attempt) => {
      const name = `${rng.pick(PLACE_FORMS)}${rng.pick(PLACE_HEADS)}${rng.pick(PLACE_MIDS)}${rng.pick(PLACE_TAILS)}`;
      return attempt < 30 ? name : `${name} ${attempt}`;
    });
  }

  agency(rng: Prng, place: string, kind?: string): { name: string; kind: string } {
    let chosen = '';
    const name = this.unique('Agency', (attempt) => {
      chosen = attempt === 0 && kind ? kind : rng.pick(AGENCY_KINDS);
      return attempt < 30 ? `${chosen} of ${place}` : `${chosen} of ${place} ${attempt}`;
    });
    return { name, kind: chosen };
  }

  /** An agency whose name is given (outlets, councils); it must be new. */
  fixed(type: EntityType, name: string): string {
    if (!this.claim(type, name)) throw new Error(`duplicate fixed name ${name}`);
    return name;
  }

  weapon(rng: Prng): { name: string; category: string } {
    let category = '';
    const name = this.unique('WeaponSystem', () => {
      category = rng.pick(WEAPON_CLASSES);
      const code = `${rng.pick(INITIALS)}${rng.pick(INITIALS)}-${rng.int(1, 999)}`;
      return `${code} ${rng.pick(WEAPON_NAMES)} ${category}`;
    });
    return { name, category };
  }

  /** A policy about `subject` (a weapon's name) for `place`, with its effect and the year in its name. */
  policy(rng: Prng, subject: string, place: string): { name: string; effect: PolicyEffect; year: number } {
    let effect: PolicyEffect = 'PERMIT';
    let year = 2015;
    const name = this.unique('Policy', (attempt) => {
      const [lead, prep, e] = rng.pick(POLICY_FORMS);
      effect = e;
      year = rng.int(2015, 2025);
      return `${lead} ${subject} ${prep} ${place} (${year}${attempt > 3 ? `, ${attempt}` : ''})`;
    });
    return { name, effect, year };
  }
}
