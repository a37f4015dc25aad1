import { STAGE_IDS, type StageId } from '../../../shared/model/types';
import { THEME_NAMES, type ThemeName } from '../../../shared/theme/tokens';
import { safeLocalStorage as storage } from '../platform/storage';

/**
 * The export dialog's choices. The last ones used are remembered in localStorage (per browser
 * profile / app install), so a user who always exports 2x PNG on white gets that next time.
 */
export type ExportFormat = 'png' | 'svg' | 'pdf' | 'pptx';
/** The formats that are one picture of the journey (the others are documents: report, deck). */
export type ImageFormat = 'png' | 'svg';
export const isImageFormat = (format: ExportFormat): format is ImageFormat => format === 'png' || format === 'svg';
export type ExportScopeChoice = 'all' | 'selection' | 'stage';
export type ExportBackground = 'theme' | 'white' | 'transparent';
/** A theme's colours, or `app`: the theme the app shows when exporting. */
export type ExportTheme = ThemeName | 'app';
export const EXPORT_SCALES = [1, 2, 4] as const;
/** 1, 2 or 4; another value only when the user took the largest scale a huge PNG allows. */
export type ExportScale = number;

export interface ExportOptions {
  format: ExportFormat;
  scope: ExportScopeChoice;
  stage: StageId;
  scale: ExportScale;
  background: ExportBackground;
  theme: ExportTheme;
  includeTitle: boolean;
  includeHeaders: boolean;
  /** Put the journey into the image so File > Open can restore it. Off for confidential slides. */
  embed: boolean;
  /** With several journeys in the file: the open one, or one image per journey. */
  journeys: 'open' | 'all';
  /**
   * The forecast's numbers on the image. Unset: as the canvas shows them (on while the forecast
   * is on); not remembered, so each export starts from what the canvas shows.
   */
  forecast?: boolean;
}

export const DEFAULT_EXPORT_OPTIONS: ExportOptions = {
  format: 'png',
  scope: 'all',
  stage: 'aware',
  scale: 2,
  background: 'theme',
  theme: 'app',
  includeTitle: true,
  includeHeaders: true,
  embed: true,
  journeys: 'open',
};

const STORAGE_KEY = 'cvj.export.options.v1';


/** Each stored field is checked on its own: an unknown or damaged value falls back to the default. */
export function parseExportOptions(raw: unknown): ExportOptions {
  const o = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const d = DEFAULT_EXPORT_OPTIONS;
  const pick = <T>(value: unknown, allowed: readonly T[], fallback: T): T =>
    allowed.includes(value as T) ? (value as T) : fallback;
  const bool = (value: unknown, fallback: boolean) =>
    typeof value === 'boolean' ? value : fallback;
  return {
    format: pick(o.format, ['png', 'svg', 'pdf', 'pptx'] as const, d.format),
    scope: pick(o.scope, ['all', 'selection', 'stage'] as const, d.scope),
    stage: pick(o.stage, STAGE_IDS, d.stage),
    scale:
      typeof o.scale === 'number' && Number.isFinite(o.scale) && o.scale >= 0.01 && o.scale <= 16
        ? o.scale
        : d.scale,
    background: pick(o.background, ['theme', 'white', 'transparent'] as const, d.background),
    theme: pick(o.theme, ['app', ...THEME_NAMES] as const, d.theme),
    includeTitle: bool(o.includeTitle, d.includeTitle),
    includeHeaders: bool(o.includeHeaders, d.includeHeaders),
    embed: bool(o.embed, d.embed),
    journeys: pick(o.journeys, ['open', 'all'] as const, d.journeys),
  };
}

export function loadExportOptions(): ExportOptions {
  const text = storage()?.getItem(STORAGE_KEY);
  if (!text) return DEFAULT_EXPORT_OPTIONS;
  try {
    return parseExportOptions(JSON.parse(text));
  } catch {
    return DEFAULT_EXPORT_OPTIONS;
  }
}

export function saveExportOptions(options: ExportOptions): void {
  try {
    storage()?.setItem(STORAGE_KEY, JSON.stringify(options));
  } catch {
    // A full or disabled storage only costs remembering the choices.
  }
}
