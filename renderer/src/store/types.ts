import type { StoreApi } from 'zustand';
import type { TemporalState } from 'zundo';
import type { DocumentSlice } from './documentSlice';
import type { ViewSlice } from './viewSlice';
import type { UiSlice } from './uiSlice';
import type { SessionSlice } from './sessionSlice';
import type { PromptSlice } from './promptSlice';
import type { JourneysSlice } from './journeysSlice';
import type { Journey } from '../../../shared/model/types';

export type AppState = DocumentSlice & SessionSlice & ViewSlice & UiSlice & PromptSlice & JourneysSlice;

/** What undo history records: the document and nothing else. */
export interface HistoryState {
  doc: Journey;
}

/** Middleware as the slices see it: zundo outside, immer inside (zundo types its API `unknown` there). */
export type AppMutators = [['temporal', unknown], ['zustand/immer', never]];

export type HistoryApi = StoreApi<TemporalState<HistoryState>>;
