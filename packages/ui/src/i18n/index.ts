import { isRuleCode, type RuleCode, ruleInfo, type Violation } from '@rygforlob/domain';
import type { Params } from './fill.ts';
import { fill } from './fill.ts';
import { MESSAGES, type MessageKey } from './messages.ts';
import { RULES_DA } from './rules.da.ts';
import { RULE_TEXTS_EN, RULE_TITLES_EN } from './rules.en.ts';

export type Lang = 'da' | 'en';
export type { Params } from './fill.ts';

export { fill, midSentence } from './fill.ts';

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
        text: RULE_TEXTS_EN[code as RuleCode]
          ? fill(RULE_TEXTS_EN[code as RuleCode] as string, params)
          : RULE_TITLES_EN[code as RuleCode]
            ? info.description
            : '',
        page: info.page,
        hard: info.hard,
      };
}

/**
 * One line for a violation in words: "Title: what to do". The code and the program's page are not
 * running text (issue 14); a screen that shows a rule puts them behind "Hvorfor?" (RuleNote).
 */
export function describeViolation(
  lang: Lang,
  violation: Violation | { rule: string; params?: Params },
): string {
  const rule = ruleText(lang, violation.rule, violation.params as Params);
  return rule.text ? `${rule.title}: ${rule.text}` : rule.title;
}

export { TERMS as terms } from './vocabulary.ts';

export { MESSAGES, type MessageKey, RULES_DA };
