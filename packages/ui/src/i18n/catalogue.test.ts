import { RULES } from '@rygforlob/domain';
import { describe, expect, it } from 'vitest';
import { fill, midSentence, placeholdersOf } from './fill.ts';
import { describeViolation, ruleText } from './index.ts';
import { MESSAGES } from './messages.ts';
import { RULES_DA } from './rules.da.ts';
import { RULE_TEXTS_EN, RULE_TITLES_EN } from './rules.en.ts';
import { TERMS } from './vocabulary.ts';

/**
 * The wording rules of docs/wording.md, held for every text of every catalogue (issue 14): the
 * apps' messages (clinic, rehab, jobcentre, Min side, Min plan, access log), the rule texts and
 * the program's terms, in Danish and in English.
 */
type Text = { where: string; lang: 'da' | 'en'; text: string };

const texts: Text[] = [
  ...Object.entries(MESSAGES).flatMap(([key, m]) => [
    { where: key, lang: 'da' as const, text: m.da },
    { where: key, lang: 'en' as const, text: m.en },
  ]),
  ...Object.entries(RULES_DA).flatMap(([code, r]) => [
    { where: `rule ${code} title`, lang: 'da' as const, text: r.title },
    { where: `rule ${code} text`, lang: 'da' as const, text: r.text },
  ]),
  ...Object.entries(RULE_TITLES_EN).map(([code, title]) => ({
    where: `rule ${code} title`,
    lang: 'en' as const,
    text: title ?? '',
  })),
  ...Object.entries(TERMS).flatMap(([group, terms]) =>
    Object.entries(terms as Record<string, { da: string; en: string }>).flatMap(([key, term]) => [
      { where: `term ${group}.${key}`, lang: 'da' as const, text: term.da },
      { where: `term ${group}.${key}`, lang: 'en' as const, text: term.en },
    ]),
  ),
];

/** The texts behind "Hvorfor?": the only ones that name a rule's code (as a placeholder). */
const WHY = new Set(['rule.source', 'rule.sourceHard']);

/** A text without its placeholders, whose names are code ("{sessions}"), not words. */
const words = (text: string) => text.replace(/\{[^{}]*\}/g, '');

const offending = (test: (t: Text) => boolean) =>
  texts.filter(test).map((t) => `${t.where} [${t.lang}]: ${JSON.stringify(t.text)}`);

describe('the catalogues (docs/wording.md)', () => {
  it('holds enough to judge: every catalogue is read', () => {
    expect(Object.keys(MESSAGES).length).toBeGreaterThan(900);
    expect(texts.some((t) => t.where.startsWith('clinic.comm.myplan.'))).toBe(true);
    expect(texts.some((t) => t.where.startsWith('minside.'))).toBe(true);
    expect(texts.some((t) => t.where.startsWith('rehab.'))).toBe(true);
    expect(texts.some((t) => t.where.startsWith('employment.'))).toBe(true);
    expect(texts.some((t) => t.where.startsWith('access.'))).toBe(true);
  });

  it('every rule has a title in words in both languages, never its code', () => {
    const missing = RULES.flatMap(({ code }) =>
      !RULES_DA[code]?.title || !RULE_TITLES_EN[code] || RULE_TITLES_EN[code] === code ? [code] : [],
    );
    expect(missing).toEqual([]);
  });

  it('every message has a Danish and an English text, with the same placeholders', () => {
    const bad = Object.entries(MESSAGES).flatMap(([key, m]) =>
      !m.da.trim() || !m.en.trim()
        ? [`${key}: empty`]
        : placeholdersOf(m.da).join() !== placeholdersOf(m.en).join()
          ? [`${key}: da {${placeholdersOf(m.da)}} en {${placeholdersOf(m.en)}}`]
          : [],
    );
    expect(bad).toEqual([]);
  });

  it('PLAN-REVIEW BENEFIT-REVIEW FAST-TRACK: an English rule text carries the facts its Danish text gives', () => {
    const bad = Object.entries(RULE_TEXTS_EN).flatMap(([code, en]) => {
      const da = RULES_DA[code as keyof typeof RULES_DA]?.text ?? '';
      return placeholdersOf(da).join() === placeholdersOf(en ?? '').join() ? [] : [code];
    });
    expect(bad).toEqual([]);
    expect(ruleText('en', 'PLAN-REVIEW', { followUpOn: '12.11.2026' }).text).toContain('12.11.2026');
  });

  it('English says MRI, never the Danish "MR" (TG-NERVEROOT, TG-STENOSIS)', () => {
    const english = [
      ...texts.filter((t) => t.lang === 'en').map((t) => t.text),
      ...RULES.map((r) => r.description),
    ];
    expect(english.filter((text) => /\bMR\b/.test(text))).toEqual([]);
  });

  it('a violation reads in words, its code and page behind "Hvorfor?" (HOSP-CONTENT, PARTIAL-LEAVE)', () => {
    expect(describeViolation('da', { rule: 'PARTIAL-LEAVE' })).toBe(
      'Delvis sygemelding: Delvis sygemelding kræver fravær på mindst 4 timer om ugen.',
    );
    for (const lang of ['da', 'en'] as const)
      expect(describeViolation(lang, { rule: 'HOSP-CONTENT' })).not.toMatch(/HOSP-CONTENT|\b(s|p)\. \d/);
  });

  it('a term inside a sentence is lower-case unless it opens with capitals ("LÆ 165", "FAM")', () => {
    expect(midSentence('Egen læge')).toBe('egen læge');
    expect(midSentence('LÆ 165 til jobcenter')).toBe('LÆ 165 til jobcenter');
    expect(fill('Oplysninger fra {actor} vises ikke', { actor: midSentence('Fysioterapeut') })).toBe(
      'Oplysninger fra fysioterapeut vises ikke',
    );
  });

  it('a sentence starts with a capital letter', () => {
    // A text that ends like a sentence (. ? !) starts like one; fragments ("ikke udfyldt",
    // "borgeren har det bedre" after a "·") may start lower-case.
    const sentence = (t: Text) => /[.?!]["”»)]?\n?$/.test(t.text);
    const start = (t: Text) => t.text.replace(/^[("„«»“"'‘←\s]+/, '');
    const lowerSentence = (t: Text) => sentence(t) && /^\p{Ll}/u.test(start(t));
    expect(lowerSentence({ where: 'issue 14', lang: 'da', text: 'vælg en af mulighederne.' })).toBe(true);
    expect(offending(lowerSentence)).toEqual([]);
  });

  it('no rule code or MedCom standard in titles, labels or running text (the code sits behind "Hvorfor?")', () => {
    const codes = RULES.map((r) => r.code).filter((code) => /[A-Z]/.test(code) && code.length > 3);
    const hasCode = (text: string) =>
      /\b[A-Z]{2,}(?:-[A-Z0-9]+)+\b/.test(text) ||
      /\b(?:XREF|XDIS|XRPT|XCTL)\d+\b/.test(text) ||
      codes.some((code) => new RegExp(`(^|[^\\w-])${code}($|[^\\w-])`).test(text));
    expect(offending((t) => !WHY.has(t.where) && hasCode(t.text))).toEqual([]);
    // No page references in running text either: "s. 47" and "tabel 2" belong behind "Hvorfor?".
    expect(
      offending(
        (t) =>
          !WHY.has(t.where) &&
          t.where !== 'rule.page' &&
          /\b(s\.|p\.) \d|\b[Tt]abel \d|\bTable \d/.test(t.text),
      ),
    ).toEqual([]);
  });

  it('a paragraph sign is followed by a no-break space: "§\u00a0119", never "§ 119" or "§119"', () => {
    expect(offending((t) => /§(?!\u00a0\d)/.test(t.text))).toEqual([]);
  });

  it('no double spaces, no space before a comma or full stop, no stray whitespace, "…" not "..."', () => {
    expect(offending((t) => / {2}| [,.;:](?!\d)|\.\.\./.test(t.text))).toEqual([]);
    expect(offending((t) => t.text !== t.text.trim() && !/\n$/.test(t.text))).toEqual([]);
  });

  it('Danish puts a comma before a subordinate clause ("…, når", "…, hvis", "…, fordi")', () => {
    // The word before the conjunction is part of the main clause unless it joins or qualifies it.
    const joins = new Set([
      'og',
      'men',
      'eller',
      'især',
      'kun',
      'også',
      'selv',
      'netop',
      'bare',
      'kun',
      'at',
    ]);
    const missing = (text: string) =>
      [...text.matchAll(/(\p{L}+) (når|hvis|fordi)\b/gu)].some(
        ([, before]) => !joins.has((before ?? '').toLowerCase()),
      );
    expect(missing('Ring til lægen når du kan.')).toBe(true);
    expect(missing('Ring til lægen, når du kan, især når det gør ondt.')).toBe(false);
    expect(offending((t) => t.lang === 'da' && missing(t.text))).toEqual([]);
    // A fragment filled into another text (lower-case start, e.g. a rule's {reviewOn}) that opens
    // with the conjunction follows the host's word with no comma: "revurderes når …" was missed
    // because each text was read alone (issue 14 review). Such a fragment must not open a clause.
    const opensClause = (text: string) => /^(når|hvis|fordi)\b/u.test(text);
    expect(opensClause('når retten til sygedagpenge udløber')).toBe(true);
    expect(offending((t) => t.lang === 'da' && opensClause(t.text))).toEqual([]);
  });

  it('one word for one thing: the glossary of docs/wording.md in both languages', () => {
    // Danish: sygehus (not hospital), egen henvendelse (not selvhenvendelse), accepteret (a
    // referral is accepted, not "modtaget"), aftaler fremover (not fremadrettet), log ud (not
    // "sessioner"), notat (not "note"); English: programme (British), discharge summary.
    const da: [RegExp, string][] = [
      [/\bhospital/i, 'sygehus'],
      [/selvhenvendelse/i, 'egen henvendelse'],
      [/fremadrettet/i, 'fremover'],
      [/\bsession/i, 'behandling / gang / log ud på alle enheder'],
      [/\bnote\b/i, 'notat'],
      [/korrespondance til/i, 'skriv til'],
      [/\bmine? (mål|medicin|oplysninger|svar)\b|\bjeg\b.*\?$/i, 'Min side taler til borgeren som "du"'],
    ];
    const en: [RegExp, string][] = [
      [/\bprogram\b/i, 'programme'],
      [/\bepicrisis\b/i, 'discharge summary'],
      [/opportunity statement/i, 'fit note'],
      [/\bMin side\b/, 'My page'],
      [/\byour doctor\b/i, 'your GP'],
    ];
    const citizenOnly = (t: Text) =>
      t.where.startsWith('minside.') || t.where.startsWith('clinic.comm.myplan.');
    const bad = [
      ...da.flatMap(([pattern, use]) =>
        offending(
          (t) =>
            t.lang === 'da' &&
            pattern.test(words(t.text)) &&
            // Min side's own voice rule applies to Min side and Min plan; first-person clinical
            // items (questionnaire statements, "Jeg har sagt …") are the citizen's or clinician's words.
            (use.startsWith('Min side') ? citizenOnly(t) && !/^Min (side|plan)$/.test(t.text) : true),
        ).map((o) => `${o} → ${use}`),
      ),
      ...en.flatMap(([pattern, use]) =>
        offending((t) => t.lang === 'en' && pattern.test(words(t.text))).map((o) => `${o} → ${use}`),
      ),
    ];
    expect(bad).toEqual([]);
  });

  it('a count takes its noun in the singular and the plural: "1 dag", "3 dage"', () => {
    expect(fill('Senest {dueBy} ({daysLeft#dag|dage} tilbage)', { dueBy: '14.09.2026', daysLeft: 1 })).toBe(
      'Senest 14.09.2026 (1 dag tilbage)',
    );
    expect(fill('Senest {dueBy} ({daysLeft#dag|dage} tilbage)', { dueBy: '14.09.2026', daysLeft: 3 })).toBe(
      'Senest 14.09.2026 (3 dage tilbage)',
    );
    // A parenthesis whose count is missing goes, as with any placeholder.
    expect(fill('Senest {dueBy} ({daysLeft#dag|dage} tilbage)', { dueBy: '14.09.2026' })).toBe(
      'Senest 14.09.2026',
    );
    // No text counts with a plural noun it cannot bend: "{n} dage", "{n} uger" …
    const unbent = /\{\w+\} (dage|uger|timer|henvendelser|registreringer|oplysninger|days|weeks|hours)\b/;
    expect(offending((t) => unbent.test(t.text))).toEqual([]);
  });

  it('HOSP-CONTENT P119-CONTENT R140-PLAN-CONTENT LAE165-CONTENT: the count of missing fields bends its noun', () => {
    expect(ruleText('da', 'HOSP-CONTENT', { missing: 10 }).text).toBe(
      'Henvisningen til fællesvisitationen er ikke færdig (mangler 10 påkrævede felter).',
    );
    expect(ruleText('da', 'R140-PLAN-CONTENT', { missing: 1 }).text).toBe(
      'Genoptræningsplanen er ikke færdig (mangler 1 påkrævet felt).',
    );
    expect(ruleText('da', 'P119-CONTENT').text).toBe('Henvisningen til afklarende samtale er ikke færdig.');
    expect(offending((t) => /\bet påkrævet felt\b/.test(t.text))).toEqual([]);
  });

  it('FEEDBACK-GP: the note kind the GP reads in the worklist does not address the GP in the third person', () => {
    expect(TERMS.noteKind.feedback.da).not.toMatch(/egen læge/);
    expect(TERMS.noteKind.feedback.en).not.toMatch(/\bGP\b/);
  });

  it('clinic worklist banner: "1 aktuel", "2 aktuelle"', () => {
    expect(fill(MESSAGES['clinic.worklist.clocks.reached'].da, { n: 1 })).toBe('1 aktuel');
    expect(fill(MESSAGES['clinic.worklist.clocks.reached'].da, { n: 2 })).toBe('2 aktuelle');
  });

  it('PLAN-REVIEW: a past follow-up date in the present perfect, never a future one in the past tense', () => {
    const review = (params: Record<string, string | number>) => fill(RULES_DA['PLAN-REVIEW'].text, params);
    expect(review({ followUpOn: '15.11.2026' })).toBe(
      'Ved ingen eller utilstrækkelig fremgang skal tilgangen ændres (den aftalte opfølgning 15.11.2026 er passeret).',
    );
    expect(review({ sessions: 3 })).toBe(
      'Ved ingen eller utilstrækkelig fremgang skal tilgangen ændres (3 behandlinger i træk uden bedring).',
    );
    expect(offending((t) => /\b(var|blev) aftalt\b/.test(t.text))).toEqual([]);
  });
});
