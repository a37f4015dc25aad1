import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Platform } from '../platform';
import type { AppStore } from '../store';
import { createDocumentActions, type DocumentActions } from './documentActions';

const DocumentActionsContext = createContext<DocumentActions | null>(null);

/** One set of file actions per window, so a save in progress is shared by every caller. */
export function DocumentActionsProvider({
  store,
  platform,
  children,
}: {
  store: AppStore;
  platform: Platform;
  children: ReactNode;
}) {
  const actions = useMemo(() => createDocumentActions(store, platform), [store, platform]);
  return (
    <DocumentActionsContext.Provider value={actions}>{children}</DocumentActionsContext.Provider>
  );
}

export function useDocumentActions(): DocumentActions {
  const actions = useContext(DocumentActionsContext);
  if (!actions) throw new Error('useDocumentActions must be used inside <DocumentActionsProvider>');
  return actions;
}
