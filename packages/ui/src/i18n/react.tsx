import { type ReactNode, useMemo } from 'react';
import { I18nProvider as AriaI18nProvider } from 'react-aria-components';
import { dateFormatter, type I18n, I18nContext, useLangState } from './context.ts';
import { describeViolation, ruleText, translate } from './index.ts';
import { termIn } from './vocabulary.ts';

export { type I18n, useI18n } from './context.ts';

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLang] = useLangState();
  const value = useMemo<I18n>(() => {
    const date = dateFormatter(lang);
    return {
      lang,
      setLang,
      t: (key, params) => translate(lang, key, params),
      term: (group, key) => termIn(lang, group, key),
      rule: (code, params) => ruleText(lang, code, params),
      violation: (v) => describeViolation(lang, v),
      date,
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
