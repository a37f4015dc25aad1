import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

/**
 * A toolbar menu that works the same in the desktop app and a browser (a disclosure: a button
 * that shows a panel of buttons). A click outside closes it; Escape closes it and gives the focus
 * back to its button; `run` closes it, then runs the chosen command.
 */
export function useDisclosure() {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    window.addEventListener('pointerdown', onPointer);
    return () => window.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const run = useCallback((action: () => unknown) => {
    setOpen(false);
    trigger.current?.focus();
    void action();
  }, []);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !open) return;
    e.stopPropagation();
    setOpen(false);
    trigger.current?.focus();
  };

  return {
    open,
    setOpen,
    run,
    panelId,
    rootProps: { ref: root, onKeyDown },
    triggerProps: { ref: trigger, 'aria-expanded': open, 'aria-controls': panelId },
  };
}
