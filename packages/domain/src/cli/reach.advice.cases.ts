import {
  consentTo,
  openCommand,
  party,
  rehabPlanReferral,
  Scenario,
  triageInput,
  VIEWERS,
} from '../testing/scenario.ts';

import { adviseCase, at, general, nerveRoot, type ReachCase, referralSent, T0 } from './reach.helpers.ts';

/** Worked examples of `pnpm cli advise`: pathways whose advice names the rule. */
export function adviceCases(): ReachCase[] {
  // A nerve root course: no ICF yet, a new prescription, the reassessment and hospital clocks.
  const nerve = Scenario.planned(nerveRoot);
  nerve.run(
    VIEWERS.gp,
    { type: 'interventionStarted', interventionId: 'sm-1', intervention: 'self-management' },
    T0,
  );
  nerve.run(
    VIEWERS.gp,
    {
      type: 'medicationPrescribed',
      prescriptionId: 'rx-1',
      drug: 'Ibuprofen',
      painCourse: 'episodic',
      discontinuationPlan: 'Stop efter 10 dage',
    },
    at('2026-10-20'),
  );
  nerve.run(
    VIEWERS.gp,
    {
      type: 'assessed',
      icf: { bodyFunctions: { painIntensity: 8 } },
      reassessment: { change: 'unchanged', pain: 8 },
    },
    at('2026-10-06'),
  );

  // A stenosis course never reassessed.
  const stenosis = Scenario.planned({ specificFindings: { nerveRoot: false, stenosis: true, other: [] } });
  stenosis.run(
    VIEWERS.gp,
    { type: 'interventionStarted', interventionId: 'sm-1', intervention: 'self-management' },
    T0,
  );

  // A complicated course with structural change, a plan whose follow-up passed, sick leave and fast track.
  const complicated = Scenario.planned({
    specificFindings: { nerveRoot: false, stenosis: false, other: ['structural'] },
    complicatingFactors: {
      longLasting: true,
      significantFunctionalLimitation: true,
      psychosocial: false,
      comorbidity: false,
    },
  });
  complicated.run(VIEWERS.gp, { type: 'assessed', icf: { bodyFunctions: { durationWeeks: 30 } } }, T0);
  complicated.run(
    VIEWERS.gp,
    {
      type: 'planUpdated',
      approach: 'stepped',
      goals: [{ goal: 'Arbejde' }],
      interventions: ['self-management'],
      selfManagementAgreements: 'Gåture',
      followUpOn: '2026-10-01',
    },
    T0,
  );
  complicated.run(
    VIEWERS.gp,
    { type: 'interventionStarted', interventionId: 'sm-1', intervention: 'self-management' },
    T0,
  );
  complicated.run(
    VIEWERS.gp,
    { type: 'consentGiven', consentId: 'c-j', recipient: party(VIEWERS.jobcentre), purpose: 'employment' },
    T0,
  );
  complicated.run(
    VIEWERS.jobcentre,
    { type: 'sickLeaveRegistered', start: '2026-06-20', extent: 'full', expectedWeeks: 12 },
    T0,
  );
  complicated.run(
    VIEWERS.jobcentre,
    { type: 'fastTrackRequested', requestedBy: 'employee', requestedOn: '2026-09-01' },
    T0,
  );
  complicated.run(VIEWERS.jobcentre, { type: 'benefitReviewScheduled', reviewOn: '2027-03-10' }, T0);

  // A manual therapy course at the chiropractor (no feedback to the GP yet).
  const manual = Scenario.planned();
  manual.run(VIEWERS.gp, referralSent('chiro', VIEWERS.chiro, general), T0);
  manual.run(
    VIEWERS.chiro,
    { type: 'interventionStarted', interventionId: 'm-1', intervention: 'manual' },
    T0,
  );
  for (const day of ['2026-09-03', '2026-09-08', '2026-09-10', '2026-09-15'])
    manual.run(
      VIEWERS.chiro,
      { type: 'sessionRecorded', interventionId: 'm-1', response: 'unchanged' },
      at(day),
    );

  // A §140 plan received but not started within 7 days, not graded; sent after discharge.
  const rehab = Scenario.planned();
  rehab.run(VIEWERS.gp, consentTo(VIEWERS.hospital, 'c-h'), T0);
  rehab.run(VIEWERS.hospital, rehabPlanReferral('r-1', '2026-08-31'), T0);

  // Persistent after specialised care; the citizen has not consented to inform the GP, and a
  // physiotherapist the citizen went to on their own has started.
  const persistent = new Scenario();
  persistent.run(VIEWERS.gp, openCommand({ consent: false }), T0);
  persistent.run(
    VIEWERS.gp,
    { type: 'triaged', input: triageInput({ persistentAfterSpecialisedCare: true }) },
    T0,
  );
  persistent.run(
    VIEWERS.physio,
    referralSent('physio', VIEWERS.physio, general, { recordConsent: undefined, selfReferral: true }),
    T0,
  );
  persistent.run(
    VIEWERS.physio,
    { type: 'interventionStarted', interventionId: 'sm-1', intervention: 'self-management' },
    T0,
  );

  // The structural clock and the pain centre clock fall due months later.
  return [
    adviseCase(
      'advise-nerveroot',
      nerve,
      at('2026-10-27'),
      ['SURG-RADICULAR', 'TG-NERVEROOT', 'RISK-FACTORS', 'WORK-EARLY', 'CLK-MED-DAYS', 'CLK-HOSP-6-8W'],
      'nerve root: the week-5 reassessment found pain 8/10 unchanged, so MR or hospital is suggested',
    ),
    adviseCase(
      'advise-nerveroot-later',
      nerve,
      at('2026-11-16'),
      ['CLK-MED-3-4W'],
      'the same course three weeks later: the second medication follow-up falls due',
    ),
    adviseCase(
      'advise-stenosis',
      stenosis,
      at('2026-11-03'),
      ['TG-STENOSIS', 'CLK-REASSESS-4-8W'],
      'stenosis, 9 weeks treated and never reassessed: MR or hospital suggested, the clock overdue',
    ),
    adviseCase(
      'advise-complicated',
      complicated,
      at('2027-03-02'),
      [
        'TG-COMPLICATED',
        'PLAN-REVIEW',
        'SURG-STRUCTURAL',
        'CLK-STRUCT-6M',
        'CLK-PAIN-6M',
        'CLK-SICK-8W',
        'CLK-FASTTRACK',
        'LAE285',
        'BENEFIT-REVIEW',
        'S56',
      ],
      'complicated course with structural change, six months on, on sick leave with fast track',
    ),
    adviseCase(
      'advise-manual',
      manual,
      at('2026-09-16'),
      ['MANUAL-4-5', 'CLK-MANUAL-4-5', 'FEEDBACK-GP', 'TG-UNCOMPLICATED'],
      'four manual treatments without improvement, no feedback to the GP yet',
    ),
    adviseCase(
      'advise-rehab',
      rehab,
      at('2026-09-10'),
      ['R140-GRADE', 'R140-7-DAYS', 'CLK-R140-START', 'CLK-R140-SEND'],
      'a §140 plan sent the day after discharge, not graded, not started within 7 days',
    ),
    adviseCase(
      'advise-persistent',
      persistent,
      at('2026-09-02'),
      ['TG-PERSISTENT', 'HOSP-REREFERRAL', 'GP-INFORMED', 'ICF-ASSESSMENT'],
      'persistent after specialised care; a physiotherapist acts but the GP may not be told',
    ),
  ];
}
