import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n/react.tsx';
import { InboxItems } from './inbox-items.tsx';

const text = (html: string) => html.replace(/<[^>]+>/g, '');

describe('an inbox item’s "Ny" badge (issue 14 review)', () => {
  it('stands apart from the item: read as "Ny: Notat", never the phrase "Ny Notat"', () => {
    const html = renderToStaticMarkup(
      <I18nProvider>
        <InboxItems
          items={[{ seq: 1, read: false }]}
          newLabel="Ny"
          describe={() => 'Notat · Fysioterapeut'}
          onMarkUnread={() => {}}
        />
      </I18nProvider>,
    );
    expect(text(html)).toContain('Ny: Notat');
    expect(text(html)).not.toContain('Ny Notat');
    expect(html).toContain('class="ry-badge">Ny</span>');
  });
});
