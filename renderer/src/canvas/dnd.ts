/** Drag-and-drop type of a palette item: the payload is the tactic kind (library or custom id). */
export const TACTIC_DRAG_TYPE = 'application/x-cvj-tactic';
