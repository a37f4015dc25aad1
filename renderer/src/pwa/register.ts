/// <reference types="vite-plugin-pwa/vanillajs" />
import { registerSW } from 'virtual:pwa-register';

export interface WebAppStatus {
  /** A new version is installed and waits for the user's Reload. */
  updateReady: boolean;
  /** The first visit's service worker has every file: the app now starts with no network. */
  offlineReady: boolean;
  /** Registering the service worker failed: the app works, but not offline. */
  registerError: string | null;
}

type Listener = () => void;
let status: WebAppStatus = { updateReady: false, offlineReady: false, registerError: null };
const listeners = new Set<Listener>();
let applyUpdate: () => Promise<void> = async () => window.location.reload();

function set(patch: Partial<WebAppStatus>): void {
  status = { ...status, ...patch };
  listeners.forEach((listener) => listener());
}

export const webAppStatus = {
  get: (): WebAppStatus => status,
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  dismissOfflineReady: () => set({ offlineReady: false }),
  /** Activates the waiting version and reloads: only when the user asked (Reload). */
  reload: () => applyUpdate(),
};

/**
 * Registers the service worker (vite-plugin-pwa's Workbox one, dist/web/sw.js). A new version
 * installs in the background and then waits: nothing reloads until the user chooses Reload
 * in the update prompt. Another tab's Reload activates it for this tab too; this tab then
 * shows the prompt as well instead of reloading under the user.
 */
export function registerWebApp(): void {
  if (!('serviceWorker' in navigator)) return;
  let requested = false;
  let activatedElsewhere = false;
  const update = registerSW({
    immediate: true,
    onNeedRefresh: () => set({ updateReady: true }),
    onNeedReload() {
      if (requested) window.location.reload();
      else {
        activatedElsewhere = true;
        set({ updateReady: true });
      }
    },
    onOfflineReady: () => set({ offlineReady: true }),
    // A window left open for days still hears of a new version: look every hour, and when
    // the network comes back.
    onRegisteredSW(_url: string, registration: ServiceWorkerRegistration | undefined) {
      if (!registration) return;
      const check = () => {
        if (navigator.onLine) registration.update().catch(() => {});
      };
      setInterval(check, 60 * 60 * 1000);
      window.addEventListener('online', check);
    },
    onRegisterError: (error: unknown) =>
      set({ registerError: error instanceof Error ? error.message : String(error) }),
  });
  applyUpdate = async () => {
    requested = true;
    if (activatedElsewhere) {
      window.location.reload();
      return;
    }
    await update(true);
    // The new version takes over and onNeedReload reloads; should it not (a browser that
    // never reports it), reload anyway: the journey is kept for the reloaded page.
    setTimeout(() => window.location.reload(), 5_000);
  };
}
