import { describe, expect, it } from 'vitest';
import {
  FALLBACK_ICON,
  GENERIC_ICONS,
  getIconNode,
  ICONS,
  isIconName,
} from '../../../shared/model/icons';

// What the SVG exporter can write out as plain SVG elements.
const SVG_SHAPES = new Set(['path', 'circle', 'rect', 'line', 'polyline', 'polygon', 'ellipse']);

describe('icon registry', () => {
  it('holds real lucide icon nodes made of plain SVG shapes', () => {
    for (const [name, node] of Object.entries(ICONS)) {
      expect(Array.isArray(node) && node.length > 0, name).toBe(true);
      for (const [tag, attrs] of node) {
        expect(SVG_SHAPES.has(tag), `${name}: <${tag}>`).toBe(true);
        expect(typeof attrs, name).toBe('object');
      }
    }
  });

  it('offers a dozen or more generic icons for custom tactics', () => {
    expect(GENERIC_ICONS.length).toBeGreaterThanOrEqual(12);
    for (const name of ['star', 'target', 'zap', 'heart', 'flag', 'lightbulb', 'users', 'gift']) {
      expect(GENERIC_ICONS).toContain(name);
    }
    expect(GENERIC_ICONS.every((name) => isIconName(name))).toBe(true);
  });

  it('recognises only registered names', () => {
    expect(isIconName('megaphone')).toBe(true);
    expect(isIconName('no-such-icon')).toBe(false);
    expect(isIconName('toString')).toBe(false);
    expect(isIconName(42)).toBe(false);
  });

  it('draws a fallback icon for a name it does not know', () => {
    expect(getIconNode('star')).toBe(ICONS.star);
    expect(getIconNode('made-up-in-a-newer-version')).toBe(ICONS[FALLBACK_ICON]);
    expect(getIconNode('')).toBe(ICONS[FALLBACK_ICON]);
  });

  it('cannot gain or lose icons at run time', () => {
    expect(Object.isFrozen(ICONS)).toBe(true);
  });
});
