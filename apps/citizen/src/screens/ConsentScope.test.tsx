import { I18nProvider } from '@rygforlob/ui';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ConsentScopeText } from './ConsentScope.tsx';

const render = (closed: boolean) =>
  renderToStaticMarkup(
    <I18nProvider>
      <ConsentScopeText coordinator={false} purpose="employment" closed={closed} />
    </I18nProvider>,
  );

describe('Min side consent card: what the jobcentre can see (issue 14 wording)', () => {
  it('JOB-CONSENT: an open pathway has no "why it ended"', () => {
    const html = render(false);
    expect(html).toContain('Dit rygforløb: hvor du har ondt');
    expect(html).not.toContain('sluttede');
  });
  it('JOB-CONSENT: a closed pathway says why it ended', () => {
    expect(render(true)).toContain('Dit rygforløb: hvor du har ondt, og hvorfor det sluttede');
  });
});
