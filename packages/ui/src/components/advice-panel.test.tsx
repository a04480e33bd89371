import type { Advice } from '@rygforlob/domain';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n/react.tsx';
import { type AdviceAction, type AdviceJoin, AdvicePanel } from './advice-panel.tsx';

const sickLeave: Advice = { kind: 'suggestion', rule: 'CLK-SICK-8W' };
const fastTrack: Advice = { kind: 'suggestion', rule: 'FAST-TRACK', params: { expectedWeeks: 12 } };
const consent: Advice = { kind: 'suggestion', rule: 'JOB-CONSENT' };
const ADDS = 'Borgeren indkaldes til samtale senest 2 uger efter anmodningen.';

const render = (
  advice: Advice[],
  actionFor: (a: Advice) => AdviceAction | undefined,
  joinFor?: (a: Advice) => AdviceJoin | undefined,
) =>
  renderToStaticMarkup(
    <I18nProvider>
      <AdvicePanel advice={advice} actionFor={actionFor} {...(joinFor ? { joinFor } : {})} />
    </I18nProvider>,
  );
const count = (html: string, text: string) => html.split(text).length - 1;
const toForm = (a: Advice): AdviceAction | undefined =>
  a.rule === 'JOB-CONSENT'
    ? { section: 'consent', label: 'Registrér samtykke' }
    : { section: 'fast', label: 'Registrér fast track' };
const join = (a: Advice): AdviceJoin | undefined =>
  a.rule === 'FAST-TRACK' ? { into: 'CLK-SICK-8W', text: ADDS } : undefined;

describe('advice cards that answer the same act (issue 14)', () => {
  it('FAST-TRACK CLK-SICK-8W: without a join, two cards to the same form offer its button once, on the more urgent card', () => {
    const html = render([sickLeave, fastTrack], toForm);
    expect(count(html, 'class="ry-alert"')).toBe(2);
    expect(count(html, '>Registrér fast track<')).toBe(1);
  });

  it('R140-GRADE CLK-R140-START: a plan not yet received is received from one button, not one per card', () => {
    const grade: Advice = { kind: 'suggestion', rule: 'R140-GRADE' };
    const start: Advice = { kind: 'suggestion', rule: 'CLK-R140-START' };
    const html = render([grade, start], () => ({ section: 'case-answer', label: 'Modtag planen' }));
    expect(count(html, '>Modtag planen<')).toBe(1);
  });

  it('FAST-TRACK CLK-SICK-8W: joined, one card says what FAST-TRACK adds, one button, both codes behind Hvorfor?', () => {
    const html = render([sickLeave, fastTrack, consent], toForm, join);
    expect(count(html, '>Registrér fast track<')).toBe(1);
    expect(count(html, 'class="ry-alert"')).toBe(2); // the joined card and JOB-CONSENT's
    expect(html).toContain(ADDS);
    expect(html).toContain('(CLK-SICK-8W).');
    expect(html).toContain('(FAST-TRACK).');
    expect(count(html, '>Hvorfor?<')).toBe(2);
    expect(count(html, '>Registrér samtykke<')).toBe(1);
  });

  it('R140-7-DAYS: a joined card with a target of its own keeps its button beside the host’s', () => {
    const start: Advice = { kind: 'suggestion', rule: 'CLK-R140-START' };
    const sevenDays: Advice = { kind: 'warning', rule: 'R140-7-DAYS' };
    const html = render(
      [sevenDays, start],
      (a) =>
        a.rule === 'R140-7-DAYS'
          ? { section: 'choice', label: 'Registrér borgerens frie valg' }
          : { section: 'start', label: 'Gå til opstarten' },
      (a) => (a.rule === 'R140-7-DAYS' ? { into: 'CLK-R140-START', text: 'frit valg' } : undefined),
    );
    expect(count(html, 'class="ry-alert"')).toBe(1);
    expect(count(html, '>Gå til opstarten<')).toBe(1);
    expect(count(html, '>Registrér borgerens frie valg<')).toBe(1);
  });

  it('a joining card whose host is not open stands on its own, with its button', () => {
    const html = render([fastTrack], toForm, join);
    expect(count(html, '>Registrér fast track<')).toBe(1);
    expect(html).not.toContain(ADDS);
    expect(html).toContain('(FAST-TRACK).');
  });
});

describe('the folded list of closed deadlines (issue 14 review)', () => {
  const clock = (late: boolean): Advice => ({
    kind: 'clock',
    rule: 'CLK-R140-START',
    subject: late ? 'late' : 'ontime',
    clock: {
      code: 'CLK-R140-START',
      subject: late ? 'late' : 'ontime',
      startedOn: '2026-11-22',
      dueFrom: '2026-11-22',
      dueBy: '2026-11-29',
      threshold: false,
      state: 'met',
      metOn: late ? '2026-11-30' : '2026-11-28',
      late,
      daysLeft: -2,
    },
  });

  it('CLK-R140-START: a start met late is folded under "Afsluttede frister", counted as late, never "Opfyldte"', () => {
    const html = render([clock(true)], () => undefined);
    expect(html).toContain('Afsluttede frister (1, heraf 1 opfyldt for sent)');
    expect(html).toContain('Opfyldt for sent 30.11.2026 (frist 29.11.2026)');
    expect(html).not.toContain('Opfyldte frister');
  });

  it('CLK-R140-START: deadlines all met on time fold under "Afsluttede frister (n)" without a late count', () => {
    const html = render([clock(false)], () => undefined);
    expect(html).toContain('Afsluttede frister (1)<');
    expect(html).not.toContain('for sent');
  });
});
