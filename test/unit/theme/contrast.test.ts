import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrastProblems, textPairs } from '../../../shared/theme/contrast';
import {
  contrastRatio,
  getTheme,
  onStageColor,
  THEME_NAMES,
  themeCss,
  type Theme,
} from '../../../shared/theme/tokens';

const repoRoot = join(__dirname, '../../..');

describe('WCAG AA contrast of every text/background pair, in every theme', () => {
  it('computes the WCAG ratio', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    // #767676 is the lightest grey that passes on white; #777777 is not.
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
  });

  it.each(THEME_NAMES)('%s: every pair meets AA', (name) => {
    const theme = getTheme(name);
    expect(textPairs(theme).length).toBeGreaterThan(60);
    const problems = contrastProblems(theme).map(
      (p) => `${p.what}: ${p.text} on ${p.background} is ${p.ratio.toFixed(2)}:1 (needs ${p.needed})`,
    );
    expect(problems).toEqual([]);
  });

  it('fails when a token is changed to a low-contrast colour', () => {
    const light = getTheme('light');
    // The secondary text grey lightened from #475569 to a pale #a0aec0.
    const faded: Theme = { ...light, colors: { ...light.colors, inkSoft: '#a0aec0' } };
    const problems = contrastProblems(faded);
    expect(problems.map((p) => p.what)).toEqual(
      expect.arrayContaining([
        'secondary text on panels and cards',
        'Aware header description',
        'Promote header description',
      ]),
    );
    expect(problems.every((p) => p.ratio < 4.5)).toBe(true);
    // A dark theme whose accent is too dark for its own panels.
    const dark = getTheme('dark');
    const dim: Theme = { ...dark, colors: { ...dark.colors, accent: '#1d4ed8' } };
    expect(contrastProblems(dim).map((p) => p.what)).toContain('links and accent text on panels');
  });

  it('puts readable text on each stage colour (the number discs)', () => {
    for (const color of ['#2563eb', '#0891b2', '#65a30d', '#d97706', '#7c3aed']) {
      const ink = onStageColor(color);
      expect(contrastRatio(ink, color)).toBeGreaterThanOrEqual(4.5);
    }
    expect(onStageColor('#7c3aed')).toBe('#ffffff');
    expect(onStageColor('#d97706')).toBe('#0f172a');
  });
});

describe('the stylesheets use only tokens the themes define', () => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(css|tsx?)$/.test(entry)) files.push(path);
    }
  };
  walk(join(repoRoot, 'renderer/src'));

  it.each(THEME_NAMES)('%s defines every var(--cvj-…) the app reads', (name) => {
    const defined = new Set(
      [...themeCss().matchAll(new RegExp(`:root\\[data-theme='${name}'\\] \\{([^}]*)\\}`, 'g'))]
        .flatMap((m) => [...m[1]!.matchAll(/(--cvj-[a-z0-9-]+):/g)].map((d) => d[1]!)),
    );
    // Not colours: the font stack (styles/base.css).
    defined.add('--cvj-font');
    const used = new Map<string, string>();
    for (const file of files) {
      for (const m of readFileSync(file, 'utf8').matchAll(/var\((--cvj-[a-z0-9-]+)/g)) {
        used.set(m[1]!, file.slice(repoRoot.length + 1));
      }
    }
    expect(used.size).toBeGreaterThan(30);
    const missing = [...used].filter(([token]) => !defined.has(token));
    expect(missing).toEqual([]);
  });

  it('has no colour literal in the app’s stylesheets or drawing code, nor in the exporter', () => {
    const drawing = [...files];
    const exporter = join(repoRoot, 'shared/export');
    for (const entry of readdirSync(exporter)) drawing.push(join(exporter, entry));
    const literal = /#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b|\brgba?\(|\bhsla?\(/;
    const offenders = drawing
      .filter((file) => !/[\\/]theme[\\/]/.test(file))
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .map((line, i) => [line, i] as const)
          .filter(([line]) => literal.test(line) && !/^\s*(\*|\/\/|\/\*)/.test(line))
          .map(([line, i]) => `${file.slice(repoRoot.length + 1)}:${i + 1}: ${line.trim()}`),
      );
    expect(offenders).toEqual([]);
  });
});
