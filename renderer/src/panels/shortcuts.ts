/**
 * The shortcuts sheet's content. Mod is ⌘ on macOS and Ctrl elsewhere. The desktop menu
 * (electron/main/menu.ts) owns the Mod shortcuts; keys without Mod are the canvas's own.
 */
export interface ShortcutGroup {
  title: string;
  items: { keys: string[]; action: string; browser?: string[] }[];
}

export const SHORTCUT_GROUPS: ShortcutGroup[] = [
  {
    title: 'Add and edit',
    items: [
      { keys: ['N'], action: 'Add a tactic (quick-add in the selected card’s stage)' },
      { keys: ['Double-click'], action: 'Quick-add at that spot of a lane' },
      { keys: ['Enter'], action: 'Edit the selected card in the inspector' },
      { keys: ['Esc'], action: 'Back to the canvas / clear the selection' },
      { keys: ['Delete'], action: 'Delete the selected cards and connections' },
      { keys: ['Mod', 'D'], action: 'Duplicate the selection' },
      { keys: ['Mod', 'C'], action: 'Copy' },
      { keys: ['Mod', 'X'], action: 'Cut' },
      { keys: ['Mod', 'V'], action: 'Paste (at the pointer)' },
      { keys: ['Mod', 'Z'], action: 'Undo' },
      { keys: ['Mod', 'Shift', 'Z'], action: 'Redo (also Ctrl+Y)' },
    ],
  },
  {
    title: 'Select and move',
    items: [
      { keys: ['Tab'], action: 'Move focus from card to card' },
      { keys: ['←', '↑', '→', '↓'], action: 'Focus the next card in that direction (no selection)' },
      { keys: ['Space'], action: 'Select the focused card' },
      { keys: ['↑', '↓'], action: 'Nudge the selection (with Shift: a bigger step)' },
      { keys: ['←', '→'], action: 'Move the selection to the previous / next stage' },
      { keys: ['Shift', 'Click'], action: 'Add to the selection' },
      { keys: ['Shift', 'Drag'], action: 'Select with a rectangle' },
      { keys: ['Mod', 'A'], action: 'Select all cards' },
    ],
  },
  {
    title: 'View',
    items: [
      { keys: ['Mod', '+'], action: 'Zoom in' },
      { keys: ['Mod', '−'], action: 'Zoom out' },
      { keys: ['Mod', '0'], action: 'Actual size' },
      { keys: ['Shift', '1'], action: 'Fit the whole journey', browser: ['Shift', '1'] },
      { keys: ['?'], action: 'Show this sheet' },
    ],
  },
  {
    title: 'Present',
    items: [
      { keys: ['F5'], action: 'Present (⌘ Return on a Mac)' },
      { keys: ['→', 'Space', 'Page Down'], action: 'Next stage (clickers send Page Down)' },
      { keys: ['←', 'Page Up'], action: 'Previous stage' },
      { keys: ['Home', 'End'], action: 'Overview / Promote' },
      { keys: ['1–8'], action: 'Jump to a stage' },
      { keys: ['N'], action: 'Add to the stage shown (or just type)' },
      { keys: ['Enter'], action: 'Rename the card in place' },
      { keys: ['V'], action: 'During a vote: a dot for the card (Alt+V: one back)' },
      { keys: ['K'], action: 'Laser pointer on / off' },
      { keys: ['Esc'], action: 'Leave, back where you were' },
    ],
  },
];
