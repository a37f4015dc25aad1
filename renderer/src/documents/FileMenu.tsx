import { memo, useEffect, useState } from 'react';
import { useDisclosure } from '../ui/useDisclosure';
import type { RecentEntry } from '../../../shared/ipc/contract';
import type { DocumentActions } from './documentActions';

interface FileMenuProps {
  actions: DocumentActions;
  canRevert: boolean;
  /** Opens the template gallery (File > New from Template…). */
  onNewFromTemplate(): void;
  /** Opens File > Save as Template…. */
  onSaveAsTemplate(): void;
}

/**
 * The toolbar's File menu (a disclosure, so it works the same in the desktop app and a
 * browser): New from Template, Save As, Revert, and the recent journeys, fetched each time it
 * opens.
 */
export const FileMenu = memo(function FileMenu({
  actions,
  canRevert,
  onNewFromTemplate,
  onSaveAsTemplate,
}: FileMenuProps) {
  const { open, setOpen, run, panelId, rootProps, triggerProps } = useDisclosure();
  const [recent, setRecent] = useState<RecentEntry[] | null>(null);

  useEffect(() => {
    if (!open) return;
    let live = true;
    void actions.listRecent().then((entries) => live && setRecent(entries));
    return () => {
      live = false;
    };
  }, [open, actions]);

  return (
    <div className="cvj-filemenu" {...rootProps}>
      <button
        type="button"
        {...triggerProps}
        onClick={() => {
          // Fetched afresh each time: files may have vanished or been saved since.
          if (!open) setRecent(null);
          setOpen(!open);
        }}
      >
        More <span aria-hidden="true">▾</span>
      </button>
      {open ? (
        <div
          id={panelId}
          className="cvj-filemenu__panel"
          role="group"
          aria-label="More file commands"
        >
          <button type="button" onClick={() => run(async () => onNewFromTemplate())}>
            New from Template…
          </button>
          <button type="button" onClick={() => run(actions.saveAs)}>
            Save As…
          </button>
          <button type="button" onClick={() => run(async () => onSaveAsTemplate())}>
            Save as Template…
          </button>
          <button type="button" disabled={!canRevert} onClick={() => run(actions.revert)}>
            Revert to Saved
          </button>
          <div className="cvj-filemenu__separator" role="presentation" />
          <p className="cvj-filemenu__heading" id={`${panelId}-recent`}>
            Open Recent
          </p>
          {recent === null ? null : recent.length === 0 ? (
            <p className="cvj-filemenu__empty">No recent journeys</p>
          ) : (
            <ul className="cvj-filemenu__list" aria-labelledby={`${panelId}-recent`}>
              {recent.map((entry) => (
                <li key={entry.id}>
                  <button
                    type="button"
                    title={entry.folder ? `${entry.name} in ${entry.folder}` : entry.name}
                    onClick={() => run(() => actions.openRecent(entry.id))}
                  >
                    <span className="cvj-filemenu__recent-name">{entry.name}</span>
                    {entry.folder ? (
                      <span className="cvj-filemenu__recent-folder">{entry.folder}</span>
                    ) : null}
                  </button>
                </li>
              ))}
            </ul>
          )}
          {recent && recent.length > 0 ? (
            <button type="button" onClick={() => run(actions.clearRecent)}>
              Clear Recent List
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
});
