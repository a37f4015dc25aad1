import type { CustomTacticDef, StageId } from '../../../../shared/model/types';
import {
  addCustomTactic,
  removeCustomTactic,
  updateCustomTactic,
} from '../../../../shared/model/commands';
import { createId } from '../../../../shared/model/ids';
import { GENERIC_ICONS } from '../../../../shared/model/icons';
import { STAGES, getStage } from '../../../../shared/model/stages';
import { EXTRA_TACTIC_COLORS } from '../../../../shared/theme/tokens';
import type { AppStore } from '../../store';

/** What the custom tactic dialog edits; `description` is '' when there is none. */
export interface CustomTacticFields {
  name: string;
  stage: StageId;
  icon: string;
  color: string;
  description: string;
}

export function fieldsOf(def: CustomTacticDef): CustomTacticFields {
  const { name, stage, icon, color, description = '' } = def;
  return { name, stage, icon, color, description };
}

export function newFields(name: string, stage: StageId): CustomTacticFields {
  return {
    name,
    stage,
    icon: GENERIC_ICONS[0] ?? 'star',
    color: getStage(stage).color,
    description: '',
  };
}

/** Adds the def to the journey (it then shows under "In this journey"). Returns its id. */
export function createCustomTactic(store: AppStore, fields: CustomTacticFields): string {
  const id = createId('custom');
  const { description, ...rest } = fields;
  const def: CustomTacticDef = description.trim() ? { id, ...rest, description } : { id, ...rest };
  store.getState().apply(addCustomTactic, { def });
  return id;
}

/** One undo step for the whole dialog; a blank description removes it. */
export function editCustomTactic(store: AppStore, id: string, fields: CustomTacticFields): void {
  store
    .getState()
    .apply(updateCustomTactic, { id, changes: { ...fields, name: fields.name.trim() } });
}

/** Cards already made from it stay on the canvas (the command keeps them). */
export function deleteCustomTactic(store: AppStore, id: string): void {
  store.getState().apply(removeCustomTactic, { id });
}

const PRESET_NAMES: Record<StageId, string> = {
  aware: 'Blue',
  engage: 'Teal',
  subscribe: 'Green',
  convert: 'Lime',
  excite: 'Amber',
  ascend: 'Red',
  advocate: 'Magenta',
  promote: 'Violet',
};

/** Swatches offered first: the stage colours (already tuned for a projector) and a neutral. */
export const COLOR_PRESETS: readonly { name: string; color: string }[] = [
  ...STAGES.map((stage) => ({ name: PRESET_NAMES[stage.id], color: stage.color })),
  ...EXTRA_TACTIC_COLORS,
];

/** An <input type=color> only takes #rrggbb; files may hold #rgb. */
export function sixDigitHex(color: string): string {
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(color);
  return (
    short ? `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}` : color
  ).toLowerCase();
}

const ICON_LABELS: Record<string, string> = {
  zap: 'Lightning',
  lightbulb: 'Light bulb',
  users: 'People',
  'message-circle': 'Speech bubble',
  'circle-dollar-sign': 'Money',
};

/** Accessible name of an icon choice: "shopping-cart" reads as "Shopping cart". */
export function iconLabel(icon: string): string {
  const label = ICON_LABELS[icon] ?? icon.replace(/-/g, ' ');
  return label.charAt(0).toUpperCase() + label.slice(1);
}
