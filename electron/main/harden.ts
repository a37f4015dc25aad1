import type { Session, WebContents } from 'electron';
import { isAllowedNavigation, isPermissionAllowed, withSecurityHeaders } from './security';

/**
 * Applies the policies from security.ts to every web contents and to the session. Wiring only:
 * the decisions themselves are tested in test/unit/electron/security.test.ts.
 */
export function hardenWebContents(contents: WebContents, appOrigin: string): void {
  const guard = (event: { url: string; preventDefault(): void }): void => {
    if (!isAllowedNavigation(event.url, appOrigin)) event.preventDefault();
  };
  // will-frame-navigate covers subframes too; will-navigate is kept as the documented main-frame hook.
  contents.on('will-navigate', guard);
  contents.on('will-frame-navigate', guard);
  contents.on('will-redirect', guard);
  // webviewTag is off, but a compromised renderer must not get one attached either.
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export function hardenSession(ses: Session, csp: string): void {
  ses.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(isPermissionAllowed(permission)),
  );
  ses.setPermissionCheckHandler((_contents, permission) => isPermissionAllowed(permission));
  ses.setDevicePermissionHandler(() => false);
  ses.setDisplayMediaRequestHandler((_request, callback) => callback(null));
  // app:// responses carry these headers from the protocol handler; this covers the dev server.
  ses.webRequest.onHeadersReceived((details, callback) =>
    callback({ responseHeaders: withSecurityHeaders(details.responseHeaders, csp) }),
  );
}
