import type { IconNode } from 'lucide';
import type { TextStyle } from './text-measure';
import { el, num, textEl, type Attrs } from './xml';

/** Small drawing helpers shared by the parts of the SVG exporter. */

export function text(
  content: string,
  x: number,
  y: number,
  style: TextStyle,
  fill: string,
  extra: Attrs = {},
): string {
  return textEl(
    'text',
    {
      x,
      y,
      'font-size': style.fontSize,
      'font-weight': style.fontWeight && style.fontWeight !== 400 ? style.fontWeight : undefined,
      'font-style': style.fontStyle === 'italic' ? 'italic' : undefined,
      fill,
      ...extra,
    },
    content,
  );
}

const ICON_TAGS = new Set(['path', 'circle', 'rect', 'line', 'polyline', 'polygon', 'ellipse']);
const ICON_ATTRS = new Set([
  'd',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'x',
  'y',
  'width',
  'height',
  'x1',
  'y1',
  'x2',
  'y2',
  'points',
  'fill',
]);

/** A lucide icon (24x24, stroke 2, round caps and joins) scaled to `size` at (x, y). */
export function icon(node: IconNode, x: number, y: number, size: number, color: string): string {
  const children = node
    .filter(([tag]) => ICON_TAGS.has(tag))
    .map(([tag, attrs]) => {
      const safe: Record<string, string | number> = {};
      for (const [name, value] of Object.entries(attrs)) {
        if (!ICON_ATTRS.has(name) || (typeof value !== 'string' && typeof value !== 'number'))
          continue;
        safe[name] = name === 'fill' && value === 'currentColor' ? color : value;
      }
      return el(tag, safe);
    })
    .join('');
  return el(
    'g',
    {
      transform: `translate(${num(x)} ${num(y)}) scale(${num(size / 24)})`,
      fill: 'none',
      stroke: color,
      'stroke-width': 2,
      'stroke-linecap': 'round',
      'stroke-linejoin': 'round',
    },
    children,
  );
}
