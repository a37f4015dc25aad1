import { SvgIcon } from '../canvas/Icon';
import { CloseIcon, InfoIcon } from '../ui/icons';
import { useAppStore, useAppStoreApi } from '../store/context';
import './notice.css';

/**
 * A quiet note about the journey just opened (what was repaired on load), over the bottom of
 * the canvas. Non-modal: work goes on around it; it stays until dismissed or another journey is
 * loaded, and screen readers hear it once, politely.
 */
export function DocumentNotice() {
  const store = useAppStoreApi();
  const notice = useAppStore((s) => s.notice);
  return (
    <div className="cvj-notice-region" role="status" aria-live="polite">
      {notice ? (
        <div className="cvj-notice" data-testid="document-notice">
          <SvgIcon node={InfoIcon} size={20} className="cvj-notice__icon" />
          <div className="cvj-notice__text">
            <p className="cvj-notice__message">{notice.message}</p>
            {notice.detail ? <p className="cvj-notice__detail">{notice.detail}</p> : null}
          </div>
          {notice.action ? (
            <button
              type="button"
              className="cvj-notice__action"
              onClick={() => {
                store.getState().showNotice(null);
                notice.action?.run();
              }}
            >
              {notice.action.label}
            </button>
          ) : null}
          <button
            type="button"
            className="cvj-notice__dismiss"
            aria-label="Dismiss notice"
            title="Dismiss"
            onClick={() => store.getState().showNotice(null)}
          >
            <SvgIcon node={CloseIcon} size={18} />
          </button>
        </div>
      ) : null}
    </div>
  );
}
