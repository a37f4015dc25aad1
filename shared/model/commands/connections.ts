import { produce } from 'immer';
import { tacticsById } from '../selectors';
import type { Connection, Journey } from '../types';
import { cleanText } from './fields';

export interface ConnectTacticsArgs {
  id: string;
  source: string;
  target: string;
  label?: string;
}

/**
 * Ignores what `canConnect` refuses (a self-connection, a missing end, a repeat of an existing
 * source -> target pair) and a taken id.
 * The reverse direction is a different connection and allowed; unusual flows are warned about
 * (see `connectionFlow`), never refused.
 */
export function connectTactics(doc: Journey, args: ConnectTacticsArgs): Journey {
  const { id, source, target } = args;
  if (!canConnect(doc, { source, target })) return doc;
  if (doc.connections.some((c) => c.id === id)) return doc;
  const label = cleanText(args.label);
  const connection: Connection =
    label === undefined ? { id, source, target } : { id, source, target, label };
  return produce(doc, (draft) => {
    draft.connections.push(connection);
  });
}

/** An empty or blank label removes the label. */
export function updateConnection(
  doc: Journey,
  { id, label }: { id: string; label: string | undefined },
): Journey {
  const index = doc.connections.findIndex((connection) => connection.id === id);
  const next = cleanText(label);
  if (index < 0 || doc.connections[index]?.label === next) return doc;
  return produce(doc, (draft) => {
    const connection = draft.connections[index];
    if (!connection) return;
    if (next === undefined) delete connection.label;
    else connection.label = next;
  });
}

/**
 * Forecast: the percentage (0–100) of the source's people who take this connection; `undefined`
 * removes it (the connection then takes an even part of what the source's rate leaves).
 */
export function setConnectionShare(
  doc: Journey,
  { id, share }: { id: string; share: number | undefined },
): Journey {
  const index = doc.connections.findIndex((connection) => connection.id === id);
  const current = doc.connections[index];
  if (!current || Object.is(current.share, share)) return doc;
  if (share !== undefined && !(share >= 0 && share <= 100)) return doc;
  return produce(doc, (draft) => {
    const connection = draft.connections[index];
    if (!connection) return;
    if (share === undefined) delete connection.share;
    else connection.share = share;
  });
}

export function removeConnections(doc: Journey, { ids }: { ids: readonly string[] }): Journey {
  const doomed = new Set(ids);
  if (!doc.connections.some((connection) => doomed.has(connection.id))) return doc;
  return produce(doc, (draft) => {
    draft.connections = doc.connections.filter((connection) => !doomed.has(connection.id));
  });
}

export interface ReconnectConnectionArgs {
  id: string;
  source: string;
  target: string;
}

/**
 * Dragging an edge's end onto another card. The connection keeps its id, label and any other
 * field, so undo and the inspector still know it. Refused (same document back) by the rules
 * `connectTactics` applies: no self-connection, no missing end, no second edge for a pair.
 */
export function reconnectConnection(doc: Journey, args: ReconnectConnectionArgs): Journey {
  const { id, source, target } = args;
  const index = doc.connections.findIndex((connection) => connection.id === id);
  const current = doc.connections[index];
  if (!current) return doc;
  if (current.source === source && current.target === target) return doc;
  if (!canConnect(doc, { source, target, except: id })) return doc;
  return produce(doc, (draft) => {
    const connection = draft.connections[index];
    if (!connection) return;
    if (connection.source !== source) connection.source = source;
    if (connection.target !== target) connection.target = target;
  });
}

/**
 * The rule for a connection from `source` to `target`: two different cards of this journey,
 * and no other connection (leaving out `except`, the one being reconnected) for that pair in
 * that direction. `connectTactics` and `reconnectConnection` refuse what it refuses; the canvas
 * asks it while a connection is being drawn, so it never offers a drop the command would ignore.
 */
export function canConnect(
  doc: Journey,
  { source, target, except }: { source: string; target: string; except?: string | undefined },
): boolean {
  if (source === target) return false;
  const byId = tacticsById(doc);
  if (!byId.has(source) || !byId.has(target)) return false;
  return !doc.connections.some((c) => c.id !== except && c.source === source && c.target === target);
}
