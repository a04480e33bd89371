import { CertificateRequests } from '../communication/notes/CertificateRequests.tsx';
import { NoteComposer } from '../communication/notes/NoteComposer.tsx';
import { NoteList } from '../communication/notes/NoteList.tsx';
import type { TabProps } from './props.ts';

/**
 * Notes between the pathway's organisations (feedback, closing notes, epicrisis, correspondence,
 * information), LÆ 285 / mulighedserklæring requests for the GP to answer, and the notes this
 * viewer may see, newest first.
 */
export default function NotesTab(props: TabProps) {
  const open = props.pathway.view?.status !== 'closed';
  return (
    <>
      {props.me.actor === 'gp' && <CertificateRequests pathway={props.pathway} me={props.me} />}
      {open && <NoteComposer {...props} />}
      <NoteList pathway={props.pathway} me={props.me} />
    </>
  );
}
