import { dayOf, type ReferralState } from '@rygforlob/domain';
import {
  CommandFeedback,
  ConfirmPanel,
  DateField,
  type PathwayHandle,
  useI18n,
  useTRPC,
} from '@rygforlob/ui';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { commandOptions, newId, onPathway } from './model.ts';

/**
 * The start of a §140 course (CLK-R140-START, p.55), which cannot be undone: the day it began
 * (empty until given; not after today, not before the plan was sent, as the domain's
 * interventionStarted.startedOn), then a question before it is recorded (issue 14 review: one
 * click stamped today, after which a session on an earlier day was refused).
 */
export function StartCourse({ pathway, referral }: { pathway: PathwayHandle; referral: ReferralState }) {
  const { t, date } = useI18n();
  const trpc = useTRPC();
  const [startedOn, setStartedOn] = useState('');
  const [confirming, setConfirming] = useState(false);
  const start = useMutation(trpc.plan.startIntervention.mutationOptions(commandOptions(pathway)));
  return (
    <Form
      aria-label={t('rehab.r140.start')}
      onSubmit={(e) => {
        e.preventDefault();
        if (startedOn) setConfirming(true);
      }}
    >
      <div data-advice-focus>
        <DateField
          label={t('rehab.r140.startedOn')}
          name="startedOn"
          value={startedOn}
          onChange={(day) => {
            setStartedOn(day);
            setConfirming(false);
          }}
          minValue={dayOf(referral.at)}
          maxValue={dayOf(new Date().toISOString())}
          isRequired
        />
      </div>
      <CommandFeedback command={start} />
      {confirming ? (
        <ConfirmPanel
          question={t('rehab.r140.startConfirm', { date: date(startedOn) })}
          confirmLabel={t('rehab.r140.startYes')}
          cancelLabel={t('rehab.confirm.cancel')}
          isPending={start.isPending}
          onCancel={() => setConfirming(false)}
          onConfirm={() =>
            start.mutate(
              {
                ...onPathway(pathway),
                interventionId: newId('rehab'),
                intervention: 'rehab-140',
                referralId: referral.referralId,
                startedOn,
              },
              { onSettled: () => setConfirming(false) },
            )
          }
        />
      ) : (
        <Button type="submit" className="ry-button" isDisabled={start.isPending}>
          {t('rehab.r140.start')}
        </Button>
      )}
    </Form>
  );
}
