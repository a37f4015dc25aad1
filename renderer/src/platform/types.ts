import type { DesktopApi, DocumentsApi } from '../../../shared/ipc/desktop-api';

/**
 * What the renderer may ask of its host. The desktop build gets it from the preload (window.cvj);
 * a plain browser gets the fallback. Components never check which one they have beyond `kind`.
 */
export interface Platform extends DesktopApi {
  kind: 'desktop' | 'browser';
  /** Files, recent list and autosave: main's file service, or the browser's stand-in. */
  documents: DocumentsApi;
  /**
   * Browser only: New replaced the journey in place, so the page forgets its file. (On the
   * desktop New opens a window and main keeps each window's file.)
   */
  forgetFile?(): void;
}

declare global {
  interface Window {
    /** Exposed by the preload script in the desktop app; absent in a plain browser. */
    cvj?: DesktopApi;
  }
}
