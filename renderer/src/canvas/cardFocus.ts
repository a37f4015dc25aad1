import type { Tactic } from '../../../shared/model/types';
import { CARD_HEIGHT, CARD_WIDTH } from '../../../shared/model/layout';
import type { AppStore } from '../store';
import type { NudgeDirection } from '../commands/selectionActions';

let lastFocusedCard: string | null = null;
let pendingFocus: string | null = null;

/** Remembers the last card that had focus (see focusedCardId). Returns an uninstaller. */
export function trackCardFocus(): () => void {
  const onFocusIn = (e: FocusEvent) => {
    const el = e.target instanceof Element ? e.target.closest<HTMLElement>('.react-flow__node') : null;
    lastFocusedCard = el?.dataset.id ?? null;
  };
  document.addEventListener('focusin', onFocusIn);
  return () => document.removeEventListener('focusin', onFocusIn);
}

/**
 * The id of the card that has keyboard focus. React Flow blurs a card when Escape deselects it;
 * focus then sits on the page itself, and the keyboard user still means that card.
 */
export function focusedCardId(): string | null {
  // A card being brought into view to take focus counts as focused: arrow presses made while
  // the view pans continue from it, not from the card that still has focus.
  if (pendingFocus) return pendingFocus;
  const active = document.activeElement;
  const el = active?.closest<HTMLElement>('.react-flow__node');
  if (el) return el.dataset.id ?? null;
  return active === document.body || active === null ? lastFocusedCard : null;
}

/**
 * Moves keyboard focus to the nearest card in a direction (spatial navigation), or to the
 * first card in reading order when none has focus.
 */
export function focusNeighbourCard(store: AppStore, fromId: string | null, direction: NudgeDirection): void {
  const tactics = store.getState().doc.tactics;
  const from = fromId ? tactics.find((t) => t.id === fromId) : undefined;
  const target = from ? nearestInDirection(tactics, from, direction) : firstInReadingOrder(tactics);
  if (target) focusCard(target.id, store);
}

/** The card's element, if it is on screen: one mounted ahead under the overview is hidden. */
const cardElement = (id: string) => {
  const el = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
  return el && !el.closest('[data-overview]') ? el : null;
};

/**
 * Focuses a card. Cards off screen are not rendered (onlyRenderVisibleElements), so one that
 * is not in the page is first brought into view, then focused once it has been drawn.
 */
export function focusCard(id: string, store?: AppStore): void {
  const el = cardElement(id);
  if (el) {
    pendingFocus = null;
    el.focus();
    return;
  }
  if (!store) return;
  store.getState().revealCards([id], { focus: true });
  pendingFocus = id;
  // After the reveal's pan (200 ms): cards come and go from the page while the view moves.
  let frames = 0;
  const retry = () => {
    if (pendingFocus !== id) return; // a later arrow press took over
    const found = cardElement(id);
    if (found) found.focus();
    if (document.activeElement === found || ++frames >= 60) pendingFocus = null;
    else requestAnimationFrame(retry);
  };
  window.setTimeout(retry, 250);
}

function centre(t: Tactic) {
  return { x: t.position.x + CARD_WIDTH / 2, y: t.position.y + CARD_HEIGHT / 2 };
}

function firstInReadingOrder(tactics: readonly Tactic[]): Tactic | undefined {
  return [...tactics].sort((a, b) => a.position.x - b.position.x || a.position.y - b.position.y)[0];
}

function nearestInDirection(tactics: readonly Tactic[], from: Tactic, direction: NudgeDirection) {
  const c = centre(from);
  let best: Tactic | undefined;
  let bestScore = Infinity;
  for (const t of tactics) {
    if (t.id === from.id) continue;
    const p = centre(t);
    const dx = p.x - c.x;
    const dy = p.y - c.y;
    const along = { left: -dx, right: dx, up: -dy, down: dy }[direction];
    const across = direction === 'left' || direction === 'right' ? Math.abs(dy) : Math.abs(dx);
    if (along <= 0) continue;
    // Prefer cards straight ahead: sideways distance costs more than distance ahead.
    const score = along + across * 2;
    if (score < bestScore) {
      bestScore = score;
      best = t;
    }
  }
  return best;
}
