/**
 * Decisions: who authorized, prohibited or reversed what. A trigger ("approved", "gave the green light",
 * "banned", "lifted", "a U-turn by", "a decision he previously criticized") is tied to its actor (the subject, a
 * "by X" agent, an "X's" possessive, the antecedent of "who"/"which"), to a Policy named from its object, and
 * through the object to the weapon systems it concerns and the places or agencies it applies to.
 * A reversal is itself a decision: the policy that replaces the old one reverses it, and when the text names no
 * replacement the actor is taken to authorize the reversal itself.
 */
import { insideQuotation, type Quotation } from './quotes.ts';
import type { References, ResolvedReference } from './references.ts';
import type { Effect, EntityRecord, EntityRegistry } from './registry.ts';
import { normalizeName } from './entities.ts';
import type { Sentence } from './sentences.ts';
import { tokenize } from './tokens.ts';

export interface FactDraft {
  type: 'AUTHORIZED' | 'REVERSED' | 'CONCERNS' | 'APPLIES_TO';
  from: EntityRecord;
  to: EntityRecord;
  sentence: Sentence;
  /** Offset of the trigger, where the fact's date is looked for. */
  at: number;
  role?: string;
  confidence: number;
  /** The phrase that describes the policy: dates inside it date the policy, not this fact. */
  object?: [number, number];
  /** A reversal: its object describes an older decision. */
  reversal?: boolean;
  /** A decision this fact is part of: its date applies when the sentence gives none ("The law also lifts ..."). */
  follows?: EntityRecord;
}

type TriggerKind = 'authorize' | 'prohibit' | 'restrict' | 'order' | 'reverse' | 'stance' | 'decision-previously' | 'object-first' | 'passed-by' | 'passive-subject' | 'passive-agentless';

interface TriggerRule {
  kind: TriggerKind;
  pattern: RegExp;
  /** A noun trigger ("reversal", "U-turn"): its actor is a possessive, a "by" agent or a "for" beneficiary. */
  noun?: boolean;
}

const VERB = (words: string) => new RegExp(`\\b(?:${words})\\b`, 'gi');
const POLICY_NOUNS = 'ban|bans|moratorium|embargo|freeze|restrictions?|tariffs?|sanctions|duties|permits?|licen[cs]es?|policy|rule|rules|law|order|exemptions?|waivers?|limits?|caps?|curbs?|quotas?|fees?|fines?|penalty|penalties|taxe?s?|levy|mandate|requirements?|guidelines|decree|suspension|measures?|curfew|lockdown';
const TIME_WORDS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|night|morning|January|February|March|April|May|June|July|August|September|October|November|December';

const TRIGGERS: TriggerRule[] = [
  { kind: 'decision-previously', pattern: /\ba (?:decision|move|step|policy) (?:that )?(he|she|they|it|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?) (?:had )?(?:herself |himself |itself |themselves )?(?:previously |once |long |earlier |repeatedly |publicly )?(?:criticized|criticised|opposed|rejected|condemned|ruled out|resisted|denounced|called|described|blocked|refused)\b/giu },
  // "The licence was granted in 2019 by the agency": the subject is the policy, the "by" phrase the actor
  { kind: 'passive-subject', pattern: /\b(?:was|were|had been|has been|have been)\s+(?:\w+ly\s+)?(?:granted|approved|issued|imposed|introduced|adopted|signed|passed|authori[sz]ed|announced|enacted|decreed|lifted|revoked|rescinded|repealed|overturned|struck down|scrapped|banned|suspended|ordered|blocked)\b(?=[^.;]*?\bby\s)/gi },
  // reduced passives after a policy noun: "The night ban, introduced by the regional government in 1998, ...",
  // "Under a revised order signed on Tuesday by Transport Minister Karl Jansen, ..."
  { kind: 'passive-subject', pattern: new RegExp(`(?<=\\b(?:${POLICY_NOUNS}|plan|program|programme|scheme|mandate|licen[cs]e)\\b,?\\s+)(?:first\\s+|originally\\s+|initially\\s+)?(?:granted|approved|issued|imposed|introduced|adopted|signed|authori[sz]ed|announced|enacted|decreed|ordered|put in place)\\b(?=(?:\\s+(?:on|in|last|this|earlier)\\s+[\\w ]{1,20}?)?\\s+by\\s)`, 'gi') },
  // "The suspension was handed down last October": no agent, but a policy the text has already tied to an actor
  { kind: 'passive-agentless', pattern: /(?<=\b(?:the|this|that|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+)(?:was|were|had been|has been|have been)\s+(?:\w+ly\s+)?(?:granted|approved|issued|imposed|introduced|adopted|handed down|enacted|signed|authori[sz]ed|put in place)\b(?![^.;]*?\bby\s)/gi },
  { kind: 'stance', pattern: /\bafter (?:initially|previously|long|years of|months of|first) (?:opposing|rejecting|refusing|resisting|ruling out|blocking|criticizing|criticising|balking at)\b/gi },
  { kind: 'stance', pattern: /\b(?:changed|changes|changing|reversed|reverses|shifted|shifts) (?:his|her|its|their) (?:stance|position|mind|course|policy|tune|approach)\b|\breversed course\b|\b(?:backtracked|backtracks|backtracking|backpedal+ed|relented|relents|softened (?:his|her|its|their) stance)\b|\b(?:backed|backs) down\b(?!\s+(?:from|on|over)\b)/gi },
  { kind: 'stance', pattern: /\b(?:dropped|drops|abandoned|abandons|withdrew|withdraws|ended|ends) (?:his|her|its|their) (?:long-standing |longtime |earlier |previous )?(?:opposition|objections?|resistance|refusal|veto threat)\b/gi },
  { kind: 'stance', noun: true, pattern: /\b(?:U-turns?|u-turns?|about-faces?|about-turn|volte-face|climbdown|reversal of (?:course|policy|position)|change of (?:course|heart|position)|retreat|reversals?|shift|turnaround|(?:striking|sharp|notable|remarkable|abrupt|dramatic|stark) turn)\b(?=\s+(?:by|for|from)\b)/gi },
  // "Osei's reversal is ...", "the minister's U-turn": the possessor turned
  { kind: 'stance', noun: true, pattern: /(?<=\p{Lu}[\p{L}-]*['’]s?\s+(?:[\p{Ll}-]+\s+)?)(?:reversal|U-turn|u-turn|about-face|climbdown|volte-face|turnaround|backtrack|retreat)\b(?!\s+(?:of|on)\b)/gu },
  { kind: 'stance', pattern: /\b(?:initially|first|at first|originally)\s+(?:refused|rejected|opposed|resisted|declined|blocked|balked)\b(?=[^.;]{0,100}?\b(?:before|but later|later|then)\s+(?:approving|agreeing|allowing|relenting|accepting|changing|reversing|approved|agreed|allowed|relented|accepted|changed|reversed)\b)/gi },
  { kind: 'stance', noun: true, pattern: /\b(?:U-turn|u-turn|about-face|about-turn|volte-face|climbdown)\b/gi },
  { kind: 'reverse', noun: true, pattern: /\b(?:reversal|repeal|revocation|lifting|rollback|overturning) of\b/gi },
  // "eased restrictions", "resumed licences" (after a suspension): the restriction is reversed
  { kind: 'reverse', pattern: /\b(?:eased|eases|easing|loosened|loosens|relaxed|relaxes|resumed|resumes|resuming|unblocked|unblocks)\b(?=\s+(?:a|an|the|its|his|her|their|those|these)?\s*(?:[\w’'-]+\s+){0,4}?(?:restrictions?|limits?|curbs?|controls|ban|rules|requirements?|caps?|sanctions|licen[cs]es|permits|deliveries|exports|sales|talks|shipments|funding|aid)\b)/gi },
  { kind: 'reverse', pattern: VERB('reversed|reverses|reversing|revoked|revokes|revoking|rescinded|rescinds|rescinding|repealed|repeals|repealing|overturned|overturns|overturning|overruled|overrules|annulled|annuls|quashed|quashes|invalidated|invalidates|scrapped|scraps|scrapping|lifted|lifts|lifting|unfroze|unfreezes|undid|undoes|struck down|strikes down|striking down|rolled back|rolls back|rolling back|walked back|walks back|walking back|overrode|overrides|overriding') },
  // "put on hold its approval", "put the curfew on hold": shelving a decision for now reverses it
  { kind: 'reverse', pattern: /\b(?:put|puts|putting|placed|places)\s+on\s+hold\b|\b(?:put|puts|putting|placed|places)\b(?=\s+(?:a|an|the|its|his|her|their)\s+(?:[\w’'-]+\s+){0,4}?on\s+hold\b)/gi },
  { kind: 'reverse', pattern: new RegExp(`\\b(?:ended|ends|ending)\\b(?=\\s+(?:a|an|the|its|his|her|their|those|that|this)?\\s*(?:[\\w’'-]+\\s+){0,4}?(?:freeze|ban|moratorium|pause|suspension|policy|restrictions?|embargo|practice|program|programme|prohibition|blockade|sanctions|mandate|exemption|waiver|limits?|curbs?|trials?|pilot|scheme|subsidy|subsidies|funding|contract|agreement|deal|partnership|grounding|rule|rules|tariffs?|refusal|requirements?|curfew|lockdown|veto)\\b)`, 'gi') },
  { kind: 'reverse', pattern: /\b(?:dropped|drops|abandoned|abandons|withdrew|withdraws)\b(?=\s+(?:its|his|her|their|the|a)\s+(?:[\w-]+\s+){0,2}?(?:plan|policy|ban|rule|proposal|veto|demand|restrictions?|requirement|mandate)\b)/gi },
  { kind: 'reverse', pattern: /\b(?:backed|backing|backs|climbed|climbing|climbs)\s+down\s+(?:from|on|over)|\b(?:rowed|rowing|rows|walked|walking)\s+back\s+(?:on|from)|\b(?:retreated|retreating|retreats)\s+from|\bwalked away from\b/gi },
  { kind: 'authorize', pattern: /\b(?:set aside|sets aside|earmarked|earmarks|allocated|allocates)\b(?=\s+(?:about\s+|roughly\s+|nearly\s+|an?\s+(?:additional|extra)\s+)?[$£€¥]?\d)/gi },
  { kind: 'authorize', pattern: /(?<=\bto\s)(?:set aside|earmark|allocate|fund)\b/gi },
  { kind: 'authorize', pattern: /\b(?:gave|given|give|gives|giving|granted|grants)\b(?:\s+[\w.'’-]+){0,5}?\s+(?:a |the |its |final )?(?:green light|green-light|go-ahead|go ahead|approval|permission|clearance|nod|authori[sz]ation|license|licence|waiver|exemption)\b/gi },
  { kind: 'authorize', pattern: VERB('allowing|permitting|authori[sz]ing|approved|approves|approving|authori[sz]ed|authori[sz]es|authori[sz]ing|permitted|permits|allowed|allows|greenlit|green-lit|green-lighted|greenlighted|okayed|okays|ratified|ratifies|legali[sz]ed|legali[sz]es|enacted|enacts|signed off on|endorsed|endorses') },
  // "cleared the sale", but not "cleared forest", "cleared 94 of the planes' debris" or "cleared the area"
  { kind: 'authorize', pattern: /\b(?:clearing|cleared|clears)\b(?!\s+(?:(?:the|a|an|some|its|their|\d+)\s+)?(?:(?:[\w-]+\s+)?(?:forest|forests|land|trees|woodland|debris|snow|rubble|area|roads?|streets?|tents|camps?|site|hurdles?|air|name|backlog|throat|shelves|hurdle|decks|building|square)\b))/gi },
  // "signed a decree", "signed Executive Order 24-31" (a numbered instrument is named, not introduced by an article)
  { kind: 'authorize', pattern: /\b(?:signed|signs)\b(?=\s+(?:a|an|the|into|his|her|its|their|off|it)\b|\s+(?:\p{Lu}[\p{L}-]*\s+){0,2}(?:Order|Decree|Directive|Ordinance|Resolution|Regulation|Proclamation|Bill|Act|Law)\s+(?:No\.\s*)?\d)/giu },
  { kind: 'authorize', pattern: /\b(?:passed|passes|adopted|adopts|introduced|introduces|issued|issues|unveiled)\b(?=\s+(?:a|an|the|new|its)\s+(?:[\w$-]+\s+){0,4}?(?:law|bill|measure|ordinance|resolution|rule|rules|regulation|regulations|decree|order|guidelines|policy|mandate|directive|permit|licen[cs]e|waiver)\b|\s+it\b)/gi },
  { kind: 'passed-by', pattern: /\b(?:passed|cleared)\s+(?:the\s+)?(?:(?:state|federal|upper|lower)\s+)?(?:Senate|House|Assembly|Parliament|Congress|[Cc]ouncil|legislature|chamber|Bundestag|Knesset|Duma)\b/g },
  // base forms count only after "voted to", "decided to", "agreed to" (see blocked())
  { kind: 'authorize', pattern: /(?<=\bto\s)(?:approve|allow|authori[sz]e|permit|clear|sign|ratify|legali[sz]e|adopt|pass|extend|reinstate|renew|impose)\b/gi },
  { kind: 'prohibit', pattern: /(?<=\bto\s)(?:ban|prohibit|bar|outlaw|block|halt|suspend|pause|freeze|ground|veto)\b/gi },
  { kind: 'reverse', pattern: /(?<=\bto\s)(?:reverse|revoke|rescind|repeal|overturn|override|overrule|scrap|lift|end|abandon|drop|strike down|roll back|walk back)\b/gi },
  { kind: 'restrict', pattern: /(?<=\bto\s)(?:restrict|limit|cap|curb)\b/gi },
  { kind: 'authorize', pattern: VERB('reinstated|reinstates|reinstating|restored|restores|reimposed|reimposes|extended|extends') },
  { kind: 'prohibit', pattern: VERB('paused|pauses|pausing|banned|bans|banning|prohibited|prohibits|prohibiting|barred|bars|barring|forbade|forbids|outlawed|outlaws|outlawing|blocked|blocks|halted|halts|halting|suspended|suspends|suspending|froze|freezes|freezing|grounded|grounds|vetoed|vetoes') },
  { kind: 'prohibit', pattern: /\b(?:turned down|turns down|rejected|rejects|refused|denied|denies)\b(?=\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:application|request|bid|proposal|permit|licen[cs]e|merger|deal|takeover|plan)\b)/gi },
  { kind: 'prohibit', pattern: /\b(?:imposed|imposes|placed|places|put|puts|declared|declares|announced|announces|ordered|orders|handed down|hands down)\s+(?:a|an|the|new)?\s*(?:[\w-]+\s+){0,2}?(?:\w+-)?(?:ban|moratorium|embargo|freeze|prohibition|halt|suspension)\b/gi },
  { kind: 'restrict', pattern: /\b(?:imposed|imposes|slapped|slaps|placed|places|introduced|introduces|announced|announces)\s+(?:a|an|the|new)?\s*(?:[\w$%-]+\s+){0,3}?(?:\w+-)?(?:restrictions?|limits?|curbs?|caps?|tariffs?|sanctions|quotas?|controls|fees?|tax|taxes|levy|levies|duties|requirements?|mandates?|fines?|rules?|curfews?|lockdowns?|orders?)\b/gi },
  { kind: 'restrict', pattern: VERB('restricted|restricts|restricting|capped|caps|curbed|curbs|tightened|tightens|limited|fined|fines') },
  { kind: 'order', pattern: VERB('ordered|orders|directed|directs|instructed|instructs|mandated|mandates|required|requires') },
  // "a moratorium ..., which lawmakers imposed in 2019", "a ban that the agency had placed on", "duties it had placed on"
  { kind: 'object-first', pattern: new RegExp(`\\b(?:${POLICY_NOUNS})\\b[^.;"“”]{0,90}?(?:\\bthat|\\bwhich|,\\s*which)?\\s+((?!that\\b|which\\b)(?:the\\s+|its\\s+|his\\s+|her\\s+)?[\\w’'-]+(?:\\s+[\\w’'-]+){0,2}?)\\s+(?:had\\s+|has\\s+|have\\s+)?(?:imposed|placed|introduced|issued|granted|adopted|enacted|passed|signed|put in place)\\b`, 'gi') },
];

const BLOCKERS = new Set(['not', 'never', "n't", 'refused', 'declined', 'would', 'could', 'might', 'may', 'should', 'must', 'plans', 'planned', 'planning', 'considering', 'consider', 'weighing', 'weigh', 'review', 'reviewing', 'if', 'whether', 'unless', 'urged', 'asked', 'pressed', 'hoped', 'wants', 'wanted', 'sought', 'seeking', 'threatened', 'expected', 'likely', 'can', 'cannot', 'intends', 'intend', 'vowed', 'vows', 'proposed', 'proposes', 'calls', 'call']);
const LAY_GROUPS = /^(?:the\s+)?(?:farmers|growers|protesters|demonstrators|residents|activists|workers|drivers|students|parents|fishermen|truckers|villagers|critics|opponents|supporters|shoppers|passengers|commuters|crowds?|rioters|strikers)$/i;
/** "Dinescu's decree", "the court's ruling", "Rourke's executive order": an instrument named by its maker. */
const POSSESSED_INSTRUMENT = /^\s*(?:the\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}?[\p{L}][\p{L}-]*['’]s?\s+(?:(?:new|latest|executive|emergency|final|original|revised)\s+)?(decree|order|ruling|decision|law|judgment|verdict|directive|ordinance|judgement)\s+(?:also\s+|now\s+|effectively\s+)?$/u;
/** "X said (that) Y had ...": the reporting verb before a reported change of course. */
const REPORTED_BEFORE = /\b(?:said|says|told|acknowledged|argued|claimed|insisted|alleged|complained|conceded|admitted|accused|wrote|added)\b(?=[^.;"“”]{0,80}$)/gi;
const DECISION_VERBS = /\b(?:decided|voted|votes|agreed|agrees|moved|moves|opted|chose|elected|decides|ruled|rules)\b/i;
const PASSIVE = new Set(['is', 'was', 'were', 'be', 'been', 'being', 'are', 'get', 'got']);
const PARTICIPLE = /(?:ed|en|wn|ck|ut|ung)$/;
const DETERMINER_BEFORE = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our']);
const CLAUSE_END = /;|\s+but\s|,\s*(?:but|which|a decision|a move|a step|a reversal|after|as|while|saying|citing|despite|even though|although|in a|following|amid|marking|reversing|ending|lifting|scrapping|overturning|easing|allowing|permitting|agreeing|forcing|ruling|arguing)\b|\s+(?:after|before|while|because|despite|amid|following|even as|so that)\s|\s+—\s|\s+–\s|\s+-\s|\.\s*$/i;
const POLICY_HEADS = /\b(ban|policy|decision|order|rule|rules|freeze|moratorium|restrictions?|measure|plan|program|programme|mandate|law|embargo|sanctions|tariffs?|approval|permit|license|licence|waiver|exemption|suspension|pause|limits?|curbs?|cap|prohibition|regulations?|guidelines|decree|directive|trials?|pilot|scheme|grounding|ordinance|deal|agreement|veto|curfew|authori[sz]ation)\b/i;
/** "imposed the limit to slow ...": the definite noun phrase that opens an object. */
const LEADING_DEFINITE = /^\s*((?:the|this|that|those|these|its|his|her|their)\s+(?:[\w-]+\s+)?[\w-]+)(?=\s+(?:to|in|on|at|for|after|before|that|which|last|this)\b)/i;
/** Policy heads that name one another. */
const HEAD_SYNONYMS = [['cap', 'limit', 'ceiling'], ['ban', 'prohibition'], ['licence', 'license', 'permit', 'authorization', 'authorisation'], ['tariff', 'duty', 'levy'], ['suspension', 'ban']];
/** A sentence whose subject is a policy: "The curfew was imposed ...", "This ban covers ...". */
const POLICY_SUBJECT = new RegExp(`^\\s*(?:The|This|That|Its)\\s+(?:[\\w$%.’'-]+\\s+){0,3}?${POLICY_HEADS.source}`, 'i');
const RELATIVE_WORDS = new Set(['that', 'which', 'who', 'whom']);
/** A decision named as the subject: "The law also lifts ...", "The decision is a U-turn". */
const DECISION_SUBJECT = /\b(?:the|this|that|its)\s+(?:[\w-]+\s+){0,2}?(decision|move|ruling|law|measure|package|plan|deal|approval|order|ban|agreement|policy|rule|bill|legislation|step|change|announcement|judgment|verdict)\b[^.;]*$/i;

/** Names given to the policy that a reversal creates: "lifting of the ban". */
const REVERSAL_LABELS = 'lifting of|end of|repeal of|revocation of|overturning of|scrapping of|reversal of';

function opposite(effect: Effect): Effect {
  return effect === 'PERMIT' ? 'RESTRICT' : 'PERMIT';
}

function effectOfObject(object: string, fallback: Effect): Effect {
  if (/\b(?:bans?|prohibitions?|embargo|moratorium|freeze|suspension|blockade|halt|pause|grounding|refusal|veto)\b/i.test(object)) return 'PROHIBIT';
  if (/\b(?:restrictions?|limits?|caps?|curbs?|tariffs?|sanctions|quotas?|controls|restricting|limiting|duties|fines?)\b/i.test(object)) return 'RESTRICT';
  if (/\b(?:that|which)\s+(?:allowed|permitted|authori[sz]ed|let)\b/i.test(object)) return 'PERMIT';
  if (/\b(?:that|which)\s+(?:banned|barred|prohibited|blocked|restricted)\b/i.test(object)) return 'PROHIBIT';
  return fallback;
}

/** A short descriptive name from an object phrase: no leading article, no trailing date, at most ten words. */
function summarize(object: string): string {
  let s = object.trim()
    .replace(new RegExp(`^(?:on|last|this|earlier|in|by)\\s+(?:${TIME_WORDS})\\b.*$`, 'i'), '')
    .replace(/^(?:the|a|an|its|his|her|their|this|that|those|these)\s+/i, '')
    .replace(new RegExp(`\\s+(?:on|last|this|earlier|in|by)\\s+(?:${TIME_WORDS})\\b.*$`, 'i'), '')
    .replace(/\s+(?:in|since|by)\s+\d{4}\b.*$/, '')
    .replace(/[,;:.\s]+$/, '');
  const cut = s.search(/\s(?:that|which|who|by|because|after|so that|in order to)\s|,/);
  // "the veto, well above ...": a lone policy noun ends at the comma too
  if (cut > 0 && (s.slice(0, cut).split(/\s+/).length >= 2 || POLICY_HEADS.test(s.slice(0, cut)))) s = s.slice(0, cut);
  const words = s.split(/\s+/);
  if (words.length > 10) s = words.slice(0, 10).join(' ');
  return s.replace(/\s+(?:the|a|an|of|to|and|or|for|in|on|with)$/i, '').replace(/[“”"]/g, '');
}

export interface DecisionContext {
  text: string;
  sentences: Sentence[];
  quotations: Quotation[];
  registry: EntityRegistry;
  references: References;
}

interface Found {
  kind: TriggerKind;
  start: number;
  end: number;
  match: RegExpExecArray;
  noun: boolean;
}

/** An actor: an entity, or a decision already taken that acts as the subject ("The law also lifts ..."). */
interface Actor {
  ref: ResolvedReference | null;
  policy?: EntityRecord;
}

export class DecisionFinder {
  readonly facts: FactDraft[] = [];
  private readonly policiesByKey = new Map<string, EntityRecord>();
  /** Policies in order of the decisions that set them, with their actors and the object span they came from. */
  private readonly decisions: Array<{ policy: EntityRecord; actor: EntityRecord | null; at: number; sentence: number; objectEnd: number }> = [];
  private readonly earlierStance = new Map<EntityRecord, EntityRecord>();

  constructor(private readonly ctx: DecisionContext) {}

  run(): FactDraft[] {
    for (const sentence of this.ctx.sentences) {
      if (sentence.headline) continue;
      this.inSentence(sentence);
    }
    this.dropUnnamedReplacements();
    return this.facts;
  }

  /** Replacements a bare reversal implies ("lifting of the ban"), sentence by sentence where they arose. */
  private readonly implicit = new Map<EntityRecord, number>();

  /**
   * A replacement that no other sentence refers to (no authorization, no later "the decision ... also ends") is no
   * policy the text names: its facts go, and the actor's own REVERSED fact carries the reversal.
   */
  private dropUnnamedReplacements(): void {
    for (const [policy, index] of this.implicit) {
      const named = this.facts.some((f) => (f.from === policy || f.to === policy) && (f.sentence.index !== index || f.type === 'AUTHORIZED'));
      if (named) continue;
      for (let i = this.facts.length - 1; i >= 0; i--) {
        const f = this.facts[i]!;
        if (f.from === policy || f.to === policy) this.facts.splice(i, 1);
      }
    }
  }

  private triggersIn(sentence: Sentence): Found[] {
    const found: Found[] = [];
    for (const rule of TRIGGERS) {
      rule.pattern.lastIndex = 0;
      for (let m = rule.pattern.exec(sentence.text); m; m = rule.pattern.exec(sentence.text)) {
        let start = sentence.start + m.index;
        let end = start + m[0].length;
        if (rule.kind === 'object-first') {
          // the trigger is the closing verb; the object is the noun that opened the match
          const verb = /(?:imposed|placed|introduced|issued|granted|adopted|enacted|passed|signed|put in place)$/i.exec(m[0])!;
          start = sentence.start + m.index + verb.index;
          end = start + verb[0].length;
        }
        if (found.some((f) => start < f.end && end > f.start)) continue;
        found.push({ kind: rule.kind, start, end, match: m, noun: rule.noun ?? false });
      }
    }
    return found.sort((a, b) => a.start - b.start);
  }

  /** Modal, negated, conditional or adjectival uses are not decisions. */
  private blocked(sentence: Sentence, f: Found): { passive: boolean } | null {
    if (f.kind === 'decision-previously' || f.noun || f.kind === 'object-first' || f.kind === 'passed-by' || f.kind === 'passive-subject' || f.kind === 'passive-agentless') return { passive: false };
    const before = tokenize(this.ctx.text, Math.max(sentence.start, f.start - 120), f.start);
    const last = before.slice(-4).map((t) => t.lower);
    const previous = last[last.length - 1] ?? '';
    // "announced that trawlers would be allowed to ...": an announced decision, not a conditional
    const announced = /\b(?:announced|confirmed|decided|agreed)\s+(?:on\s+\w+\s+)?that\b[^.;]*$/i.test(this.ctx.text.slice(sentence.start, f.start));
    if (last.some((w) => (BLOCKERS.has(w) && !(announced && (w === 'would' || w === 'will'))) || w.endsWith("n't"))) return null;
    if (previous === 'to') {
      // "voted 5-0 on Wednesday night to ban": an infinitive after a decision verb is the decision
      const lead = this.ctx.text.slice(Math.max(sentence.start, f.start - 60), f.start);
      if (!DECISION_VERBS.test(lead) || /\b(?:not|never|against)\b/i.test(lead)) return null;
      // "voted to urge the ministry to reinstate the ban": a request, not the decision
      const afterVerb = lead.slice(lead.search(DECISION_VERBS));
      if (/\bto\s+(?:urge|ask|call on|press|request|demand|encourage|lobby|petition|seek|study|consider|review|explore|recommend|invite)\b/i.test(afterVerb)) return null;
    }
    // "a decree that scraps the levy": "that" after a policy noun is a relative pronoun, not a determiner
    const relativeThat = previous === 'that' && POLICY_HEADS.test(last[last.length - 2] ?? '');
    if (DETERMINER_BEFORE.has(previous) && !relativeThat) return null;
    const firstWord = f.match[0].split(/\s+/)[0]!.toLowerCase();
    const passive = (PASSIVE.has(previous) || (PASSIVE.has(last[last.length - 2] ?? '') && /ly$/.test(previous))) && PARTICIPLE.test(firstWord);
    return { passive };
  }

  private clauseEnd(sentence: Sentence, from: number): number {
    const rest = this.ctx.text.slice(from, sentence.end);
    const m = CLAUSE_END.exec(rest);
    return m ? from + m.index : sentence.end;
  }

  private pronounRef(word: string, at: number, confidence: number): ResolvedReference | null {
    const map: Record<string, string> = { his: 'he', her: 'she', its: 'it', their: 'they', he: 'he', she: 'she', it: 'it', they: 'they' };
    const e = this.ctx.references.resolvePronoun(map[word.toLowerCase()] ?? word, at);
    return e ? { entity: e, start: at, end: at, via: 'pronoun', confidence } : null;
  }

  private actorOf(sentence: Sentence, f: Found, passive: boolean, objectEnd: number, previous: { actor: Actor; objectEnd: number } | null): Actor {
    const { text, references, registry } = this.ctx;
    if (f.kind === 'decision-previously') {
      const pronoun = f.match[1]!;
      const at = f.start + f.match[0].toLowerCase().indexOf(` ${pronoun.toLowerCase()} `) + 1;
      // "a decision Bram had criticized": a name instead of a pronoun
      if (!/^(?:he|she|they|it)$/i.test(pronoun)) return { ref: references.resolvePhrase(at, at + pronoun.length, false) };
      return { ref: this.pronounRef(pronoun, at, 0.7) };
    }
    if (f.kind === 'passed-by') {
      const body = /(?:the\s+)?((?:(?:state|federal|upper|lower)\s+)?\S+)$/.exec(f.match[0])!;
      const at = f.end - body[0].length;
      return { ref: references.resolvePhrase(at, f.end, false) };
    }
    if (f.kind === 'object-first') {
      const subject = f.match[1]!;
      const subjectStart = sentence.start + f.match.index + f.match[0].lastIndexOf(subject);
      if (/^(?:it|they|he|she)$/i.test(subject)) {
        // "X cleared the deal, lifting a freeze it had imposed": within X's own sentence the pronoun is X
        const main = references.firstSubject(sentence.start, sentence.start + f.match.index);
        const p = subject.toLowerCase();
        if (main && main.entity.type === (p === 'it' ? 'Agency' : p === 'they' ? main.entity.type === 'Person' ? 'Person' : 'Agency' : 'Person')) return { ref: { ...main, confidence: 0.65 } };
        return { ref: this.pronounRef(subject, subjectStart, 0.7) };
      }
      return { ref: references.resolvePhrase(subjectStart, subjectStart + subject.length, false) };
    }
    const by = f.kind === 'passive-subject' ? /^[^.;]*?\s+by\s+/i.exec(text.slice(f.end, sentence.end)) : /^\s+by\s+/i.exec(text.slice(f.end, objectEnd));
    if (by) {
      const from = f.end + by[0].length;
      const limit = f.kind === 'passive-subject' ? sentence.end : objectEnd;
      const rest = text.slice(from, limit);
      // the agent ends before a time, place or circumstance: "by the board last June at the urging of ..."
      const stop = rest.search(/[,;.]|\s(?:to|on|in|at|after|before|for|that|which|last|this|during|with|amid|over|under|when|as|days|weeks|months|years|\d)[\s,.]/);
      // "by Varga's predecessor, Tomas Aalto,": the name in apposition is the agent
      const appositive = stop >= 0 && rest[stop] === ',' ? registry.mentionsWithin(from + stop, from + stop + 3).find((m) => m.via === 'name' && (m.entity.type === 'Person' || m.entity.type === 'Agency')) : undefined;
      if (appositive && /^,\s*$/.test(text.slice(from + stop, appositive.start)) && /^\s*[,.;]/.test(text.slice(appositive.end, appositive.end + 2))) {
        return { ref: { entity: appositive.entity, start: appositive.start, end: appositive.end, via: 'name', confidence: 0.8 } };
      }
      const ref = references.resolvePhrase(from, stop < 0 ? limit : from + stop, false);
      if (ref) return { ref: ref.entity.type === 'Place' ? { ...ref, entity: references.governmentOf(ref.entity) } : ref };
    }
    if (f.noun && f.kind === 'stance') {
      // "a sharp change of course for Lund", "a notable retreat for Whitfield"
      const forWhom = /^\s+for\s+(?!(?:a|an|another|one)\s)/i.exec(text.slice(f.end, objectEnd));
      if (forWhom) {
        const from = f.end + forWhom[0].length;
        const rest = text.slice(from, objectEnd);
        const stop = rest.search(/[,;.]|\s(?:to|on|in|after|that|which|who)\s/);
        const ref = references.resolvePhrase(from, stop < 0 ? objectEnd : from + stop, false);
        if (ref) return { ref: ref.entity.type === 'Place' ? { ...ref, entity: references.governmentOf(ref.entity) } : ref };
      }
    }
    if (passive) {
      const announcer = /\b(announced|confirmed|decided|agreed)\s+(?:on\s+\w+\s+)?that\b[^.;]*$/i.exec(text.slice(sentence.start, f.start));
      return { ref: announcer ? references.subjectBefore(sentence.start, sentence.start + announcer.index) : null };
    }
    if (f.noun) {
      // "the Trump administration's reversal of ...", "Biden's U-turn"
      const before = tokenize(text, sentence.start, f.start);
      for (let i = before.length - 1; i >= 0 && before.length - i <= 3; i--) {
        const t = before[i]!;
        if (!t.possessive) continue;
        const m = this.ctx.registry.mentions.find((x) => x.end === t.end && x.via === 'name');
        if (m) return { ref: { entity: m.entity, start: m.start, end: m.end, via: 'name', confidence: 0.8 } };
      }
      const own = /^(his|her|its|their)$/i.exec(before[before.length - 1]?.lower ?? '') ?? /^(his|her|its|their)$/i.exec(before[before.length - 2]?.lower ?? '');
      return { ref: own ? this.pronounRef(own[1]!, f.start, 0.65) : null };
    }
    // "X did A but later did B", "X approved A, reversing B": the same subject
    const lead = text.slice(sentence.start, f.start);
    const participle = /ing$/i.test(f.match[0].split(/\s+/)[0]!) && /(?:,|\b(?:before|after|while|by|instead of))\s*$/i.test(lead);
    if (previous && (/(?:\bbut|\band|\bthen|\byet)\s+(?:(?:later|then|subsequently|eventually|also|quickly|soon|finally|has|had|have)\s+)*$/i.test(lead) || participle)) {
      return previous.actor;
    }
    if (participle) {
      // "..., which also initially refused to send tanks before approving their delivery": the clause's subject
      const verbs = [...lead.matchAll(/\b[a-z]+ed\b/g)];
      const main = verbs[verbs.length - 1];
      const ref = main?.index !== undefined ? references.subjectBefore(sentence.start, sentence.start + main.index) : null;
      return { ref: ref && ref.entity.type !== 'Place' ? ref : references.firstSubject(sentence.start, f.start) };
    }
    const clauseStart = Math.max(sentence.start, ...[';', ' but ', ' and then '].map((sep) => {
      const i = lead.lastIndexOf(sep);
      return i < 0 ? -1 : sentence.start + i + sep.length;
    }));
    // "voted 5-0 on Wednesday night to ban": the subject of the decision verb
    let verbAt = f.start;
    if (/\bto\s*$/i.test(lead)) {
      const decisionVerb = [...lead.matchAll(new RegExp(DECISION_VERBS.source, 'gi'))].pop();
      if (decisionVerb?.index !== undefined) verbAt = sentence.start + decisionVerb.index;
    }
    // "Dinescu's decree lifts the duty", "the court's ruling strikes down": the possessor's instrument acts, not the possessor
    const instrument = POSSESSED_INSTRUMENT.exec(text.slice(clauseStart, verbAt));
    if (instrument) {
      // the instrument the text has named before, else a new one named as the text names it
      const policy = this.definitePolicy(`the ${instrument[1]}`, true) ?? this.policy(summarize(instrument[0]), 'PERMIT', sentence.start);
      return { ref: null, policy };
    }
    // "Less than three weeks after it slapped a tariff ..., Ostravia's government has backed down": a pronoun in a
    // fronted clause looks ahead to the main clause's subject
    const fronted = /^\s*(?:(?:less|more|nearly|almost|just|only|about|some)\s+(?:than\s+)?)?(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|\d+)\s+(?:days?|weeks?|months?|years?)\s+)?(?:after|before|since|when|months after|weeks after)\s+(it|they|he|she)\s+(?:had\s+|has\s+)?$/i.exec(text.slice(sentence.start, f.start));
    if (fronted) {
      const comma = text.indexOf(',', f.end);
      if (comma > 0 && comma < sentence.end) {
        const main = references.firstSubject(comma + 1, sentence.end);
        const pronoun = fronted[1]!.toLowerCase();
        const fits = main && (pronoun === 'it' ? main.entity.type === 'Agency' : pronoun === 'they' ? main.entity.type === 'Agency' || main.entity.type === 'Person' : main.entity.type === 'Person');
        if (fits) return { ref: { ...main!, confidence: 0.6 } };
      }
    }
    // "X revoked the licence, nearly two years after it cleared the vaccine": the pronoun is the sentence's subject
    const afterIt = /\b(?:after|before|since|when)\s+(it|they|he|she)\s+(?:had\s+|has\s+|first\s+|originally\s+)?$/i.exec(text.slice(sentence.start, f.start));
    if (afterIt && afterIt.index > 0) {
      const main = references.firstSubject(sentence.start, sentence.start + afterIt.index);
      const pronoun = afterIt[1]!.toLowerCase();
      const fits = main && (pronoun === 'it' ? main.entity.type === 'Agency' : pronoun === 'they' ? main.entity.type === 'Agency' || main.entity.type === 'Person' : main.entity.type === 'Person');
      if (fits) return { ref: { ...main!, confidence: 0.6 } };
    }
    const subject = references.subjectBefore(clauseStart, verbAt);
    if (subject && subject.entity.type !== 'WeaponSystem' && subject.entity.type !== 'Policy') return { ref: subject };
    // "The law also lifts a moratorium", "The decision ... overturns a 2003 law": a decision acts
    const decisionSubject = DECISION_SUBJECT.exec(text.slice(clauseStart, f.start));
    if (decisionSubject) {
      // "The plan also ends ...": the policy of that name, else the latest decision
      const named = /^(?:plan|law|ban|order|rule|policy|package|deal|agreement|bill|measure)$/i.test(decisionSubject[1]!) ? this.definitePolicy(`the ${decisionSubject[1]}`, true) : undefined;
      const latest = named ?? this.decisions[this.decisions.length - 1]?.policy;
      if (latest) return { ref: null, policy: latest };
    }
    if (f.kind === 'stance') {
      const own = /\b(his|her|its|their)\b/i.exec(f.match[0]);
      if (own) return { ref: this.pronounRef(own[1]!, f.start, 0.65) };
    }
    return { ref: null };
  }

  private reportedByOther(sentence: Sentence, f: Found, actor: EntityRecord): boolean {
    const lead = this.ctx.text.slice(sentence.start, f.start);
    const verb = [...lead.matchAll(REPORTED_BEFORE)].pop();
    if (verb?.index === undefined) return false;
    const speaker = this.ctx.references.subjectBefore(sentence.start, sentence.start + verb.index)?.entity;
    return !!speaker && speaker !== actor;
  }

  /** "it" as the subject of a trigger, standing for the policy that is the subject of this sentence or the one before. */
  private policyPronoun(sentence: Sentence, f: Found): EntityRecord | undefined {
    const lead = this.ctx.text.slice(sentence.start, f.start);
    const own = /(?:,\s*|\band\s+)it\s+(?:(?:had|has|also|now|effectively|still)\s+)*$/i.test(lead) && POLICY_SUBJECT.exec(sentence.text);
    const opening = /^\s*It\s+(?:(?:had|has|also|now|effectively|still)\s+|\w+ly\s+)*$/.test(lead) && POLICY_SUBJECT.exec(this.ctx.sentences[sentence.index - 1]?.text ?? '');
    const subject = own || opening;
    if (!subject) return undefined;
    return this.definitePolicy(`the ${subject[1]}`, true) ?? this.policy(summarize(subject[0]), effectOfObject(subject[0], 'PERMIT'), sentence.start);
  }

  /** A reversed policy the actor calls its own and the text dates with an agentless participle ("imposed in March 2021"). */
  private ownEarlier(actor: EntityRecord, policy: EntityRecord, sentence: Sentence, from: number, to: number): void {
    const m = /\b(?:imposed|introduced|placed|adopted|issued|granted|put in place)\s+(?=(?:in|on|last|since|during|back in)\s)(?![^,;]*\bby\s)/i.exec(this.ctx.text.slice(from, to));
    if (!m) return;
    const saved = this.current;
    this.current = {};
    this.add({ type: 'AUTHORIZED', from: actor, to: policy, sentence, at: from + m.index, confidence: 0.5 });
    this.current = saved;
  }

  /** "members approved", "lawmakers voted to": the members of the body that the text is about decide as that body. */
  private collective(actor: Actor, at: number): Actor {
    const e = actor.ref?.entity;
    if (!e || !e.anonymous || !/^(?:members|lawmakers|legislators|councillors|councilors|council members|board members|commissioners|judges|justices|senators|ministers)$/i.test(e.name)) return actor;
    const body = [...this.ctx.registry.mentions].reverse().find((m) => m.start < at && m.entity.type === 'Agency' && !m.entity.anonymous && /\b(?:board|council|commission|committee|parliament|legislature|senate|assembly|congress|court|tribunal|panel|cabinet|government)\b/i.test(m.entity.name));
    return body ? { ref: { entity: body.entity, start: actor.ref!.start, end: actor.ref!.end, via: 'nominal', confidence: 0.6 } } : actor;
  }

  private policy(name: string, effect: Effect, at: number, description?: string): EntityRecord {
    const key = `policy:${normalizeName(name)}`;
    let record = this.policiesByKey.get(key);
    if (!record) {
      record = this.ctx.registry.create({ key, type: 'Policy', name, effect, confidence: 0.6, introducedAt: at, description });
      this.policiesByKey.set(key, record);
    }
    return record;
  }

  /** "the ban", "its earlier decision", "those trials", "it": the latest policy with that head. */
  private definitePolicy(object: string, byNameOnly = false): EntityRecord | undefined {
    object = object.replace(/,[\s\S]*$/, '');
    if (/^\s*(?:it|them)\b/i.test(object)) return this.decisions[this.decisions.length - 1]?.policy;
    const m = /^\s*(?:the|this|that|those|these|its|his|her|their)\s+(?:(?:earlier|previous|prior|original|current|existing|recent|new|controversial|temporary)\s+)?([\w-]+)(?:\s+(?:on|for)\s+[\w-]+)?\s*$/i.exec(object);
    if (!m || !POLICY_HEADS.test(m[1]!)) return undefined;
    const head = m[1]!.toLowerCase().replace(/s$/, '');
    const generic = !byNameOnly && /^(?:decision|policy|measure|order|move)$/.test(head);
    // "the licence" is the licence, not the "revocation of the licence"
    // "the limit" may name the cap the text has just told of
    const heads = HEAD_SYNONYMS.find((group) => group.includes(head)) ?? [head];
    // the head of the policy's name, not a word of its complement ("veto of a law" is no law)
    const headOf = (name: string) => name.toLowerCase().split(/\s+(?:of|on|for|to|against|over|in|from)\s+/)[0]!;
    const fits = (p: EntityRecord) => heads.some((h) => headOf(p.name).includes(h)) && !new RegExp(`^(?:${REVERSAL_LABELS})\\b`).test(p.name) || generic;
    for (let i = this.decisions.length - 1; i >= 0; i--) {
      const p = this.decisions[i]!.policy;
      if (fits(p)) return p;
    }
    for (const p of [...this.policiesByKey.values()].reverse()) if (fits(p)) return p;
    return undefined;
  }

  private links(policy: EntityRecord, sentence: Sentence, objectStart: number, objectEnd: number, at: number, recipientEnd: number | null): void {
    const { registry, text } = this.ctx;
    for (const m of registry.mentionsWithin(objectStart, objectEnd)) {
      const e = m.entity;
      if (e.type === 'WeaponSystem') this.add({ type: 'CONCERNS', from: policy, to: e, sentence, at, confidence: 0.75 });
      else if ((e.type === 'Place' || (e.type === 'Agency' && !e.anonymous)) && m.via === 'name') {
        const before = text.slice(Math.max(objectStart, m.start - 14), m.start).toLowerCase();
        if (/^['’]s/.test(text.slice(m.end, m.end + 2))) continue;
        let role: string | undefined;
        if (recipientEnd !== null && m.start < recipientEnd) role = 'recipient';
        else if (/\b(?:in|within|inside|on|across|targeting|against|over|near|into)\s+(?:the\s+)?$/.test(before)) role = 'territory';
        else if (/\b(?:to|for)\s+(?:the\s+)?$/.test(before)) role = 'recipient';
        if (role && e.type === 'Place') this.add({ type: 'APPLIES_TO', from: policy, to: e, sentence, at, role, confidence: 0.6 });
        else if (role && e.type === 'Agency') this.add({ type: 'APPLIES_TO', from: policy, to: e, sentence, at, role: 'recipient', confidence: 0.55 });
      }
    }
  }

  /** What the trigger being read says about dates; attached to every fact it yields. */
  private current: Pick<FactDraft, 'object' | 'reversal' | 'follows'> = {};

  private add(fact: FactDraft): void {
    if (fact.from === fact.to) return;
    if (this.facts.some((f) => f.type === fact.type && f.from === fact.from && f.to === fact.to && f.sentence === fact.sentence)) return;
    this.facts.push({ ...this.current, ...fact });
  }

  private stanceTarget(actor: EntityRecord | null, sentence: Sentence, at: number, sameSentenceFirst: boolean): EntityRecord {
    if (sameSentenceFirst && actor) {
      const own = [...this.decisions].reverse().find((d) => d.actor === actor && d.sentence === sentence.index && d.at < at);
      if (own) return own.policy;
    }
    if (actor && this.earlierStance.has(actor)) return this.earlierStance.get(actor)!;
    const latest = this.decisions[this.decisions.length - 1];
    const topic = latest?.policy.name;
    const who = actor ? actor.name : 'earlier';
    const name = topic ? `${who}'s earlier stance on ${topic}` : `${who}'s earlier stance`;
    const record = this.policy(name, latest?.policy.effect ? opposite(latest.policy.effect) : 'PROHIBIT', sentence.start, 'The position held before the reversal the article reports.');
    if (actor) this.earlierStance.set(actor, record);
    return record;
  }

  private inSentence(sentence: Sentence): void {
    const { text } = this.ctx;
    const found = this.triggersIn(sentence);
    const objectSpans: Array<[number, number]> = [];
    let previous: { actor: Actor; objectEnd: number; policy: EntityRecord | null; reversal?: boolean; kind?: TriggerKind; target?: EntityRecord; own?: boolean } | null = null;
    for (const f of found) {
      const state = this.blocked(sentence, f);
      if (!state) continue;
      if (f.kind === 'passive-agentless') {
        this.passiveAgentless(sentence, f);
        continue;
      }
      if (f.kind === 'passive-subject') {
        this.passiveSubject(sentence, f);
        continue;
      }
      const relativeBefore = tokenize(text, Math.max(sentence.start, f.start - 24), f.start).slice(-2).some((t) => RELATIVE_WORDS.has(t.lower));
      const inObject = objectSpans.some(([a, b]) => f.start >= a && f.start < b);
      if (inObject && relativeBefore && f.kind !== 'object-first' && f.kind !== 'reverse') continue;
      const quoted = insideQuotation(this.ctx.quotations, f.start) !== undefined;
      const objectEnd = f.kind === 'object-first' ? f.end : this.clauseEnd(sentence, f.end);
      // "suspended its own duties", "froze the steel tariff": halting a restriction lifts it for now
      if (f.kind === 'prohibit' && /^(?:suspend|paus|froze|freez|halt)/i.test(f.match[0]) && /^\s+(?:(?:its|their|his|her|the|a|an)\s+)?(?:(?:own|new|steel|retaliatory|remaining|[\d.]+(?:\s+percent|%)?|[\w-]+)\s+){0,3}?(?:duty|duties|tariffs?|sanctions|restrictions?|curbs?|limits?|fees?|levy|levies|quotas?|mandate|embargo|ban)\b/i.test(text.slice(f.end, objectEnd))) {
        f.kind = 'reverse';
      }
      // "signed a decree that scraps the levy": what the instrument does, its signer does through it
      const through: Actor | null = f.kind === 'reverse' && inObject && relativeBefore && previous?.policy && !previous.reversal && previous.actor.ref ? previous.actor : null;
      // "The law bars ..., and it strikes down a 2019 decree": the law reverses
      const itPolicy = f.kind === 'reverse' ? this.policyPronoun(sentence, f) : undefined;
      const actor: Actor = through ?? (itPolicy ? { ref: null, policy: itPolicy } : this.collective(this.actorOf(sentence, f, state.passive, objectEnd, previous), f.start));
      const ref = actor.ref;
      const entity = ref?.entity ?? null;
      if (entity && (entity.type === 'Place' || entity.type === 'WeaponSystem' || entity.type === 'Policy')) continue;
      // "The curfew was imposed by the council in May. It barred anyone under 18 ...", "The ban was imposed by X, and
      // it had barred ...": "it" is the policy, and what a policy does is its content, not a new decision
      if (f.kind !== 'reverse' && this.policyPronoun(sentence, f)) continue;
      // "Farmers blocked border crossings": people acting, not a body deciding
      if (entity?.anonymous && LAY_GROUPS.test(entity.name)) continue;
      if (!entity && !actor.policy && f.kind !== 'stance') continue;
      const confidence = (ref?.confidence ?? 0.55) * (quoted ? 0.6 : 0.85);

      if (f.kind === 'stance' || f.kind === 'decision-previously') {
        if (!entity) continue;
        // "Pennant said the mayor had backtracked", "Okafor acknowledged that the board had changed course": one
        // speaker's description of another's change of course is a statement, not the text's report of a reversal
        if (f.kind === 'stance' && !f.noun && this.reportedByOther(sentence, f, entity)) continue;
        const target = this.stanceTarget(entity, sentence, f.start, f.kind === 'stance');
        // "The recent decision ... is a U-turn": the decision itself reverses the earlier stance
        const subject = text.slice(sentence.start, f.start);
        const decision = f.kind === 'stance' && /\b(?:decision|move|step|change|approval|order|announcement|ruling|package|law|plan)\b/i.test(subject)
          // "The decision marks a shift": the decision the text leads with, not an older one told on the way
          ? (/^\s*(?:The|This|That|Its|Their|\p{Lu}[\p{L}'’-]*['’]s)\s+(?:[\w-]+\s+)?decision\b/u.test(subject) ? this.decisions.find((d) => d.policy !== target && d.sentence <= sentence.index) : undefined)
            ?? [...this.decisions].reverse().find((d) => d.policy !== target)
          : undefined;
        this.current = { reversal: true, follows: decision?.policy };
        this.add({ type: 'REVERSED', from: entity, to: target, sentence, at: f.start, confidence });
        if (decision) this.add({ type: 'REVERSED', from: decision.policy, to: target, sentence, at: f.start, confidence: confidence * 0.8 });
        previous = { actor, objectEnd, policy: null };
        continue;
      }

      // The object: what was decided, and who it was granted to.
      let objectStart = f.end;
      let recipientEnd: number | null = null;
      const rest = text.slice(f.end, objectEnd);
      if (f.kind === 'authorize' && /green|go-ahead|go ahead|approval|permission|clearance|nod|authori[sz]ation|licen|waiver|exemption/i.test(f.match[0]) && /^(?:gave|given|give|gives|giving|granted|grants)\b/i.test(f.match[0])) {
        // "gave the Pentagon green light to send ...": the recipient sits inside the trigger
        const inner = /^(?:gave|given|give|gives|giving|granted|grants)\s+(.*?)\s+(?:a |the |its |final )?(?:green light|green-light|go-ahead|go ahead|approval|permission|clearance|nod|authori[sz]ation|license|licence|waiver|exemption)$/i.exec(f.match[0]);
        if (inner?.[1]) {
          const recipientStart = f.start + f.match[0].indexOf(inner[1], 5);
          objectStart = recipientStart;
          recipientEnd = recipientStart + inner[1].length;
        }
      } else {
        const to = /^\s+((?:the\s+)?[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*)*|(?:\p{Ll}+\s+){0,2}\p{Ll}+)\s+(?:to|from)\s/u.exec(rest);
        if (to && (f.kind === 'authorize' || f.kind === 'prohibit' || f.kind === 'order')) recipientEnd = f.end + to[0].length - 4;
      }
      let objectText = f.kind === 'object-first' ? this.objectBefore(sentence, f) : text.slice(f.kind === 'reverse' || f.noun ? f.end : objectStart, objectEnd);
      // "the order ending the curfew takes effect": the object ends where the sentence's own verb begins
      if (f.kind === 'reverse') objectText = objectText.replace(/^(\s*(?:the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:takes|took|will|would|is|was|has|had|comes|came|goes|went|remains|remained)\b[\s\S]*$/i, '$1');
      // "put the curfew on hold": the object sits between the verb and "on hold"
      if (f.kind === 'reverse' && /^(?:put|puts|putting|placed|places)$/i.test(f.match[0])) objectText = objectText.replace(/\s+on\s+hold\b[\s\S]*$/i, '');
      // "a state drought fund that Governor Ruiz approved in January": no object after the verb, the antecedent is it
      if (f.kind !== 'object-first' && !f.noun && /^\s*(?:(?:in|on|at|last|this|earlier|during|after|before|with|without|amid|despite)\b|[,.;]|$)/i.test(rest)) {
        // "a migraine drug it had approved with great fanfare": the relative may do without "that"
        const antecedent = /\b((?:the|a|an|its|their|his|her)\s+(?:[\w$%’'-]+\s+){0,5}?[\w’'-]+)\s+(?:(?:that|which)\s+[^,;"“”]{0,60}|(?:it|he|she|they)\s+(?:had\s+|has\s+|have\s+)?(?:\w+ly\s+)?)$/i.exec(text.slice(sentence.start, f.start));
        if (antecedent && POLICY_HEADS.test(antecedent[1]!) || antecedent && /\b(?:fund|budget|program|programme|project|proposal|merger|takeover|sale|contract|rezoning|zoning|pipeline|application|expansion|development|drug|vaccine|medicine|treatment|pesticide|product)\b/i.test(antecedent[1]!)) objectText = antecedent![1]!;
      }
      const objectRange: [number, number] = f.kind === 'object-first' ? [sentence.start + f.match.index, f.start] : [objectStart, objectEnd];
      const weapons = this.ctx.registry.mentionsWithin(objectRange[0], objectRange[1]).filter((m) => m.entity.type === 'WeaponSystem');
      const mainWeapon = weapons[0]?.entity;
      objectSpans.push([f.end, objectEnd]);
      this.current = { object: objectRange, reversal: f.kind === 'reverse', follows: actor.policy };

      if (f.kind === 'reverse') {
        // "voted to reverse the rezoning, overturning a decision it made in 2021": one reversal, said twice
        if (previous?.reversal && /ing$/i.test(f.match[0].split(/\s+/)[0]!) && /,\s*$/.test(text.slice(sentence.start, f.start))) {
          // "lifted its ban ..., ending a freeze imposed in March 2021": its own ban, made back then
          if (previous.target && previous.own && entity) this.ownEarlier(entity, previous.target, sentence, f.end, objectEnd);
          continue;
        }
        const definite = this.definitePolicy(objectText);
        const effect = effectOfObject(objectText, 'PERMIT');
        const head = objectText.split(/\s+(?:that|which|who)\s+/i)[0] ?? objectText;
        const baseName = summarize(head);
        if (!definite && !baseName) continue;
        const name = mainWeapon && !baseName.toLowerCase().includes(mainWeapon.name.toLowerCase()) && baseName.split(/\s+/).length <= 4 ? `${baseName} on ${mainWeapon.name}` : baseName;
        const target = definite ?? this.policy(name, effect, sentence.start, summarize(objectText));
        this.links(target, sentence, f.end, objectEnd, f.start, null);
        if (entity) this.add({ type: 'REVERSED', from: entity, to: target, sentence, at: f.start, confidence });
        // The replacement: a decision by the same actor just before in this sentence, the acting decision, or the reversal itself.
        let replacement: EntityRecord | null = actor.policy ?? (previous?.policy && previous.actor.ref?.entity === entity ? previous.policy : null);
        if (!replacement && entity) {
          const verb = f.match[0].toLowerCase();
          const label = /lift/.test(verb) ? 'lifting of' : /end/.test(verb) ? 'end of' : /repeal/.test(verb) ? 'repeal of' : /revo/.test(verb) ? 'revocation of' : /struck|strik|overturn|quash|annul|invalid/.test(verb) ? 'overturning of' : /scrap/.test(verb) ? 'scrapping of' : 'reversal of';
          // A reversal is no authorization (tests/fixtures/ANNOTATION.md): the lifting is kept as a policy that later
          // sentences may name ("The rule change also ends ..."), but only authorization wording authorizes it.
          replacement = this.policy(`${label} ${target.name}`, opposite(target.effect ?? effect), sentence.start);
          // Unless the text says what the replacement does: a possessive noun names the decision as the actor's own
          // ("the administration's reversal of ..."), or the old policy's own rule is stated, so that reversing it
          // enacts the opposite ("reversed a policy that allowed the military to deploy mines").
          const ownDecision = f.noun && /['’]s?\s+(?:[\p{L}-]+\s+)?$/u.test(text.slice(Math.max(sentence.start, f.start - 40), f.start));
          const statedRule = /\b(?:that|which)\s+(?:had\s+|has\s+)?(?:long\s+)?(?:allowed|permitted|authori[sz]ed|banned|barred|prohibited|required|forced)\b/i.test(objectText);
          if (ownDecision || statedRule) {
            this.add({ type: 'AUTHORIZED', from: entity, to: replacement, sentence, at: f.start, confidence: confidence * 0.7 });
          } else this.implicit.set(replacement, sentence.index);
          for (const w of weapons) this.add({ type: 'CONCERNS', from: replacement, to: w.entity, sentence, at: f.start, confidence: 0.6 });
          this.decisions.push({ policy: replacement, actor: entity, at: f.start, sentence: sentence.index, objectEnd });
        }
        if (replacement) this.add({ type: 'REVERSED', from: replacement, to: target, sentence, at: f.start, confidence: confidence * 0.8 });
        const own = /^\s*(?:its|their|his|her)\s/i.test(objectText);
        if (own && entity) this.ownEarlier(entity, target, sentence, f.end, objectEnd);
        previous = { actor, objectEnd, policy: replacement, reversal: true, target, own };
        continue;
      }
      if (!entity) continue;
      // "authorized night blasting, allowing its operator to ...": the same authorization said again (after a reversal,
      // "lifted the ban, allowing ..." does grant something new)
      if (f.kind === 'authorize' && previous?.kind === 'authorize' && previous.policy && previous.actor.ref?.entity === entity
        && /^(?:allowing|permitting|clearing)$/i.test(f.match[0]) && /,\s*$/.test(text.slice(sentence.start, f.start))) continue;

      // authorize / prohibit / restrict / order / object-first / passed-by
      const definite = f.kind === 'passed-by'
        ? this.definitePolicyFromSubject(sentence, f)
        : f.kind === 'object-first' ? undefined : this.definitePolicy(text.slice(f.end, objectEnd)) ?? this.definitePolicy(LEADING_DEFINITE.exec(text.slice(f.end, objectEnd))?.[1] ?? '')
          // "imposed the limit": the trigger holds a definite policy noun
          ?? ((f.kind === 'prohibit' || f.kind === 'restrict') ? this.definitePolicy(f.match[0].replace(/^\S+(?:\s+down)?\s+/, '')) : undefined);
      let effect: Effect = f.kind === 'prohibit' ? 'PROHIBIT' : f.kind === 'restrict' ? 'RESTRICT' : 'PERMIT';
      // "signed a decree that scraps the levy and suspends it": what the decree does is not what it is
      const objectHead = objectText.replace(/\b(?:that|which)\b[\s\S]*$/, '');
      if (f.kind === 'order' || f.kind === 'authorize' || f.kind === 'object-first') effect = /\b(?:halt|stop|cease|close|closure|shut|suspend|ban|withdraw|recall|ground|evacuat)/i.test(objectHead) ? 'PROHIBIT' : effectOfObject(objectHead, 'PERMIT');
      const recipients = this.ctx.registry.mentionsWithin(objectStart, recipientEnd ?? objectStart).filter((m) => m.entity.type === 'Place' || m.entity.type === 'Agency');
      const recipientPlace = recipients.find((m) => m.entity.type === 'Place')?.entity ?? this.ctx.registry.mentionsWithin(objectStart, objectEnd).find((m) => m.entity.type === 'Place' && /\bto\s+(?:the\s+)?$/.test(text.slice(m.start - 8, m.start)))?.entity;
      const summary = summarize(recipientEnd !== null && /^\s*(?:to|from)\s/.test(text.slice(recipientEnd, objectEnd)) ? text.slice(recipientEnd, objectEnd).replace(/^\s*(?:to|from)\s+/, '') : objectText);
      let name: string;
      // "imposed the suspension last October": the trigger holds the policy noun and nothing follows it
      // "slapped a 30 percent tariff on steel": the trigger holds the policy noun, the object what it falls on
      const ownNoun = (f.kind === 'prohibit' || f.kind === 'restrict') && /\s/.test(f.match[0]) && !/^(?:turned|turns|rejected|rejects|refused|denied|denies)\b/i.test(f.match[0])
        ? /\s(?:(?:a|an|the|new)\s+)?((?:[\w$%-]+\s+){0,3}?[\w-]+)$/i.exec(f.match[0])?.[1] : undefined;
      if (ownNoun && (!summary || /^(?:on|for|against|from|to|of)\s/i.test(summary))) name = summary ? `${ownNoun} ${summary}` : ownNoun;
      else if (/^\s*(?:it|them)\b/i.test(rest) && !definite) name = `${f.match[0].split(/\s+/)[0]!.toLowerCase()} by ${entity.name}`;
      else if (mainWeapon && effect === 'PERMIT') name = recipientPlace ? `${mainWeapon.name} for ${recipientPlace.name}` : summary;
      else if (effect === 'PROHIBIT' && !/^(?:a |the )?(?:ban|moratorium|embargo|freeze|prohibition|halt)\b/i.test(summary)) name = `ban on ${mainWeapon && recipientPlace ? `${recipientPlace.name}'s use of ${mainWeapon.name}` : summary.replace(/^on\s+/i, '')}`;
      else if (f.kind === 'order' && /^\s*\S+(?:\s+\S+){0,4}?\s+to\s/.test(rest)) name = `order to ${summary}`;
      else if (effect === 'RESTRICT' && f.kind === 'restrict' && !/^(?:restrictions?|limits?|curbs?|caps?|tariffs?|sanctions|quotas?|fines?)\b/i.test(summary)) name = /^fine/i.test(f.match[0]) ? `fine on ${summary}` : `restrictions on ${summary}`;
      else name = summary;
      if (!definite && (!name || name.length < 3)) continue;
      const policy = definite ?? this.policy(name, effect, sentence.start, summarize(objectText));
      this.add({ type: 'AUTHORIZED', from: entity, to: policy, sentence, at: f.start, confidence });
      // "In its place, members approved a voluntary program": the new policy replaces the one just reversed
      if (/^\s*(?:in (?:its|their) place|instead|as a replacement|to replace (?:it|them))\s*,?/i.test(text.slice(sentence.start, f.start))) {
        const reversed = [...this.facts].reverse().find((x) => x.type === 'REVERSED' && x.to.type === 'Policy' && x.sentence.index >= sentence.index - 2 && x.sentence.index < sentence.index && x.to !== policy && !/earlier stance/.test(x.to.name));
        if (reversed) this.add({ type: 'REVERSED', from: policy, to: reversed.to, sentence, at: f.start, confidence: confidence * 0.8 });
      }
      this.links(policy, sentence, objectRange[0], objectRange[1], f.start, recipientEnd);
      this.decisions.push({ policy, actor: entity, at: f.start, sentence: sentence.index, objectEnd });
      previous = { actor, objectEnd, policy, kind: f.kind };
    }
  }

  /** The policy noun phrase that an object-first relative clause follows: "the retaliatory duties (it had placed)". */
  private objectBefore(sentence: Sentence, f: Found): string {
    const matchStart = sentence.start + f.match.index;
    const own = f.match[0].slice(0, Math.max(0, f.match[0].search(/\s+(?:that|which)\s+|,\s*which|\s+(?:\S+\s+){1,3}(?:had\s+|has\s+|have\s+)?(?:imposed|placed|introduced|issued|granted|adopted|enacted|passed|signed|put in place)$/i)));
    const lead = tokenize(this.ctx.text, Math.max(sentence.start, matchStart - 40), matchStart);
    const modifiers: string[] = [];
    for (let i = lead.length - 1; i >= 0 && modifiers.length < 2; i--) {
      const t = lead[i]!;
      if (/^(?:the|a|an|its|his|her|their|this|that|those|these|to|of|on|and|or|drop|lift|end|impose|said|would|also|will)$/i.test(t.lower) || t.possessive) break;
      modifiers.unshift(t.text);
    }
    return [...modifiers, own || f.match[0].split(/\s+/)[0]!].join(' ');
  }

  /** "The licence was granted in 2019 by the agency", "The ban was lifted by the court": subject policy, "by" actor. */
  private passiveSubject(sentence: Sentence, f: Found): void {
    const { text } = this.ctx;
    const actor = this.actorOf(sentence, f, false, sentence.end, null).ref?.entity;
    if (!actor || actor.type === 'Place' || actor.type === 'Policy' || actor.type === 'WeaponSystem') return;
    const verb = /(\w+)$/.exec(f.match[0])![1]!.toLowerCase();
    const clauseStart = Math.max(sentence.start, ...[',', ';', ' and '].map((sep) => {
      const i = text.slice(sentence.start, f.start).lastIndexOf(sep);
      return i < 0 ? -1 : sentence.start + i + sep.length;
    }));
    let subject = text.slice(clauseStart, f.start);
    let subjectStart = clauseStart;
    if (!/\S/.test(subject)) {
      // a reduced passive after a comma: the noun phrase before it ("The night ban, introduced by ...")
      const lead = text.slice(sentence.start, f.start).replace(/,\s*$/, '');
      const open = Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';'), lead.lastIndexOf('—'));
      subjectStart = sentence.start + open + 1;
      subject = lead.slice(open + 1);
    }
    // "Under a revised order": the preposition is no part of the policy's name
    subject = subject.replace(/^\s*(?:under|with|in|by|through|via)\s+/i, '');
    const policy = this.definitePolicy(subject.trim()) ?? (summarize(subject) ? this.policy(summarize(subject), effectOfObject(subject, /ban|suspend|block/.test(verb) ? 'PROHIBIT' : 'PERMIT'), sentence.start) : undefined);
    if (!policy) return;
    this.current = { object: [subjectStart, f.start], reversal: /lifted|revoked|rescinded|repealed|overturned|struck|scrapped/.test(verb) };
    const confidence = 0.6;
    const at = f.start + f.match[0].toLowerCase().lastIndexOf(verb);
    if (this.current.reversal) {
      this.add({ type: 'REVERSED', from: actor, to: policy, sentence, at, confidence });
      return;
    }
    this.add({ type: 'AUTHORIZED', from: actor, to: policy, sentence, at, confidence });
    this.decisions.push({ policy, actor, at, sentence: sentence.index, objectEnd: f.start });
  }

  /**
   * "The suspension was handed down last October", "since the authorization was granted in January 2024": the
   * definite subject names a policy already in the text, and the actor the text tied to it (the body that has just
   * lifted it, say) is the one that made it.
   */
  private passiveAgentless(sentence: Sentence, f: Found): void {
    if (insideQuotation(this.ctx.quotations, f.start) !== undefined) return;
    const subject = /\b(?:the|this|that|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s*$/i.exec(this.ctx.text.slice(sentence.start, f.start));
    const policy = subject ? this.definitePolicy(subject[0].trim(), true) : undefined;
    if (!policy) return;
    const known = [...this.facts].reverse().find((x) => (x.type === 'AUTHORIZED' || x.type === 'REVERSED') && x.to === policy && (x.from.type === 'Agency' || x.from.type === 'Person'));
    if (!known) return;
    const verb = /(\w+(?:\s+down|\s+in place)?)$/.exec(f.match[0])![1]!;
    const at = f.start + f.match[0].lastIndexOf(verb);
    this.current = { object: [sentence.start + subject!.index, f.start] };
    this.add({ type: 'AUTHORIZED', from: known.from, to: policy, sentence, at, confidence: 0.5 });
    this.decisions.push({ policy, actor: known.from, at, sentence: sentence.index, objectEnd: f.start });
  }

  /** "The measure ... passed the state Senate": the policy is the sentence's subject. */
  private definitePolicyFromSubject(sentence: Sentence, f: Found): EntityRecord | undefined {
    const subject = this.ctx.text.slice(sentence.start, f.start);
    if (/^\s*(?:the|this|that)\s+(?:measure|bill|law|proposal|plan|ordinance|resolution|legislation)\b/i.test(subject) || /^\s*it\b/i.test(subject)) {
      return this.decisions[this.decisions.length - 1]?.policy ?? [...this.policiesByKey.values()].pop();
    }
    const name = summarize(subject);
    return name ? this.policy(name, 'PERMIT', sentence.start) : undefined;
  }
}
