import { useState } from 'react';

/**
 * Which palette groups are open. Browsing, every group starts open and stays as the user left
 * it. Searching, every group with a hit opens (the hits must be visible), and toggles made
 * during that search last only until the query changes.
 */
export function useGroupToggles(query: string) {
  const [browseClosed, setBrowseClosed] = useState<ReadonlySet<string>>(() => new Set());
  const [searchClosed, setSearchClosed] = useState<{ query: string; ids: ReadonlySet<string> }>({
    query: '',
    ids: new Set(),
  });
  const searching = query.trim() !== '';
  const closed = searching
    ? searchClosed.query === query
      ? searchClosed.ids
      : EMPTY
    : browseClosed;

  const toggle = (id: string) => {
    const next = new Set(closed);
    if (!next.delete(id)) next.add(id);
    if (searching) setSearchClosed({ query, ids: next });
    else setBrowseClosed(next);
  };

  return { isExpanded: (id: string) => !closed.has(id), toggle };
}

const EMPTY: ReadonlySet<string> = new Set();
