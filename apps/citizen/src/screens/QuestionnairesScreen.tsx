import { useI18n } from '@rygforlob/ui';

/** "Spørgeskemaer": what the clinician asked the citizen to answer at home. */
export default function QuestionnairesScreen() {
  const { t } = useI18n();
  return (
    <>
      <h1>{t('minside.q.title')}</h1>
      <p>{t('minside.q.none')}</p>
    </>
  );
}
