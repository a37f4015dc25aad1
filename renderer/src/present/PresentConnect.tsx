import { getTactic } from '../../../shared/model/selectors';
import { useAppStore } from '../store/context';
import { ConnectionsField } from '../panels/inspector/fields/ConnectionsField';
import { hiddenFrom, revealedJourney } from './reveal';

/**
 * Connecting from the keyboard while presenting: the inspector is hidden, so its "Leads to" field
 * comes up on its own, under the presenter's controls, while one card is selected (Tab reaches
 * it; choosing a card connects, one undo step, as in the inspector).
 */
export function PresentConnect() {
  // Only the cards the room may see ("reveal as we go") are offered.
  const doc = useAppStore((s) => revealedJourney(s.doc, hiddenFrom(s.presenting)));
  const id = useAppStore((s) => (s.selection.length === 1 ? s.selection[0]! : null));
  const voting = useAppStore((s) => s.presenting?.voting ?? false);
  const tactic = id ? getTactic(doc, id) : undefined;
  if (!tactic || voting) return null;
  return (
    <section className="cvj-present__connect" aria-label={`Connections of ${tactic.title}`}>
      <ConnectionsField doc={doc} tactic={tactic} />
    </section>
  );
}
