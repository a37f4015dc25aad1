export * from './types';
export * from './format';
export { forecastJourney, type ForecastOptions } from './forecast';
export { forecastLevers } from './levers';
export { forecastCsv } from './csv';
