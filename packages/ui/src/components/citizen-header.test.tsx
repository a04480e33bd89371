import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n/react.tsx';
import { CitizenHeader } from './citizen-header.tsx';

const render = (triageVisible?: boolean) =>
  renderToStaticMarkup(
    <I18nProvider>
      <CitizenHeader
        citizen={{ name: 'Jens Hansen', cpr: '0101701234', birthDate: '1970-01-01', municipality: 'Vejle' }}
        targetGroup={null}
        coordinatorName="Lægerne Kirkegade"
        consents={[]}
        orgName={(id) => id}
        now="2026-12-01T10:00:00Z"
        {...(triageVisible === undefined ? {} : { triageVisible })}
      />
    </I18nProvider>,
  );

describe('the case header’s triage chip (issue 14 review)', () => {
  it('JOB-CONSENT: a slice that never holds the triage shows no triage chip, not "Ikke triageret"', () => {
    const html = render(false);
    expect(html).not.toContain('Ikke triageret');
    expect(html).not.toContain('ry-badge');
  });
  it('TRIAGE: a viewer who would see a triage is told there is none yet', () => {
    expect(render()).toContain('Ikke triageret');
  });
});
