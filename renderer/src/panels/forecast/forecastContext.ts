import { createContext } from 'react';
import type { ForecastResult } from '../../../../shared/model/forecast';

/**
 * The forecast the canvas draws while it is on (null when off: cards, headers and connections
 * then render exactly as without it). `busiest`: the most people on one connection, for the
 * flow widths; `widths`: whether connections follow the flow (Forecast panel's "Flow widths").
 */
export interface CanvasForecast {
  result: ForecastResult;
  busiest: number;
  widths: boolean;
}

export const ForecastContext = createContext<CanvasForecast | null>(null);
