import { createContext, useCallback, useContext, useEffect, useState } from 'react';
import type { describeViolation, Lang, MessageKey, Params, RuleText, terms } from './index.ts';

type Terms = typeof terms;

/**
 * What a screen asks of the language: the app's strings, the program's terms, rule texts and
 * dates. Only types here (no catalogue), so a component that reads it pulls in no words: the
 * provider decides which catalogue stands behind it (the whole one, or Min side's small one).
 */
export interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  /** An app string. */
  t(key: MessageKey, params?: Params): string;
  /** A program term: `term('actor', 'gp')`. */
  term<G extends keyof Terms>(group: G, key: keyof Terms[G] & string): string;
  rule: (code: string, params?: Params) => RuleText;
  violation: (v: Parameters<typeof describeViolation>[1]) => string;
  /** A date as Danish clinicians write it: 14.09.2026. */
  date(iso: string): string;
}

/** The one place the chosen language is remembered, by every app (and Min side's sign-in). */
export const LANG_STORAGE_KEY = 'rygforlob.lang';

export const I18nContext = createContext<I18n | null>(null);

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}

/** Dates as Danish clinicians write them (14.09.2026), in Danish time, whatever the browser's zone. */
export function dateFormatter(lang: Lang): (iso: string) => string {
  const format = new Intl.DateTimeFormat(lang === 'da' ? 'da-DK' : 'en-GB', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'Europe/Copenhagen',
  });
  return (iso) => format.format(new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso));
}

/** The chosen language, remembered across apps and visits, and set on <html lang>. */
export function useLangState(): [Lang, (next: Lang) => void] {
  const [lang, setLangState] = useState<Lang>(() =>
    globalThis.localStorage?.getItem(LANG_STORAGE_KEY) === 'en' ? 'en' : 'da',
  );
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const setLang = useCallback((next: Lang) => {
    globalThis.localStorage?.setItem(LANG_STORAGE_KEY, next);
    setLangState(next);
  }, []);
  return [lang, setLang];
}
