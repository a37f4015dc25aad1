import type { RefObject } from 'react';
import type { Tactic } from '../../../../shared/model/types';
import { useAppStoreApi } from '../../store/context';
import { editTactics } from './inspectorActions';
import {
  COST_RULE,
  listTitles,
  MAX_LENGTH,
  optionalText,
  plural,
  sharedValue,
} from './inspectorModel';
import { TextField } from './fields/TextField';
import { StatusField } from './fields/StatusField';
import { NumberField } from './fields/NumberField';
import { ArrangeTools } from './ArrangeTools';
import { DeleteFooter } from './DeleteFooter';

interface MultiInspectorProps {
  tactics: Tactic[];
  connectionCount: number;
  firstFieldRef: RefObject<HTMLInputElement | null>;
}

const MIXED = 'Mixed';

/**
 * Several cards: only the planning fields that make sense for a group. A field shows the value
 * they share or "Mixed"; an edit sets it on all of them as one undo step.
 */
export function MultiInspector({ tactics, connectionCount, firstFieldRef }: MultiInspectorProps) {
  const store = useAppStoreApi();
  const ids = tactics.map((t) => t.id);
  const owner = sharedValue(tactics, 'owner');
  const cost = sharedValue(tactics, 'cost');
  const extra = connectionCount > 0 ? ` and ${plural(connectionCount, 'connection')}` : '';
  return (
    <>
      <div className="cvj-inspector__heading cvj-inspector__heading--plain">
        <h2 className="cvj-inspector__kind">
          {plural(tactics.length, 'tactic')} selected{extra}
        </h2>
      </div>
      <div className="cvj-inspector__fields">
        <p className="cvj-inspector__note">
          <span className="cvj-inspector__titles">{listTitles(tactics)}</span>
          <br />
          Changes here apply to every one of them.
        </p>
        <TextField
          label="Owner"
          value={owner.mixed ? '' : (owner.value ?? '')}
          placeholder={owner.mixed ? MIXED : 'Who runs them'}
          maxLength={MAX_LENGTH.owner}
          inputRef={firstFieldRef}
          onChange={(text) => editTactics(store, ids, { owner: optionalText(text) })}
        />
        <StatusField
          value={sharedValue(tactics, 'status')}
          onChange={(status) => editTactics(store, ids, { status })}
        />
        <NumberField
          label="Cost (each)"
          value={cost.mixed ? undefined : cost.value}
          placeholder={cost.mixed ? MIXED : undefined}
          rule={COST_RULE}
          onChange={(value) => editTactics(store, ids, { cost: value })}
        />
        <ArrangeTools ids={ids} />
      </div>
      <DeleteFooter
        label={`Delete ${connectionCount > 0 ? plural(tactics.length + connectionCount, 'item') : plural(tactics.length, 'tactic')}`}
      />
    </>
  );
}
