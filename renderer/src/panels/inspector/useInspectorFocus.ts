import { useEffect, useRef, type RefObject } from 'react';
import { useAppStore } from '../../store/context';

/**
 * Enter on a card bumps `inspectorFocusToken`; the inspector then focuses its first field (the
 * title) with its text selected, ready to be typed over. The token seen at mount is not a
 * request: the inspector must not steal focus when it merely appears.
 */
export function useInspectorFocus(firstField: RefObject<HTMLInputElement | null>): void {
  const token = useAppStore((s) => s.inspectorFocusToken);
  const handled = useRef(token);
  useEffect(() => {
    if (token === handled.current) return;
    handled.current = token;
    const field = firstField.current;
    if (!field) return;
    field.focus();
    field.select();
  }, [token, firstField]);
}
