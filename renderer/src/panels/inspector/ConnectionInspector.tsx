import type { RefObject } from 'react';
import type { Connection, Journey, Tactic } from '../../../../shared/model/types';
import { getStage } from '../../../../shared/model/stages';
import { tacticTitle } from '../../../../shared/model/names';
import { connectionFlow, getTactic, isFlagged } from '../../../../shared/model/selectors';
import { useAppStoreApi } from '../../store/context';
import { SvgIcon } from '../../canvas/Icon';
import { ArrowIcon, WarningIcon } from './icons';
import { editConnectionLabel, editConnectionShare } from './inspectorActions';
import { MAX_LENGTH, plural, SHARE_RULE } from './inspectorModel';
import { NumberField } from './fields/NumberField';
import { TextField } from './fields/TextField';
import { DeleteFooter } from './DeleteFooter';
import './connection-inspector.css';

interface ConnectionInspectorProps {
  doc: Journey;
  connection: Connection;
  labelRef: RefObject<HTMLInputElement | null>;
}

/** One connection: where it runs, its label, and why it is flagged when it is. */
export function ConnectionInspector({ doc, connection, labelRef }: ConnectionInspectorProps) {
  const store = useAppStoreApi();
  const flow = connectionFlow(doc, connection);
  return (
    <>
      <div className="cvj-inspector__heading cvj-inspector__heading--plain">
        <h2 className="cvj-inspector__kind">Connection</h2>
      </div>
      <div className="cvj-inspector__fields">
        <div className="cvj-inspector__route">
          <End tactic={getTactic(doc, connection.source)} role="From" />
          <SvgIcon node={ArrowIcon} size={22} className="cvj-inspector__route-arrow" />
          <End tactic={getTactic(doc, connection.target)} role="To" />
        </div>
        {flow && isFlagged(flow) ? (
          <p className="cvj-inspector__warning">
            <SvgIcon node={WarningIcon} size={20} />
            <span>{flow.explanation}</span>
          </p>
        ) : null}
        <TextField
          label="Label"
          value={connection.label ?? ''}
          maxLength={MAX_LENGTH.label}
          placeholder="e.g. opt-in 25%"
          inputRef={labelRef}
          onChange={(label) => editConnectionLabel(store, connection.id, label)}
        />
        <NumberField
          label="Share of people (%)"
          value={connection.share}
          rule={SHARE_RULE}
          onChange={(share) => editConnectionShare(store, connection.id, share)}
          hint="Forecast: of the people at its start, how many take this path. Empty: an even part of what the start's conversion rate lets go on."
        />
      </div>
      <DeleteFooter label={'Delete connection'} />
    </>
  );
}

function End({ tactic, role }: { tactic: Tactic | undefined; role: 'From' | 'To' }) {
  const stage = tactic ? getStage(tactic.stage) : null;
  return (
    <div
      className="cvj-inspector__end"
      style={stage ? { ['--stage-color' as string]: stage.color } : undefined}
    >
      <span className="cvj-inspector__end-role">
        {role} · {stage?.label ?? 'missing'}
      </span>
      <span className="cvj-inspector__end-title">
        {tactic ? tacticTitle(tactic.title) : 'Missing tactic'}
      </span>
    </div>
  );
}

/** Several connections and no cards: nothing to edit together, but they can go at once. */
export function ConnectionsInspector({ count }: { count: number }) {
  return (
    <>
      <div className="cvj-inspector__heading cvj-inspector__heading--plain">
        <h2 className="cvj-inspector__kind">{plural(count, 'connection')} selected</h2>
      </div>
      <DeleteFooter label={`Delete ${plural(count, 'connection')}`} />
    </>
  );
}
