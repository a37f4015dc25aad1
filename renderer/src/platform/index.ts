import type { Platform } from './types';
import { createBrowserPlatform } from './browser';
import { createBrowserDocuments } from './browserDocuments';

export type { Platform } from './types';

/** The desktop bridge when the preload exposed one, otherwise the browser fallback. */
export function detectPlatform(): Platform {
  const bridge = window.cvj;
  if (!bridge) return createBrowserPlatform();
  if (bridge.documents) return { kind: 'desktop', ...bridge, documents: bridge.documents };
  // The preload always exposes documents; should a build lack them, files still open and save
  // the way a browser does (a file input and downloads) rather than not at all.
  const documents = createBrowserDocuments();
  return {
    kind: 'desktop',
    ...bridge,
    documents,
    forgetFile: () => documents.forgetFile(),
    setWindowState(state) {
      documents.noteWindowState(state);
      return bridge.setWindowState(state);
    },
  };
}
