import type { DesktopApi } from '../../../shared/ipc/desktop-api';

/**
 * What the renderer may ask of its host, built the same way for both hosts: the desktop app
 * (createDesktopPlatform, over the preload's window.cvj) and a plain browser
 * (createBrowserPlatform). Every member of the preload's API is present on both, so callers
 * never test for a method; the one question about which host this is, is `isBrowser`.
 */
export interface Platform extends Required<DesktopApi> {
  /**
   * true in a plain browser tab: one journey per page, so New and Open replace it in place (and
   * ask about unsaved work first), and the tab has the browser's own leave-page prompt. false in
   * the desktop app, where main places each journey in a window and asks before closing one.
   */
  readonly isBrowser: boolean;
  /**
   * New replaced the journey in place, so the page forgets its file (browser). The desktop opens
   * a window for New and main keeps each window's file: nothing to forget there.
   */
  forgetFile(): void;
  /**
   * Before a reload the user asked for (the web app's update prompt): keeps `text` (the unsaved
   * file; null when nothing is unsaved) for the reloaded page to open as it was. Rejects when it
   * cannot, and the reload must then not happen. The desktop app never reloads: nothing to do.
   */
  keepForReload(text: string | null): Promise<void>;
}

declare global {
  interface Window {
    /** Exposed by the preload script in the desktop app; absent in a plain browser. */
    cvj?: DesktopApi;
  }
}
