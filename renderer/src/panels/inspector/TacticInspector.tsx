import type { RefObject } from 'react';
import type { Journey, Tactic } from '../../../../shared/model/types';
import { useAppStoreApi } from '../../store/context';
import { editTactic } from './inspectorActions';
import {
  CONVERSION_RULE,
  COST_PER_PERSON_RULE,
  COST_RULE,
  MAX_LENGTH,
  optionalText,
  REACH_RULE,
  VALUE_RULE,
} from './inspectorModel';
import { TacticHeading } from './TacticHeading';
import { TextField } from './fields/TextField';
import { NotesField } from './fields/NotesField';
import { StatusField } from './fields/StatusField';
import { NumberField } from './fields/NumberField';
import { LinkField } from './fields/LinkField';
import { ConnectionsField } from './fields/ConnectionsField';
import { DeleteFooter } from './DeleteFooter';

interface TacticInspectorProps {
  doc: Journey;
  tactic: Tactic;
  titleRef: RefObject<HTMLInputElement | null>;
}

/** One card: every field of the tactic, applied to the document as it is typed. */
export function TacticInspector({ doc, tactic, titleRef }: TacticInspectorProps) {
  const store = useAppStoreApi();
  const { id } = tactic;
  return (
    <>
      <TacticHeading doc={doc} tactic={tactic} />
      <div className="cvj-inspector__fields">
        <TextField
          label="Title"
          value={tactic.title}
          maxLength={MAX_LENGTH.title}
          inputRef={titleRef}
          prominent
          onChange={(title) => editTactic(store, id, { title })}
        />
        <NotesField
          value={tactic.notes}
          maxLength={MAX_LENGTH.notes}
          onChange={(notes) => editTactic(store, id, { notes })}
        />
        <TextField
          label="Owner"
          value={tactic.owner ?? ''}
          maxLength={MAX_LENGTH.owner}
          placeholder="Who runs it"
          onChange={(owner) => editTactic(store, id, { owner: optionalText(owner) })}
        />
        <StatusField
          value={{ mixed: false, value: tactic.status }}
          onChange={(status) => editTactic(store, id, { status })}
        />
        <div className="cvj-inspector__pair">
          <NumberField
            label="Cost"
            value={tactic.cost}
            rule={COST_RULE}
            onChange={(cost) => editTactic(store, id, { cost })}
          />
          <NumberField
            label="Expected conversion rate (%)"
            value={tactic.conversionRate}
            rule={CONVERSION_RULE}
            onChange={(conversionRate) => editTactic(store, id, { conversionRate })}
          />
        </div>
        <div className="cvj-inspector__pair">
          <NumberField
            label="Reach (new people / period)"
            value={tactic.reach}
            rule={REACH_RULE}
            onChange={(reach) => editTactic(store, id, { reach })}
          />
          <NumberField
            label="Value per person"
            value={tactic.value}
            rule={VALUE_RULE}
            onChange={(value) => editTactic(store, id, { value })}
          />
        </div>
        <div className="cvj-inspector__pair">
          <NumberField
            label="Cost per person"
            value={tactic.costPerPerson}
            rule={COST_PER_PERSON_RULE}
            onChange={(costPerPerson) => editTactic(store, id, { costPerPerson })}
          />
        </div>
        <LinkField
          value={tactic.link ?? ''}
          onChange={(link) => editTactic(store, id, { link: optionalText(link) })}
        />
        <ConnectionsField doc={doc} tactic={tactic} />
      </div>
      <DeleteFooter label={'Delete tactic'} />
    </>
  );
}
