import { useDeferredValue, useId, useMemo } from 'react';
import { STAGE_IDS, type Journey, type StageId, type Tactic } from '../../../../../shared/model/types';
import { outgoingConnections, tacticsById } from '../../../../../shared/model/selectors';
import { connectTactics, removeConnections } from '../../../../../shared/model/commands';
import { getStage, stageIndex } from '../../../../../shared/model/stages';
import { createId } from '../../../../../shared/model/ids';
import { tacticTitle } from '../../../../../shared/model/names';
import { useAppStoreApi } from '../../../store/context';
import { SvgIcon } from '../../../canvas/Icon';
import { CloseIcon } from '../icons';
import { Field } from './Field';

interface ConnectionsFieldProps {
  doc: Journey;
  tactic: Tactic;
}

/** A <select> with thousands of options is slow to build and useless to read. */
const MAX_CANDIDATES = 150;

/**
 * The cards offered in "Connect to…": the nearest ones in journey terms (the next stages first,
 * then by distance on the canvas), listed in stage order.
 */
function connectCandidates(doc: Journey, tactic: Tactic, taken: ReadonlySet<string>): Tactic[] {
  const from = stageIndex(tactic.stage);
  // The next stage is the natural target; backward or far jumps are rarer.
  const stageCost = (stage: StageId) => {
    const stages = stageIndex(stage) - from;
    return stages === 1 ? 0 : stages === 0 ? 1 : stages > 1 ? stages : 4 - stages;
  };
  const byStage = tacticsByLane(doc.tactics);
  const chosen: Tactic[] = [];
  // Whole stages, cheapest first, while they fit; the first that does not fit gives its cards
  // nearest in height (stages as cheap as each other count as one). Only those are sorted.
  const costs = [...new Set(STAGE_IDS.map(stageCost))].sort((a, b) => a - b);
  for (const cost of costs) {
    const open = STAGE_IDS.filter((s) => stageCost(s) === cost)
      .flatMap((s) => byStage[s])
      .filter((t) => t.id !== tactic.id && !taken.has(t.id));
    const room = MAX_CANDIDATES - chosen.length;
    if (open.length > room) {
      const dy = (t: Tactic) => Math.abs(t.position.y - tactic.position.y);
      chosen.push(...open.sort((a, b) => dy(a) - dy(b)).slice(0, room));
      break;
    }
    chosen.push(...open);
  }
  return chosen.sort((a, b) => stageIndex(a.stage) - stageIndex(b.stage) || a.position.y - b.position.y);
}

function outgoingTargets(doc: Journey, id: string): string[] {
  return outgoingConnections(doc, id).map((c) => c.target);
}

const lanes = new WeakMap<readonly Tactic[], Record<StageId, Tactic[]>>();

/** The cards of each lane, in document order. */
function tacticsByLane(tactics: readonly Tactic[]): Record<StageId, Tactic[]> {
  let byStage = lanes.get(tactics);
  if (!byStage) {
    byStage = Object.fromEntries(STAGE_IDS.map((s) => [s, [] as Tactic[]])) as Record<StageId, Tactic[]>;
    for (const t of tactics) byStage[t.stage].push(t);
    lanes.set(tactics, byStage);
  }
  return byStage;
}

/**
 * Where this card leads, editable without a mouse: the keyboard way to draw connections
 * (dragging between handles needs a pointer). Choosing a card in "Leads to…" connects it.
 */
export function ConnectionsField({ doc, tactic }: ConnectionsFieldProps) {
  const store = useAppStoreApi();
  const id = useId();
  const byId = tacticsById(doc);
  const outgoing = outgoingConnections(doc, tactic.id);
  const taken = new Set(outgoing.map((c) => c.target));
  // The list walks every card of the journey and builds up to 150 options: it follows a new
  // selection or an edit in a render of its own after the edit is painted (the card added or
  // chosen shows at once; its "Leads to" options a moment later). Until then the previous list
  // shows, less this card and the cards it already leads to.
  const laterDoc = useDeferredValue<Journey | null>(doc, null);
  const laterTactic = useDeferredValue<Tactic | null>(tactic, null);
  const listed = useMemo(
    () =>
      laterDoc && laterTactic
        ? connectCandidates(laterDoc, laterTactic, new Set(outgoingTargets(laterDoc, laterTactic.id)))
        : null,
    [laterDoc, laterTactic],
  );
  const candidates = listed?.filter((t) => t.id !== tactic.id && !taken.has(t.id)) ?? [];

  return (
    <Field id={id} label="Leads to">
      {outgoing.length > 0 ? (
        <ul className="cvj-field__list">
          {outgoing.map((c) => {
            const target = byId.get(c.target);
            const name = target ? `${target.title} (${getStage(target.stage).label})` : 'missing card';
            return (
              <li key={c.id}>
                <span>{name}</span>
                <button
                  type="button"
                  className="cvj-field__remove"
                  aria-label={`Remove connection to ${name}`}
                  title="Remove this connection"
                  onClick={() => store.getState().apply(removeConnections, { ids: [c.id] })}
                >
                  <SvgIcon node={CloseIcon} size={16} />
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      <select
        id={id}
        className="cvj-input cvj-field__input cvj-field__select"
        value=""
        disabled={listed !== null && candidates.length === 0}
        onChange={(e) => {
          const target = e.target.value;
          if (target) store.getState().apply(connectTactics, { id: createId('c'), source: tactic.id, target });
        }}
      >
        <option value="">{candidates.length || !listed ? 'Connect to…' : 'No other cards to connect to'}</option>
        {candidates.map((t) => (
          <option key={t.id} value={t.id}>
            {getStage(t.stage).number}. {getStage(t.stage).label}: {tacticTitle(t.title)}
          </option>
        ))}
      </select>
    </Field>
  );
}
