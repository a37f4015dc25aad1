import { alignTactics, distributeTactics } from '../../../../shared/model/commands';
import type { AlignEdge } from '../../../../shared/model/commands';
import { useAppStoreApi } from '../../store/context';
import { SvgIcon } from '../../canvas/Icon';
import { AlignBottomIcon, AlignMiddleIcon, AlignTopIcon, DistributeIcon } from './icons';

const ALIGN: { edge: AlignEdge; label: string; icon: typeof AlignTopIcon }[] = [
  { edge: 'top', label: 'Align tops', icon: AlignTopIcon },
  { edge: 'middle', label: 'Align middles', icon: AlignMiddleIcon },
  { edge: 'bottom', label: 'Align bottoms', icon: AlignBottomIcon },
];

/**
 * Arrange several cards: line them up in a row across lanes, or space them evenly down each
 * lane. Each button is one command, so one undo step.
 */
export function ArrangeTools({ ids }: { ids: string[] }) {
  const store = useAppStoreApi();
  return (
    <fieldset className="cvj-inspector__arrange">
      <legend>Arrange</legend>
      <div className="cvj-inspector__arrange-row">
        {ALIGN.map(({ edge, label, icon }) => (
          <button
            key={edge}
            type="button"
            className="cvj-btn cvj-inspector__button"
            title={label}
            aria-label={label}
            onClick={() => store.getState().apply(alignTactics, { ids, edge })}
          >
            <SvgIcon node={icon} size={18} />
          </button>
        ))}
        <button
          type="button"
          className="cvj-btn cvj-inspector__button"
          title="Distribute evenly down each lane"
          aria-label="Distribute vertically"
          disabled={ids.length < 3}
          onClick={() => store.getState().apply(distributeTactics, { ids })}
        >
          <SvgIcon node={DistributeIcon} size={18} /> Distribute
        </button>
      </div>
    </fieldset>
  );
}
