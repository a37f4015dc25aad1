import { isHexColor } from '../model/names';
import { STAGES } from '../model/stages';
import type { StageId } from '../model/types';

/**
 * The design tokens: every colour the app and its exports draw, for each theme. This is the one
 * place colours are written. The DOM reads them as CSS custom properties (`--cvj-ink` for `ink`,
 * see themeCss), the overview and minimap drawings and the SVG/PNG exporter read the objects.
 *
 * Stage colours are the stages' identity (shared/model/stages.ts) and stay the same in every
 * theme; a theme decides what they are mixed with (the `tint*` percentages and the bases).
 */

export const THEME_NAMES = ['light', 'dark', 'projector'] as const;
export type ThemeName = (typeof THEME_NAMES)[number];
/** What the user picked: a theme, or `system` (follow the OS until they pick one). */
export type ThemeChoice = ThemeName | 'system';
export const THEME_CHOICES: readonly ThemeChoice[] = ['system', ...THEME_NAMES];
export const THEME_LABELS: Readonly<Record<ThemeChoice, string>> = {
  system: 'System',
  light: 'Light',
  dark: 'Dark',
  projector: 'Projector',
};

/** What the OS asks for: dark mode, more contrast. */
export interface SystemAppearance {
  dark: boolean;
  moreContrast: boolean;
}

/** The theme a choice shows: `system` follows the OS (more contrast → projector, dark → dark). */
export function resolveTheme(choice: ThemeChoice, system: SystemAppearance): ThemeName {
  if (choice !== 'system') return choice;
  if (system.moreContrast) return 'projector';
  return system.dark ? 'dark' : 'light';
}

export function isThemeName(value: unknown): value is ThemeName {
  return typeof value === 'string' && (THEME_NAMES as readonly string[]).includes(value);
}
export function isThemeChoice(value: unknown): value is ThemeChoice {
  return value === 'system' || isThemeName(value);
}

export interface ThemeColors {
  /** The canvas and the app's background. */
  canvas: string;
  /** Cards, panels, dialogs, inputs. */
  surface: string;
  /** Hover, chips, neutral badges. */
  surfaceMuted: string;
  /** Even lanes (Aware, Subscribe, ...) and odd lanes (Engage, Convert, ...), before the stage tint. */
  laneBase: string;
  laneOddBase: string;
  /** Text. */
  ink: string;
  inkSoft: string;
  inkMuted: string;
  /** Borders: cards and fields, strong (inputs, dashed outlines), soft (lane edges), dividers. */
  line: string;
  lineStrong: string;
  lineSoft: string;
  divider: string;
  accent: string;
  accentStrong: string;
  accentSoft: string;
  accentInk: string;
  /** Text and icons on accent, danger, custom-colour tiles. */
  onAccent: string;
  danger: string;
  dangerStrong: string;
  dangerSoft: string;
  dangerTint: string;
  dangerLine: string;
  dangerInk: string;
  warning: string;
  warningInk: string;
  warningSoft: string;
  warningTint: string;
  warningSolid: string;
  warningLine: string;
  successSoft: string;
  successInk: string;
  infoSoft: string;
  infoInk: string;
  /** Shadows and the dialog scrim (used translucent). */
  shadow: string;
  /** Connections, their flagged (skip / backward) form, handles, labels. */
  edge: string;
  edgeFlagged: string;
  handleFill: string;
  handleStroke: string;
  edgeLabelLine: string;
  /** Dot-vote dots, the laser pointer's trail. */
  vote: string;
  laser: string;
  /** The checkerboard behind a transparent export preview. */
  checker: string;
}

/** How much of a stage's colour goes into each part (CSS `color-mix` percentages). */
export interface ThemeTints {
  lane: number;
  laneOdd: number;
  laneBorder: number;
  header: number;
  headerRule: number;
  icon: number;
  /** Stage icons on their tinted tiles: this much stage colour, the rest ink (3:1 or more). */
  iconInk: number;
  /** Stage names on a stage-tinted chip: this much stage colour, the rest ink. */
  chipText: number;
}

export interface Theme {
  name: ThemeName;
  /** `color-scheme` of the page (form controls, scroll bars). */
  scheme: 'light' | 'dark';
  colors: ThemeColors;
  tints: ThemeTints;
}

const light: Theme = {
  name: 'light',
  scheme: 'light',
  colors: {
    canvas: '#f8fafc',
    surface: '#ffffff',
    surfaceMuted: '#f1f5f9',
    laneBase: '#ffffff',
    laneOddBase: '#f8fafc',
    ink: '#0f172a',
    inkSoft: '#475569',
    inkMuted: '#5b6a80',
    line: '#cbd5e1',
    lineStrong: '#94a3b8',
    lineSoft: '#e2e8f0',
    divider: '#eef2f7',
    accent: '#1d4ed8',
    accentStrong: '#1e40af',
    accentSoft: '#eff6ff',
    accentInk: '#1e3a8a',
    onAccent: '#ffffff',
    danger: '#b91c1c',
    dangerStrong: '#991b1b',
    dangerSoft: '#fef2f2',
    dangerTint: '#fee2e2',
    dangerLine: '#fca5a5',
    dangerInk: '#7f1d1d',
    warning: '#b45309',
    warningInk: '#92400e',
    warningSoft: '#fffbeb',
    warningTint: '#fef3c7',
    warningSolid: '#d97706',
    warningLine: '#f59e0b',
    successSoft: '#dcfce7',
    successInk: '#166534',
    infoSoft: '#dbeafe',
    infoInk: '#1e40af',
    shadow: '#0f172a',
    edge: '#475569',
    edgeFlagged: '#b45309',
    handleFill: '#ffffff',
    handleStroke: '#64748b',
    edgeLabelLine: '#94a3b8',
    vote: '#be123c',
    laser: '#ef4444',
    checker: '#e2e8f0',
  },
  tints: { lane: 4, laneOdd: 7, laneBorder: 18, header: 10, headerRule: 25, icon: 12, iconInk: 85, chipText: 62 },
};

const dark: Theme = {
  name: 'dark',
  scheme: 'dark',
  colors: {
    canvas: '#0b1120',
    surface: '#1e293b',
    surfaceMuted: '#334155',
    laneBase: '#111a2e',
    laneOddBase: '#0b1120',
    ink: '#f1f5f9',
    inkSoft: '#cbd5e1',
    inkMuted: '#a3b1c6',
    line: '#475569',
    lineStrong: '#64748b',
    lineSoft: '#334155',
    divider: '#2b3a52',
    accent: '#60a5fa',
    accentStrong: '#93c5fd',
    accentSoft: '#172554',
    accentInk: '#bfdbfe',
    onAccent: '#0b1120',
    danger: '#f87171',
    dangerStrong: '#fca5a5',
    dangerSoft: '#2a1215',
    dangerTint: '#450a0a',
    dangerLine: '#991b1b',
    dangerInk: '#fecaca',
    warning: '#f59e0b',
    warningInk: '#fcd34d',
    warningSoft: '#271a05',
    warningTint: '#422006',
    warningSolid: '#f59e0b',
    warningLine: '#b45309',
    successSoft: '#14532d',
    successInk: '#bbf7d0',
    infoSoft: '#1e3a8a',
    infoInk: '#dbeafe',
    shadow: '#000000',
    edge: '#94a3b8',
    edgeFlagged: '#f59e0b',
    handleFill: '#1e293b',
    handleStroke: '#94a3b8',
    edgeLabelLine: '#64748b',
    vote: '#fb7185',
    laser: '#f87171',
    checker: '#334155',
  },
  tints: { lane: 7, laneOdd: 10, laneBorder: 30, header: 16, headerRule: 40, icon: 22, iconInk: 70, chipText: 55 },
};

/** High contrast for a washed-out projector in a lit room: black on white, strong lines and tints. */
const projector: Theme = {
  name: 'projector',
  scheme: 'light',
  colors: {
    canvas: '#ffffff',
    surface: '#ffffff',
    surfaceMuted: '#e5e7eb',
    laneBase: '#ffffff',
    laneOddBase: '#f3f4f6',
    ink: '#000000',
    inkSoft: '#1f2937',
    inkMuted: '#374151',
    line: '#4b5563',
    lineStrong: '#374151',
    lineSoft: '#9ca3af',
    divider: '#d1d5db',
    accent: '#1e40af',
    accentStrong: '#1e3a8a',
    accentSoft: '#dbeafe',
    accentInk: '#172554',
    onAccent: '#ffffff',
    danger: '#991b1b',
    dangerStrong: '#7f1d1d',
    dangerSoft: '#fee2e2',
    dangerTint: '#fecaca',
    dangerLine: '#b91c1c',
    dangerInk: '#450a0a',
    warning: '#92400e',
    warningInk: '#451a03',
    warningSoft: '#fef3c7',
    warningTint: '#fde68a',
    warningSolid: '#b45309',
    warningLine: '#b45309',
    successSoft: '#bbf7d0',
    successInk: '#052e16',
    infoSoft: '#bfdbfe',
    infoInk: '#172554',
    shadow: '#000000',
    edge: '#111827',
    edgeFlagged: '#92400e',
    handleFill: '#ffffff',
    handleStroke: '#111827',
    edgeLabelLine: '#111827',
    vote: '#9f1239',
    laser: '#dc2626',
    checker: '#d1d5db',
  },
  tints: { lane: 8, laneOdd: 14, laneBorder: 45, header: 18, headerRule: 60, icon: 20, iconInk: 75, chipText: 60 },
};

export const THEMES: Readonly<Record<ThemeName, Theme>> = { light, dark, projector };

export function getTheme(name: ThemeName = 'light'): Theme {
  return THEMES[name];
}

/**
 * The colours a user can give a custom tactic (the stages' colours come first, see
 * renderer/src/panels/palette/customTactics.ts). Document data, the same in every theme.
 */
export const EXTRA_TACTIC_COLORS = [{ name: 'Slate', color: '#475569' }] as const;

/** The hue strip of the custom colour picker (the same in every theme). */
export const SPECTRUM = [
  '#ef4444',
  '#f59e0b',
  '#84cc16',
  '#10b981',
  '#06b6d4',
  '#3b82f6',
  '#8b5cf6',
  '#d946ef',
  '#ef4444',
] as const;

/** Plain white, for an export's "white" background. */
export const WHITE = '#ffffff';

/** Text on a stage's solid colour (the number disc): whichever of these reads best. */
const ON_STAGE_CHOICES = ['#ffffff', '#0f172a'] as const;

// ---------------------------------------------------------------------------------------------
// Colour arithmetic

export { isHexColor };

/** `#abc` or `#aabbcc` (any case) -> lower-case `#aabbcc`; throws on anything else. */
export function normalizeHex(value: string): string {
  if (!isHexColor(value)) throw new RangeError(`Not a hex colour: ${JSON.stringify(value)}`);
  const hex = value.slice(1).toLowerCase();
  return `#${hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex}`;
}

function channels(hex: string): number[] {
  const h = normalizeHex(hex);
  return [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
}

/** CSS `color-mix(in srgb, a percent%, b)` for opaque hex colours, as the browser computes it. */
export function colorMix(a: string, percent: number, b: string): string {
  const ca = channels(a);
  const cb = channels(b);
  const p = percent / 100;
  return `#${ca
    .map((v, i) => Math.round(v * p + cb[i]! * (1 - p)))
    .map((v) => v.toString(16).padStart(2, '0'))
    .join('')}`;
}

/** WCAG 2 relative luminance. */
export function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG 2 contrast ratio of two opaque colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const la = luminance(a);
  const lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** The text colour for a stage's solid colour (white or near-black, whichever contrasts more). */
export function onStageColor(stageColor: string): string {
  const [first, second] = ON_STAGE_CHOICES;
  return contrastRatio(first, stageColor) >= contrastRatio(second, stageColor) ? first : second;
}

/**
 * The ink for text straight on `background`: the theme's own ink on its canvas (or on nothing,
 * a transparent export), else the light or dark theme's ink, whichever contrasts more (the
 * journey's title on an export's white or custom background).
 */
export function inkOn(theme: Theme, background: string | undefined): string {
  if (background === undefined || background === theme.colors.canvas) return theme.colors.ink;
  const dark = light.colors.ink;
  const bright = THEMES.dark.colors.ink;
  return contrastRatio(dark, background) >= contrastRatio(bright, background) ? dark : bright;
}

// ---------------------------------------------------------------------------------------------
// Stage colours in a theme

export interface StageColors {
  accent: string;
  /** Text on `accent` (the number disc). */
  onAccent: string;
  laneFill: string;
  laneBorder: string;
  headerFill: string;
  headerRule: string;
  iconFill: string;
  /** The stage's icons on `iconFill` (and on panels). */
  iconInk: string;
}

/** `.cvj-lane`, `.cvj-lane--odd`, `.cvj-header` and `.cvj-card__icon` of a stage. */
export function stageColors(theme: Theme, accent: string, index: number): StageColors {
  const { colors: c, tints: t } = theme;
  return {
    accent,
    onAccent: onStageColor(accent),
    laneFill: index % 2 ? colorMix(accent, t.laneOdd, c.laneOddBase) : colorMix(accent, t.lane, c.laneBase),
    laneBorder: colorMix(accent, t.laneBorder, c.lineSoft),
    headerFill: colorMix(accent, t.header, c.surface),
    headerRule: colorMix(accent, t.headerRule, c.lineSoft),
    iconFill: colorMix(accent, t.icon, c.surface),
    iconInk: colorMix(accent, t.iconInk, c.ink),
  };
}

export function stageColorsById(theme: Theme, stage: StageId): StageColors {
  const index = STAGES.findIndex((s) => s.id === stage);
  return stageColors(theme, STAGES[index]!.color, index);
}

// ---------------------------------------------------------------------------------------------
// CSS

function kebab(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** The custom properties of one theme: `--cvj-ink` for `ink`, `--cvj-tint-lane` for `tints.lane`. */
export function themeProperties(theme: Theme): [name: string, value: string][] {
  return [
    ...Object.entries(theme.colors).map(([key, value]): [string, string] => [`--cvj-${kebab(key)}`, value]),
    ...Object.entries(theme.tints).map(([key, value]): [string, string] => [
      `--cvj-tint-${kebab(key)}`,
      `${value}%`,
    ]),
    ['--cvj-spectrum', SPECTRUM.join(', ')],
  ];
}

/**
 * Every theme as CSS (a rule on `:root[data-theme=…]` each): the tokens as a stylesheet sees
 * them, for tests and tools. The app itself sets the current theme's properties on <html>
 * through the CSSOM (its CSP allows no inline <style>).
 */
export function themeCss(): string {
  return THEME_NAMES.map((name) => {
    const theme = THEMES[name];
    const lines = [`color-scheme: ${theme.scheme};`, ...themeProperties(theme).map(([k, v]) => `${k}: ${v};`)];
    return `:root[data-theme='${name}'] {\n  ${lines.join('\n  ')}\n}`;
  }).join('\n');
}
