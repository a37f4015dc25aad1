import { ChoiceDialog } from '../panels/dialogs/ChoiceDialog';
import { MessageDialog } from '../panels/dialogs/MessageDialog';
import { RecoveryDialog } from '../panels/dialogs/RecoveryDialog';
import { useAppStore } from '../store/context';
import type { DocumentActions } from './documentActions';
import { formatWhen } from './wording';

const formatTime = (iso: string) => formatWhen(iso);

/**
 * The file dialogs: the recovery offer, and questions and messages one at a time, in the order
 * they were asked. A question asked from the recovery offer (Discard?) opens on top of it.
 */
export function DocumentDialogs({ actions }: { actions: DocumentActions }) {
  const pending = useAppStore((s) => s.prompts[0]);
  const offer = useAppStore((s) => s.recoveryOffer);
  const answer = useAppStore((s) => s.answerPrompt);
  const setOffer = useAppStore((s) => s.setRecoveryOffer);

  return (
    <>
      {offer ? (
        <RecoveryDialog
          entries={offer}
          formatTime={formatTime}
          onRestore={(id) => void actions.restoreRecovery(id)}
          onDiscard={(entry) => void actions.discardRecovery(entry)}
          onLater={() => setOffer(null)}
        />
      ) : null}
      {pending?.prompt.kind === 'message' ? (
        <MessageDialog
          key={pending.id}
          {...pending.prompt}
          onClose={() => answer(pending.id, 'ok')}
        />
      ) : pending?.prompt.kind === 'choice' ? (
        <ChoiceDialog
          key={pending.id}
          {...pending.prompt}
          onAnswer={(value) => answer(pending.id, value)}
        />
      ) : null}
    </>
  );
}
