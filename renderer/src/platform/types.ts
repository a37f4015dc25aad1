import type { DesktopApi } from '../../../shared/ipc/contract';

/**
 * What the renderer may ask of its host. The desktop build gets it from the preload (window.cvj);
 * a plain browser gets the fallback. Components never check which one they have beyond `kind`.
 */
export interface Platform extends DesktopApi {
  kind: 'desktop' | 'browser';
}

declare global {
  interface Window {
    /** Exposed by the preload script in the desktop app; absent in a plain browser. */
    cvj?: DesktopApi;
  }
}
