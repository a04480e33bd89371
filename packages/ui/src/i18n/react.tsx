import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { I18nProvider as AriaI18nProvider } from 'react-aria-components';
import {
  describeViolation,
  type Lang,
  type MessageKey,
  type Params,
  ruleText,
  terms,
  translate,
} from './index.ts';

type Terms = typeof terms;

export interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  /** An app string. */
  t(key: MessageKey, params?: Params): string;
  /** A program term: `term('actor', 'gp')`. */
  term<G extends keyof Terms>(group: G, key: keyof Terms[G] & string): string;
  rule: (code: string, params?: Params) => ReturnType<typeof ruleText>;
  violation: (v: Parameters<typeof describeViolation>[1]) => string;
  /** A date as Danish clinicians write it: 14.09.2026. */
  date(iso: string): string;
}

const STORAGE_KEY = 'rygforlob.lang';
const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() =>
    globalThis.localStorage?.getItem(STORAGE_KEY) === 'en' ? 'en' : 'da',
  );
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const setLang = useCallback((next: Lang) => {
    globalThis.localStorage?.setItem(STORAGE_KEY, next);
    setLangState(next);
  }, []);
  const value = useMemo<I18n>(() => {
    const dateFormat = new Intl.DateTimeFormat(lang === 'da' ? 'da-DK' : 'en-GB', {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      timeZone: 'Europe/Copenhagen',
    });
    return {
      lang,
      setLang,
      t: (key, params) => translate(lang, key, params),
      term: (group, key) => (terms[group] as Record<string, { da: string; en: string }>)[key]?.[lang] ?? key,
      rule: (code, params) => ruleText(lang, code, params),
      violation: (v) => describeViolation(lang, v),
      date: (iso) => dateFormat.format(new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso)),
    };
  }, [lang, setLang]);
  // react-aria's fields follow the app's language, not the browser's: da-DK writes dates
  // dd.mm.åååå and decimals with a comma (88,5) even in an English browser (issue 14).
  return (
    <I18nContext.Provider value={value}>
      <AriaI18nProvider locale={lang === 'da' ? 'da-DK' : 'en-GB'}>{children}</AriaI18nProvider>
    </I18nContext.Provider>
  );
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}
