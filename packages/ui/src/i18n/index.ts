import { isRuleCode, type RuleCode, ruleInfo, type Violation } from '@rygforlob/domain';
import { MESSAGES, type MessageKey } from './messages.ts';
import { RULES_DA } from './rules.da.ts';
import { RULE_TITLES_EN } from './rules.en.ts';
import {
  ACTOR_TERMS,
  EVENT_TERMS,
  INTERVENTION_TERMS,
  NOTE_KIND_TERMS,
  RED_FLAG_TERMS,
  REFERRAL_KIND_TERMS,
  ROUTE_TERMS,
  TARGET_GROUP_TERMS,
} from './vocabulary.ts';

export type Lang = 'da' | 'en';
export type Params = Record<string, string | number | boolean | readonly string[] | undefined>;

/**
 * Fills `{name}` placeholders; a missing parameter is left out rather than shown raw, and so is
 * a parenthesis whose every placeholder is missing ("samtale senest 2 uger (senest {latest})").
 */
export function fill(template: string, params: Params = {}): string {
  return template
    .replace(/\s*\(([^()]*\{\w+\}[^()]*)\)/g, (group: string, inner: string) =>
      [...inner.matchAll(/\{(\w+)\}/g)].every(([, name]) => params[name as string] === undefined)
        ? ''
        : group,
    )
    .replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = params[name];
      return value === undefined ? '' : Array.isArray(value) ? value.join(', ') : String(value);
    })
    .replace(/\s+\(\)/g, '')
    .trim();
}

export const translate = (lang: Lang, key: MessageKey, params?: Params): string =>
  fill(MESSAGES[key][lang], params);

export interface RuleText {
  code: string;
  title: string;
  text: string;
  page: string;
  hard: boolean;
}

/** A rule as the user reads it: title, what to do, and the program's page (always shown). */
export function ruleText(lang: Lang, code: string, params?: Params): RuleText {
  if (!isRuleCode(code)) return { code, title: code, text: '', page: '-', hard: false };
  const info = ruleInfo(code as RuleCode);
  const da = RULES_DA[code as RuleCode];
  return lang === 'da'
    ? {
        code,
        title: da.title,
        text: fill(da.text, params),
        // The domain cites the program in English ("50-56, Table 3"); the Danish program says "tabel".
        page: info.page.replace(/\bTable\b/g, 'tabel'),
        hard: info.hard,
      }
    : // Titles in words in English too (issue 14): the code sits behind "Why?".
      {
        code,
        title: RULE_TITLES_EN[code as RuleCode] ?? info.description,
        text: RULE_TITLES_EN[code as RuleCode] ? info.description : '',
        page: info.page,
        hard: info.hard,
      };
}

/** One line for a violation: "Title: what to do (CODE, s. 52)". */
export function describeViolation(
  lang: Lang,
  violation: Violation | { rule: string; params?: Params },
): string {
  const rule = ruleText(lang, violation.rule, violation.params as Params);
  return `${rule.title}: ${rule.text} (${rule.code}, ${translate(lang, 'rule.page', { page: rule.page })})`;
}

export const terms = {
  actor: ACTOR_TERMS,
  targetGroup: TARGET_GROUP_TERMS,
  intervention: INTERVENTION_TERMS,
  referralKind: REFERRAL_KIND_TERMS,
  route: ROUTE_TERMS,
  noteKind: NOTE_KIND_TERMS,
  redFlag: RED_FLAG_TERMS,
  event: EVENT_TERMS,
} as const;

export { MESSAGES, type MessageKey, RULES_DA };
