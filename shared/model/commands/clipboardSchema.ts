import { z } from 'zod';
import { STAGE_IDS, TACTIC_STATUSES } from '../types';
import { HEX_COLOR } from '../names';
import { LIMITS } from '../limits';
import { list, text } from '../../file/zod-setup';
import { CLIPBOARD_FORMAT, CLIPBOARD_VERSION, MAX_CLIPBOARD_CHARS, type ClipboardPayload } from './clipboard';

/**
 * What a pasted payload may hold: the `.cvj` file schema's rules (shared/file/schema.ts) with the
 * same LIMITS, so anything pasted can be saved; restated as a schema here because shared/file
 * builds on the model, not the other way round. Items are loose like in a file, so fields a newer build wrote
 * survive a copy and paste; limits keep a hostile clipboard from freezing the canvas.
 */
const Id = text(LIMITS.idLength, 1);
const Coordinate = z.number().min(-LIMITS.coordinate).max(LIMITS.coordinate);
const Stage = z.enum(STAGE_IDS);

const TacticSchema = z.looseObject({
  id: Id,
  stage: Stage,
  kind: Id,
  title: text(LIMITS.titleLength),
  notes: text(LIMITS.notesLength),
  position: z.looseObject({ x: Coordinate, y: Coordinate }),
  owner: text(LIMITS.shortTextLength).optional(),
  status: z.enum(TACTIC_STATUSES).optional(),
  cost: z.number().min(0).max(LIMITS.cost).optional(),
  conversionRate: z.number().min(0).max(100).optional(),
  reach: z.number().min(0).max(LIMITS.reach).optional(),
  value: z.number().min(0).max(LIMITS.cost).optional(),
  costPerPerson: z.number().min(0).max(LIMITS.cost).optional(),
  link: text(LIMITS.linkLength).optional(),
  votes: z.number().int().min(1).max(LIMITS.votes).optional(),
});

const ConnectionSchema = z.looseObject({
  id: Id,
  source: Id,
  target: Id,
  label: text(LIMITS.titleLength).optional(),
  share: z.number().min(0).max(100).optional(),
});

const CustomTacticSchema = z.looseObject({
  id: Id,
  name: text(LIMITS.titleLength, 1),
  stage: Stage,
  icon: text(LIMITS.shortTextLength, 1),
  color: z.string().regex(HEX_COLOR),
  description: text(LIMITS.descriptionLength).optional(),
});


export const ClipboardSchema = z
  .object({
    format: z.literal(CLIPBOARD_FORMAT),
    version: z.literal(CLIPBOARD_VERSION),
    tactics: list(TacticSchema, LIMITS.tactics),
    connections: list(ConnectionSchema, LIMITS.connections),
    customTactics: list(CustomTacticSchema, LIMITS.customTactics),
  })
  .refine(
    (payload) =>
      unique(payload.tactics) &&
      unique(payload.connections) &&
      unique(payload.customTactics) &&
      connectionsAreInternal(payload),
  );

function unique(items: readonly { id: string }[]): boolean {
  return new Set(items.map((item) => item.id)).size === items.length;
}

/** What `copyTactics` makes: edges only between copied cards, never a loop or a repeated pair. */
function connectionsAreInternal({
  tactics,
  connections,
}: {
  tactics: readonly { id: string }[];
  connections: readonly { source: string; target: string }[];
}): boolean {
  const ids = new Set(tactics.map((tactic) => tactic.id));
  const pairs = new Set<string>();
  for (const { source, target } of connections) {
    if (!ids.has(source) || !ids.has(target) || source === target) return false;
    pairs.add(JSON.stringify([source, target]));
  }
  return pairs.size === connections.length;
}

/**
 * Reads clipboard text back. Never throws: the clipboard holds whatever the user last copied
 * anywhere, so anything that is not exactly our payload (wrong format or version, bad fields,
 * repeated ids, an edge leaving the copied set) gives `null` and can go to another handler.
 */
export function parseClipboard(text: string): ClipboardPayload | null {
  if (typeof text !== 'string' || text.length > MAX_CLIPBOARD_CHARS) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const result = ClipboardSchema.safeParse(json);
  return result.success ? result.data : null;
}
