import { formatPath } from './issues';

/**
 * Deeper than any journey needs, shallow enough that every later recursive walk (the
 * serializer, immer's freeze, structured clone over IPC) stays far from the stack limit.
 */
export const MAX_DEPTH = 100;

/**
 * Far above the largest journey the limits allow, low enough to stop an object graph that
 * shares subtrees (possible over IPC, never from JSON text) from taking exponential time.
 */
const MAX_VALUES = 5_000_000;

/** How many keys of a too-deep value's path a message shows. */
const PATH_KEYS = 12;

export interface Structure {
  problem?: string;
  /**
   * Where the problem is: the keys down to the value found too deep, cut to the first
   * `PATH_KEYS` (the rest of a hostile nesting says nothing more to a reader).
   */
  problemPath?: PropertyKey[];
  /**
   * Every own `__proto__` key (JSON.parse creates them as plain data). zod drops them where it
   * copies objects, so that they cannot set a prototype, but keeps them deeper inside unknown
   * values; the parser removes them all so the rule is simply "never kept".
   */
  protoKeys: { path: string; owner: object }[];
}

interface Node {
  value: unknown;
  depth: number;
  parent: Node | undefined;
  key: PropertyKey;
}

/**
 * Checks the shape of a value as a whole before any recursive code sees it. Iterative, so
 * hostile nesting cannot overflow the stack; a cycle shows up as nesting that never ends.
 */
export function inspectStructure(root: unknown): Structure {
  const protoKeys: Structure['protoKeys'] = [];
  const pending: Node[] = [{ value: root, depth: 0, parent: undefined, key: '' }];
  let count = 0;
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    const { value, depth } = node;
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_DEPTH) {
      return {
        problem: `it is nested more than ${MAX_DEPTH} levels deep`,
        problemPath: keysOf(node).slice(0, PATH_KEYS),
        protoKeys,
      };
    }
    const isList = Array.isArray(value);
    for (const [key, child] of Object.entries(value)) {
      count += 1;
      if (count > MAX_VALUES) {
        return { problem: `it holds more than ${MAX_VALUES} values`, protoKeys };
      }
      const childNode = {
        value: child,
        depth: depth + 1,
        parent: node,
        key: isList ? Number(key) : key,
      };
      if (key === '__proto__' && !isList) protoKeys.push({ path: pathOf(childNode), owner: value });
      pending.push(childNode);
    }
  }
  return { protoKeys };
}

function keysOf(node: Node): PropertyKey[] {
  const keys: PropertyKey[] = [];
  for (let at: Node | undefined = node; at?.parent !== undefined; at = at.parent) keys.push(at.key);
  return keys.reverse();
}

function pathOf(node: Node): string {
  return formatPath(keysOf(node));
}
