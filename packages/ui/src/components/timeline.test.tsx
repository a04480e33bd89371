import { party, Scenario, VIEWERS } from '@rygforlob/domain/testing';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n/react.tsx';
import { Timeline } from './timeline.tsx';

const AT = '2026-09-01T09:00:00+02:00';
const text = (html: string) => html.replace(/<[^>]+>/g, '');

describe('the timeline’s meetings (issue 14 review)', () => {
  it('CLK-FASTTRACK: a meeting booked and then moved reads "Samtale planlagt: <day>" and "Samtale flyttet til <day>"', () => {
    const s = Scenario.planned({}, AT);
    // JOB-CONSENT: the GP's LÆ 165 with the citizen's consent brings the jobcentre in.
    s.run(
      VIEWERS.gp,
      {
        type: 'referralSent',
        referralId: 'lae165-1',
        kind: 'jobcentre-lae165',
        to: party(VIEWERS.jobcentre),
        content: {
          proposal: 'Socialmedicinsk sagsbehandling',
          workSituation: 'Pædagog',
          healthInformation: 'Lændesmerter',
        },
        recordConsent: 'employment',
      },
      AT,
    );
    s.run(
      VIEWERS.jobcentre,
      { type: 'meetingScheduled', meetingId: 'm-1', purpose: 'follow-up', on: '2026-09-10' },
      AT,
    );
    s.run(
      VIEWERS.jobcentre,
      { type: 'meetingScheduled', meetingId: 'm-1', purpose: 'follow-up', on: '2026-09-17' },
      AT,
    );
    const entries = s.state.events.map((event) => ({ visibility: 'full' as const, event }));
    const html = text(
      renderToStaticMarkup(
        <I18nProvider>
          <Timeline entries={entries} />
        </I18nProvider>,
      ),
    );
    expect(html).toContain('Samtale planlagt: 10.09.2026');
    expect(html).toContain('Samtale flyttet til 17.09.2026');
    expect(html.split('Samtale planlagt').length - 1).toBe(1);
  });
});
