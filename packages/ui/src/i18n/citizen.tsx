import { type ReactNode, useMemo } from 'react';

export { addCitizenMessages } from './citizen-catalogue.ts';

import { I18nProvider as AriaI18nProvider } from 'react-aria-components';
import { citizenMessage } from './citizen-catalogue.ts';
import { dateFormatter, type I18n, I18nContext, useLangState } from './context.ts';
import { fill } from './fill.ts';
import { termIn } from './vocabulary.ts';

/**
 * The I18n of Min side: the same `useI18n` as every app, behind the small catalogue. A key it
 * lacks shows as the key (never a crash); Min side shows no rule codes, so `rule` and
 * `violation` give the code alone.
 */
export function CitizenI18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLang] = useLangState();
  const value = useMemo<I18n>(
    () => ({
      lang,
      setLang,
      t: (key, params) => {
        const message = citizenMessage(key);
        return message ? fill(message[lang], params) : key;
      },
      term: (group, key) => termIn(lang, group, key),
      rule: (code) => ({ code, title: code, text: '', page: '-', hard: false }),
      violation: (v) => v.rule,
      date: dateFormatter(lang),
    }),
    [lang, setLang],
  );
  return (
    <I18nContext.Provider value={value}>
      <AriaI18nProvider locale={lang === 'da' ? 'da-DK' : 'en-GB'}>{children}</AriaI18nProvider>
    </I18nContext.Provider>
  );
}
