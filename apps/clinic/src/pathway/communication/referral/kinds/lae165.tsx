import { Choice, Flag, type KindModule, str, Txt, useKit } from '../fields.tsx';

/** The GP's proposal for social-medical case handling (LAE165-CONTENT, p.55). */
export const lae165: KindModule = {
  initial: () => ({}),
  content: (d) => ({
    proposal: str(d.proposal),
    workSituation: str(d.workSituation),
    healthInformation: str(d.healthInformation),
    ...(d.sickLeave === true
      ? { sickLeave: { since: str(d.since), extent: str(d.extent) || undefined } }
      : {}),
  }),
  Form: Lae165Form,
};

function Lae165Form() {
  const { draft } = useKit();
  return (
    <>
      <Txt f="content.proposal" area rows={3} />
      <Txt f="content.workSituation" area rows={2} />
      <Txt f="content.healthInformation" area rows={4} />
      <Flag f="content.sickLeave" />
      {draft.sickLeave === true && (
        <div className="ry-row">
          <Txt f="content.sickLeave.since" type="date" />
          <Choice f="content.sickLeave.extent" options={['full', 'partial']} />
        </div>
      )}
    </>
  );
}
