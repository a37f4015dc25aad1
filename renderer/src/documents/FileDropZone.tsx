import { useEffect, useState } from 'react';
import type { DocumentActions } from './documentActions';
import './documents.css';

const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;

/** What opens on a drop, as File > Open: journey files and the images exported with one inside. */
const DROP_LABEL = 'Drop a .cvj journey or an exported PNG or SVG to open it';

/**
 * Opens a journey file, or an exported PNG or SVG with the journey inside, dropped anywhere on
 * the window, with a highlight while one is dragged over. Only OS file drags count: the
 * palette's tactic drags carry no files and pass by.
 */
export function FileDropZone({ actions }: { actions: DocumentActions }) {
  const [active, setActive] = useState(false);

  useEffect(() => {
    const onEnterOrOver = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      // Without this the browser (or Electron) would navigate to the file.
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
      setActive(true);
    };
    const onLeave = (e: DragEvent) => {
      // relatedTarget is null only when the drag leaves the window itself.
      if (e.relatedTarget === null) setActive(false);
    };
    const onDrop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setActive(false);
      const files = [...(e.dataTransfer?.files ?? [])];
      if (files.length > 0) void actions.openDropped(files);
    };
    const onEnd = () => setActive(false);
    window.addEventListener('dragenter', onEnterOrOver);
    window.addEventListener('dragover', onEnterOrOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    window.addEventListener('dragend', onEnd);
    return () => {
      window.removeEventListener('dragenter', onEnterOrOver);
      window.removeEventListener('dragover', onEnterOrOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
      window.removeEventListener('dragend', onEnd);
    };
  }, [actions]);

  if (!active) return null;
  return (
    <div className="cvj-drop-overlay" aria-hidden="true">
      <div className="cvj-drop-overlay__label">{DROP_LABEL}</div>
    </div>
  );
}
