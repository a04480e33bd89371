import { useRouter } from '@rygforlob/ui';
import { useEffect } from 'react';
import '../care/care.css';
import { ScoreChart } from '../care/chart/ScoreChart.tsx';
import { IcfForm } from '../care/icf/IcfForm.tsx';
import { QuestionnairePanel } from '../care/questionnaires/QuestionnairePanel.tsx';
import type { TabProps } from './props.ts';

/**
 * Assessment (spec §3.3–3.4): the ICF record with live risk factors, the program's questionnaires
 * with live scores, and how pain and scores have moved over time.
 */
export default function AssessmentTab({ pathway }: TabProps) {
  const router = useRouter();
  const focus = router.query.get('focus');
  // An advice card's "Lav en ny vurdering" lands on the form itself, not the chart above it.
  useEffect(() => {
    if (focus !== 'icf') return;
    const heading = document.getElementById('icf-title');
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus();
  }, [focus]);
  return (
    <div className="ry-care">
      <div className="ry-card">
        <ScoreChart state={pathway.state} />
      </div>
      <IcfForm pathway={pathway} />
      <div className="ry-card">
        <QuestionnairePanel pathway={pathway} />
      </div>
    </div>
  );
}
