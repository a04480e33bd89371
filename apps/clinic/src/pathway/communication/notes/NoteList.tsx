import type { Actor } from '@rygforlob/domain';
import { useDirectory, useI18n } from '@rygforlob/ui';
import type { TabProps } from '../../tabs/props.ts';
import { Badge } from '../shared.tsx';

/** The notes in the viewer's slice, received and sent, newest first; withheld ones are counted. */
export function NoteList({ pathway, me }: Pick<TabProps, 'pathway' | 'me'>) {
  const { t, term, date } = useI18n();
  const { orgName } = useDirectory();
  const notes = [...pathway.state.notes].sort((a, b) => b.seq - a.seq);
  const withheld = (pathway.view?.entries ?? []).flatMap((e) =>
    e.visibility === 'withheld' && e.type === 'noteSent' ? [e] : [],
  );
  const withheldFrom = [...new Set(withheld.map((e) => orgName(e.by.organisationId)))];
  return (
    <section aria-labelledby="notes-title">
      <h2 id="notes-title">{t('clinic.comm.notes.listTitle')}</h2>
      {withheldFrom.length > 0 && (
        <p className="ry-alert">{t('timeline.withheld', { actor: withheldFrom.join(', ') })}</p>
      )}
      {notes.length === 0 && <p>{t('clinic.comm.notes.none')}</p>}
      <ul style={{ listStyle: 'none', padding: 0 }}>
        {notes.map((note) => {
          const mine = note.by.organisationId === me.organisationId;
          return (
            <li key={note.noteId} className="ry-card">
              <h3>
                {term('noteKind', note.kind)}{' '}
                <Badge tone={mine ? 'info' : 'ok'}>
                  {t(mine ? 'clinic.comm.notes.sent' : 'clinic.comm.notes.received')}
                </Badge>
              </h3>
              <p className="ry-help">
                {t('clinic.comm.notes.meta', {
                  date: date(note.at),
                  from: `${orgName(note.by.organisationId)} (${term('actor', note.by.actor as Actor)})`,
                  to: note.to.map((p) => orgName(p.organisationId)).join(', '),
                })}
              </p>
              <p style={{ whiteSpace: 'pre-wrap' }}>{note.content.text}</p>
              {note.content.reason && (
                <Extra label={t('clinic.comm.field.note.reason')} text={note.content.reason} />
              )}
              {note.content.summary && (
                <Extra label={t('clinic.comm.field.note.summary')} text={note.content.summary} />
              )}
              {note.content.agreements && (
                <Extra label={t('clinic.comm.field.note.agreements')} text={note.content.agreements} />
              )}
              {note.content.followUpBy && (
                <p>
                  <strong>{t(`clinic.comm.notes.followUpBy.${note.content.followUpBy}`)}</strong>
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function Extra({ label, text }: { label: string; text: string }) {
  return (
    <div>
      <div className="ry-label">{label}</div>
      <p style={{ whiteSpace: 'pre-wrap', marginTop: 0 }}>{text}</p>
    </div>
  );
}
