import { APP_NAME } from './version';

/**
 * The window title the way the app shows it everywhere (main's windows and the browser tab):
 * "• Q3 launch.cvj — CVJ Studio", the dot marking unsaved changes.
 */
export function windowTitle(state: { documentTitle: string; edited: boolean }): string {
  return `${state.edited ? '• ' : ''}${state.documentTitle} — ${APP_NAME}`;
}
