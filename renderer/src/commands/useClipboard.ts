import { useEffect, type RefObject } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { Point } from '../../../shared/model/types';
import { useAppStoreApi } from '../store/context';
import { isEditableTarget } from '../platform/shortcuts';
import { mentionsClipboardFormat } from '../../../shared/model/commands';
import { copySelection, cutSelection, pasteText } from './selectionActions';

/**
 * Copy, cut and paste of cards through the system clipboard's copy/cut/paste events: they
 * work from the keyboard, from the native Edit menu (its roles fire the same events) and
 * between windows, and need no clipboard permission. Text fields keep their own clipboard.
 */
export function useClipboard(pointer: RefObject<Point | null>) {
  const store = useAppStoreApi();
  const { screenToFlowPosition } = useReactFlow();

  useEffect(() => {
    const onCopy = (e: ClipboardEvent) => {
      if (isEditableTarget(e.target) || !e.clipboardData) return;
      const text = e.type === 'cut' ? cutSelection(store) : copySelection(store);
      if (!text) return;
      e.clipboardData.setData('text/plain', text);
      e.preventDefault();
    };
    const onPaste = (e: ClipboardEvent) => {
      if (isEditableTarget(e.target) || !e.clipboardData) return;
      const text = e.clipboardData.getData('text/plain');
      const at = pointer.current ? screenToFlowPosition(pointer.current) : undefined;
      // Cards copied by CVJ Studio: ours to paste (checked in full as they are read).
      if (!mentionsClipboardFormat(text)) return;
      e.preventDefault();
      void pasteText(store, text, at);
    };
    document.addEventListener('copy', onCopy);
    document.addEventListener('cut', onCopy);
    document.addEventListener('paste', onPaste);
    return () => {
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('cut', onCopy);
      document.removeEventListener('paste', onPaste);
    };
  }, [store, pointer, screenToFlowPosition]);
}
