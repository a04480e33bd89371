import type { ConsentState } from '@rygforlob/domain';
import { VIEWERS } from '@rygforlob/domain/testing';
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

describe('the case header’s consent line names each recipient once (issue 14 review)', () => {
  const consent = (v: (typeof VIEWERS)[keyof typeof VIEWERS], id: string): ConsentState => ({
    consentId: id,
    recipient: { actor: v.actor, organisationId: v.organisationId },
    purpose: 'treatment',
    givenBy: 'citizen',
    seq: 1,
    at: '2026-09-01T09:00:00Z',
    by: VIEWERS.gp,
  });
  const names: Record<string, string> = {
    [VIEWERS.rehab.organisationId]: 'Vejle Kommune, Genoptræning (§\u00a0140)',
    [VIEWERS.physio.organisationId]: 'Fysioterapien Havneparken',
  };
  it('R140: "Vejle Kommune, Genoptræning (§ 140)" without "(Kommunal genoptræning (§ 140))"; other kinds kept', () => {
    const html = renderToStaticMarkup(
      <I18nProvider>
        <CitizenHeader
          citizen={{ name: 'Jens Hansen', cpr: '0101701234', birthDate: '1970-01-01', municipality: 'Vejle' }}
          targetGroup={null}
          coordinatorName="Lægerne Kirkegade"
          consents={[consent(VIEWERS.rehab, 'c1'), consent(VIEWERS.physio, 'c2')]}
          orgName={(id) => names[id] ?? id}
          now="2026-12-01T10:00:00Z"
        />
      </I18nProvider>,
    );
    expect(html).toContain(
      'Vejle Kommune, Genoptræning (§\u00a0140), Fysioterapien Havneparken (Fysioterapeut)',
    );
    expect(html).not.toContain('Kommunal genoptræning');
  });
});
