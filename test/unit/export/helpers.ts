import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { chromium, type Browser } from 'playwright-core';
import { FONT_FACES } from '../../../shared/export';
import { CARD_WIDTH, LANE_HEADER_HEIGHT, LANE_WIDTH, laneLeft } from '../../../shared/model/layout';
import type { StageId } from '../../../shared/model/types';

export const repoRoot = join(import.meta.dirname, '../../..');
export const fontsDir = join(repoRoot, 'assets/fonts');
export const resultsDir = join(repoRoot, 'test-results/export');

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** Text directly inside this element (concatenated). */
  text: string;
}

/**
 * Parses XML with saxes, a strict, conformant XML 1.0 parser with namespaces: any well-formedness
 * error (bad escaping, illegal characters, mismatched tags, undeclared prefixes) throws.
 */
export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let error: Error | undefined;
  parser.on('error', (e) => {
    error ??= e;
  });
  parser.on('opentag', (tag) => {
    const element: XmlElement = {
      name: tag.name,
      attributes: Object.fromEntries(Object.entries(tag.attributes).map(([k, v]) => [k, v.value])),
      children: [],
      text: '',
    };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on('text', (text) => {
    const top = stack[stack.length - 1];
    if (top) top.text += text;
  });
  parser.on('cdata', (text) => {
    const top = stack[stack.length - 1];
    if (top) top.text += text;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.write(xml).close();
  if (error) throw error;
  if (!root) throw new Error('No root element');
  return root;
}

export function* walk(element: XmlElement): Generator<XmlElement> {
  yield element;
  for (const child of element.children) yield* walk(child);
}

/** All text inside `<text>` elements, one string per `<text>` (tspans joined by a space). */
/** Top-left corners of the drawn cards, in drawing (document) order. */
export function cardOrigins(svg: string): { x: number; y: number }[] {
  return [...walk(parseXml(svg))]
    .filter((e) => e.attributes.class === 'cvj-card')
    .map((e) => {
      const m = /^translate\(([-\d.]+) ([-\d.]+)\)$/.exec(e.attributes.transform ?? '');
      if (!m) throw new Error(`card without a translate: ${e.attributes.transform}`);
      return { x: Number(m[1]), y: Number(m[2]) };
    });
}

/** Whether a card whose top-left is `at` lies in its stage's lane, below the header band. */
export function inLane(at: { x: number; y: number }, stage: StageId): boolean {
  const left = laneLeft(stage);
  return at.x >= left && at.x + CARD_WIDTH <= left + LANE_WIDTH && at.y >= LANE_HEADER_HEIGHT;
}

export function texts(root: XmlElement): string[] {
  const out: string[] = [];
  for (const el of walk(root)) {
    if (el.name !== 'text') continue;
    const parts = [el.text, ...el.children.map((c) => c.text)].filter((t) => t.trim() !== '');
    out.push(parts.join(' '));
  }
  return out;
}

/** A fontconfig setup that sees only the shipped fonts (for rsvg-convert). */
export function fontconfigEnv(): NodeJS.ProcessEnv {
  const dir = mkdtempSync(join(tmpdir(), 'cvj-fontconfig-'));
  mkdirSync(join(dir, 'cache'));
  const file = join(dir, 'fonts.conf');
  writeFileSync(
    file,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <dir>${fontsDir}</dir>\n  <cachedir>${join(dir, 'cache')}</cachedir>\n</fontconfig>\n`,
  );
  return { ...process.env, FONTCONFIG_FILE: file };
}

export function rsvgConvert(svgFile: string, pngFile: string): void {
  execFileSync('rsvg-convert', ['--format', 'png', '--output', pngFile, svgFile], {
    env: fontconfigEnv(),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}

/** @font-face rules for the shipped faces as data: URIs (file:// fonts are cross-origin). */
export function fontFaceCss(): string {
  return Object.values(FONT_FACES)
    .map((face) => {
      const data = readFileSync(join(fontsDir, face.file)).toString('base64');
      return `@font-face { font-family: 'Inter'; font-weight: ${face.weight}; font-style: ${face.style}; src: url(data:font/ttf;base64,${data}) format('truetype'); }`;
    })
    .join('\n');
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--font-render-hinting=none',
    ],
  });
}

export function readFixture(path: string): string {
  return readFileSync(join(repoRoot, path), 'utf8');
}
