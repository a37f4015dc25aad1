import type { Platform } from './types';
import { createBrowserPlatform } from './browser';

export type { Platform } from './types';

/** The desktop bridge when the preload exposed one, otherwise the browser fallback. */
export function detectPlatform(): Platform {
  const bridge = window.cvj;
  if (bridge) return { kind: 'desktop', ...bridge };
  return createBrowserPlatform();
}
