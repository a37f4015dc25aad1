import { TriangleAlert } from 'lucide';
import { connectionFlow, isFlagged, type ConnectionFlow } from '../model/selectors';
import type { Connection, Journey, Point } from '../model/types';
import { arrowHead, type ConnectionCurve } from './connection-geometry';
import { icon, text } from './svg-primitives';
import { layoutText } from './text-layout';
import { baselineOffset, normalLineHeight, type TextStyle } from './text-measure';
import { normalizeText } from './text-normalize';
import type { Theme } from '../theme/tokens';
import { EDGE_FLAGGED_DASH, EDGE_WIDTH, edgeLabelColors } from './theme';
import { el, num, textEl } from './xml';

function flowOf(doc: Journey, connection: Connection): ConnectionFlow | undefined {
  return connectionFlow(doc, connection);
}

function point(pt: Point): string {
  return `${num(pt.x)},${num(pt.y)}`;
}

function curvePath(curve: ConnectionCurve): string {
  return `M${point(curve.start)} C${point(curve.control1)} ${point(curve.control2)} ${point(curve.end)}`;
}

export function drawConnection(
  doc: Journey,
  connection: Connection,
  curve: ConnectionCurve,
  theme: Theme,
  /** The forecast's width for the people it carries (default: the usual width). */
  width = EDGE_WIDTH,
): string {
  const flagged = isFlagged(flowOf(doc, connection));
  const color = flagged ? theme.colors.edgeFlagged : theme.colors.edge;
  const head = arrowHead(curve, EDGE_WIDTH);
  const points = head.points.map(point);
  return el(
    'g',
    { class: flagged ? 'cvj-connection cvj-connection--flagged' : 'cvj-connection' },
    el('path', {
      d: curvePath(curve),
      fill: 'none',
      stroke: color,
      'stroke-width': width,
      'stroke-dasharray': flagged ? EDGE_FLAGGED_DASH : undefined,
    }) +
      el('path', {
        d: `M${points[0]} L${points[1]} L${points[2]} Z`,
        fill: color,
        stroke: color,
        'stroke-width': head.strokeWidth,
        'stroke-linejoin': 'round',
        'stroke-linecap': 'round',
      }),
  );
}

const EDGE_LABEL_STYLE: TextStyle = { fontSize: 14, fontWeight: 600 };
const EDGE_LABEL_BOX = { paddingX: 8, paddingY: 3, border: 1.5, icon: 16, gap: 4, maxWidth: 260 };

/** `.cvj-edge-label`: a pill centred on the curve's label point. */
export function drawConnectionLabel(
  doc: Journey,
  connection: Connection,
  curve: ConnectionCurve,
  theme: Theme,
): string {
  const flow = flowOf(doc, connection);
  const flagged = isFlagged(flow);
  const label = connection.label ? normalizeText(connection.label) : '';
  if (!flagged && !label) return '';
  const b = EDGE_LABEL_BOX;
  const chrome = 2 * b.border + 2 * b.paddingX;
  const iconPart = flagged ? b.icon + (label ? b.gap : 0) : 0;
  const maxText = b.maxWidth - chrome - iconPart;
  const line = label
    ? layoutText(label, { ...EDGE_LABEL_STYLE, maxWidth: maxText, whiteSpace: 'nowrap' })
    : undefined;
  const textWidth = line?.widths[0] ?? 0;
  const lineHeight = normalLineHeight(EDGE_LABEL_STYLE.fontSize);
  const width = chrome + iconPart + textWidth;
  const height = 2 * b.border + 2 * b.paddingY + Math.max(lineHeight, flagged ? b.icon : 0);
  const { x: cx, y: cy } = curve.label;
  const left = cx - width / 2;
  const top = cy - height / 2;
  const { fill, stroke, text: ink } = edgeLabelColors(theme, flagged);
  const parts = [
    el('rect', {
      x: left + b.border / 2,
      y: top + b.border / 2,
      width: width - b.border,
      height: height - b.border,
      rx: (height - b.border) / 2,
      fill,
      stroke,
      'stroke-width': b.border,
    }),
  ];
  const contentX = left + b.border + b.paddingX;
  if (flagged) parts.push(icon(TriangleAlert, contentX, cy - b.icon / 2, b.icon, ink));
  if (line?.lines[0]) {
    const baseline = cy - lineHeight / 2 + baselineOffset(EDGE_LABEL_STYLE.fontSize);
    parts.push(text(line.lines[0], contentX + iconPart, baseline, EDGE_LABEL_STYLE, ink));
  }
  const explanation = flagged && flow ? textEl('title', {}, flow.explanation) : '';
  return el('g', { class: 'cvj-connection-label' }, explanation + parts.join(''));
}
