import type { Platform } from './types';
import { createBrowserPlatform } from './browser';
import { createDesktopPlatform, isDesktopBridge } from './desktop';

export type { Platform } from './types';

/**
 * The desktop platform when the preload exposed its API, otherwise the browser's. A preload
 * missing part of its API (no shipped build does) gets the browser platform as a whole, which
 * asks before replacing work and saves by download, rather than half of each.
 */
export function detectPlatform(): Platform {
  const bridge = window.cvj;
  return isDesktopBridge(bridge) ? createDesktopPlatform(bridge) : createBrowserPlatform();
}
