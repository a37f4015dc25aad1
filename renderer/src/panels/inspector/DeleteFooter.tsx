import { useAppStoreApi } from '../../store/context';
import { deleteSelection } from '../../commands/actions';
import { SvgIcon } from '../../canvas/Icon';
import { DeleteIcon } from './icons';

/** The inspector's footer: one button deleting what is selected ("Delete tactic", "Delete 3 items"). */
export function DeleteFooter({ label }: { label: string }) {
  const store = useAppStoreApi();
  return (
    <div className="cvj-inspector__footer">
      <button
        type="button"
        className="cvj-btn cvj-inspector__button cvj-inspector__button--danger"
        onClick={() => deleteSelection(store)}
      >
        <SvgIcon node={DeleteIcon} size={18} /> {label}
      </button>
    </div>
  );
}
