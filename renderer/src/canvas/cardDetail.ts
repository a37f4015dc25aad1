import type { StageId } from '../../../shared/model/types';
import { createContext } from 'react';

/**
 * Whether the cards are seen from afar (the view zoomed out below DETAIL_ZOOM): one value for
 * the whole canvas, so crossing the threshold re-renders the cards once, and a pan or a zoom that
 * stays on one side of it renders none.
 */
export const FarCardsContext = createContext(false);

/** Present mode's focused stage: the other stages' cards are dimmed. Null: none focused. */
export const FocusedStageContext = createContext<StageId | null>(null);
