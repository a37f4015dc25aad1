import { produce } from 'immer';
import { isStageId } from '../stages';
import type { CustomTacticDef, Journey } from '../types';
import { cleanText } from './fields';
// A file only accepts plain hex colours, so that is all a custom tactic may hold: a journey the
// commands made must always save and load again.
import { isHexColor } from '../names';


/**
 * Adds a tactic of the user's own to the journey's palette. The name is trimmed (it is typed
 * once, in a dialog); a blank name, a taken id, or a def a file could not hold (unknown stage,
 * no icon, colour not hex) is refused. Unknown fields on `def` are kept, as a file keeps them.
 */
export function addCustomTactic(doc: Journey, { def }: { def: CustomTacticDef }): Journey {
  if (!isSaveableDef(def)) return doc;
  if (doc.customTactics.some((custom) => custom.id === def.id)) return doc;
  const name = def.name.trim();
  const { description, ...rest } = def;
  const cleaned = cleanText(description)?.trim();
  const added: CustomTacticDef =
    cleaned === undefined ? { ...rest, name } : { ...rest, name, description: cleaned };
  return produce(doc, (draft) => {
    draft.customTactics.push(added);
  });
}

/** What a def needs for the journey to save, load and draw it. */
export function isSaveableDef(def: CustomTacticDef): boolean {
  return (
    typeof def.id === 'string' &&
    def.id !== '' &&
    typeof def.name === 'string' &&
    def.name.trim() !== '' &&
    typeof def.icon === 'string' &&
    def.icon !== '' &&
    isStageId(def.stage) &&
    isHexColor(def.color)
  );
}

export type CustomTacticChanges = Partial<
  Pick<CustomTacticDef, 'name' | 'stage' | 'icon' | 'color' | 'description'>
>;

/**
 * Edits a custom tactic's palette entry. Cards already made from it keep their own title and
 * stay in their lanes; they pick up the new icon and colour through `tacticAppearance`. Like
 * card titles, the name is stored as typed (an editor may commit per keystroke); a change that
 * would leave the def unsaveable (blank name, no icon, bad colour, unknown stage) is ignored,
 * and a blank description removes it.
 */
export function updateCustomTactic(
  doc: Journey,
  { id, changes }: { id: string; changes: CustomTacticChanges },
): Journey {
  const index = doc.customTactics.findIndex((custom) => custom.id === id);
  if (index < 0) return doc;
  return produce(doc, (draft) => {
    const def = draft.customTactics[index];
    if (!def) return;
    const { name, stage, icon, color } = changes;
    if (name?.trim() && name !== def.name) def.name = name;
    if (stage !== undefined && isStageId(stage) && stage !== def.stage) def.stage = stage;
    if (icon && icon !== def.icon) def.icon = icon;
    if (isHexColor(color) && color !== def.color) def.color = color;
    if (Object.hasOwn(changes, 'description')) {
      const description = cleanText(changes.description);
      if (description === undefined) {
        if (Object.hasOwn(def, 'description')) delete def.description;
      } else if (description !== def.description) {
        def.description = description;
      }
    }
  });
}

/**
 * Removes a custom tactic from the palette. Cards made from it stay exactly as they are (kind
 * and title included), so nothing on the canvas is lost and undo is exact; with their def gone,
 * `tacticAppearance` no longer finds it and the canvas draws them with the generic icon.
 */
export function removeCustomTactic(doc: Journey, { id }: { id: string }): Journey {
  if (!doc.customTactics.some((custom) => custom.id === id)) return doc;
  return produce(doc, (draft) => {
    draft.customTactics = doc.customTactics.filter((custom) => custom.id !== id);
  });
}
