import { whenIdle } from '../ui/whenIdle';
import { useEffect, useMemo, useRef } from 'react';
import { Panel, useStore as useFlowStore, useStoreApi } from '@xyflow/react';
import { XYMinimap, type XYMinimapInstance } from '@xyflow/system';
import { STAGE_IDS, type Journey } from '../../../shared/model/types';
import { CARD_HEIGHT, CARD_WIDTH } from '../../../shared/model/layout';
import { getStage } from '../../../shared/model/stages';
import { tacticCornerBounds } from '../../../shared/model/selectors';
import { useAppStore } from '../store/context';

const WIDTH = 200;
const HEIGHT = 150;
/** Margin around the content, in minimap pixels (React Flow's MiniMap offsetScale). */
const MARGIN = 5;
const CARD_RADIUS = 5;

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The box around every card, or null for an empty journey. */
export function cardsBounds(doc: Journey): Rect | null {
  const b = tacticCornerBounds(doc.tactics);
  if (!b) return null;
  return { x: b.left, y: b.top, width: b.right + CARD_WIDTH - b.left, height: b.bottom + CARD_HEIGHT - b.top };
}

function union(a: Rect, b: Rect): Rect {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
}

/**
 * What the minimap shows, in canvas coordinates: the cards and the view, centred, with a margin;
 * `scale` is minimap pixels per canvas unit.
 */
export function minimapFrame(cards: Rect | null, view: Rect): Rect & { scale: number } {
  const content = cards ? union(cards, view) : view;
  // Canvas units per minimap pixel, leaving MARGIN pixels all round; the frame keeps the
  // minimap's own shape, so the canvas and the SVG over it share one scale.
  const unitsPerPixel =
    Math.max(content.width / (WIDTH - 2 * MARGIN), content.height / (HEIGHT - 2 * MARGIN)) || 1;
  const width = WIDTH * unitsPerPixel;
  const height = HEIGHT * unitsPerPixel;
  return {
    x: content.x - (width - content.width) / 2,
    y: content.y - (height - content.height) / 2,
    width,
    height,
    scale: 1 / unitsPerPixel,
  };
}

/** Draws every card as a small stage-coloured block, one path per stage. */
function drawCards(ctx: CanvasRenderingContext2D, doc: Journey, frame: Rect & { scale: number }, dpr: number) {
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, WIDTH, HEIGHT);
  const s = frame.scale * dpr;
  ctx.setTransform(s, 0, 0, s, -frame.x * s, -frame.y * s);
  const byColor = new Map<string, Path2D>();
  // Rounded corners only while a card is a few pixels wide; below that they cost and show nothing.
  const rounded = CARD_WIDTH * frame.scale >= 8;
  const colors = new Map(STAGE_IDS.map((id) => [id, getStage(id).color]));
  for (const t of doc.tactics) {
    const color = colors.get(t.stage)!;
    let path = byColor.get(color);
    if (!path) byColor.set(color, (path = new Path2D()));
    if (rounded) path.roundRect(t.position.x, t.position.y, CARD_WIDTH, CARD_HEIGHT, CARD_RADIUS / frame.scale);
    else path.rect(t.position.x, t.position.y, CARD_WIDTH, CARD_HEIGHT);
  }
  for (const [color, path] of byColor) {
    ctx.fillStyle = color;
    ctx.fill(path);
  }
}

/**
 * The minimap: where the view is in the whole journey; drag it to pan, scroll it to zoom. The
 * cards are painted on one canvas, redrawn only when the journey or the framing changes, so a
 * 10,000-card journey costs the minimap nothing per frame of a pan, zoom or drag (React Flow's
 * own MiniMap keeps an SVG element and a store subscription per card, and measures every card
 * on every frame).
 */
export function JourneyMinimap({ ariaLabel }: { ariaLabel: string }) {
  const doc = useAppStore((s) => s.doc);
  const canvas = useRef<HTMLCanvasElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const flowStore = useStoreApi();
  const panZoom = useFlowStore((s) => s.panZoom);
  const translateExtent = useFlowStore((s) => s.translateExtent);
  const [tx, ty, zoom] = useFlowStore((s) => s.transform);
  const paneWidth = useFlowStore((s) => s.width);
  const paneHeight = useFlowStore((s) => s.height);

  const cards = useMemo(() => cardsBounds(doc), [doc]);
  const view = { x: -tx / zoom, y: -ty / zoom, width: paneWidth / zoom, height: paneHeight / zoom };
  const frame = minimapFrame(cards, view);
  // Canvas units per minimap pixel, read by the minimap's pan handler at the time of a gesture.
  const scaleRef = useRef(1);
  useEffect(() => {
    scaleRef.current = 1 / frame.scale;
  });

  // Cards: redrawn when the journey or the framing changes (the framing moves only while the
  // view reaches beyond the cards).
  const { x, y, width, height, scale } = frame;
  // Drawn just after the frame that shows the edit: an added card appears on the canvas at
  // once, and the minimap (all 10,000 cards) follows a frame later instead of delaying it.
  useEffect(() => {
    const el = canvas.current;
    const ctx = el?.getContext('2d');
    if (!ctx || !el) return;
    const draw = () => {
      const dpr = window.devicePixelRatio || 1;
      if (el.width !== Math.round(WIDTH * dpr)) {
        el.width = Math.round(WIDTH * dpr);
        el.height = Math.round(HEIGHT * dpr);
      }
      drawCards(ctx, doc, { x, y, width, height, scale }, dpr);
    };
    // When the main thread is idle (within a few frames at most), so it never delays the next one.
    return whenIdle(draw, 120);
  }, [doc, x, y, width, height, scale]);

  // Panning and zooming from the minimap: React Flow's own minimap behaviour.
  const minimap = useRef<XYMinimapInstance>(undefined);
  useEffect(() => {
    if (!svg.current || !panZoom) return;
    minimap.current = XYMinimap({
      domNode: svg.current,
      panZoom,
      getTransform: () => flowStore.getState().transform,
      getViewScale: () => scaleRef.current,
    });
    return () => minimap.current?.destroy();
  }, [panZoom, flowStore]);
  useEffect(() => {
    minimap.current?.update({
      translateExtent,
      width: paneWidth,
      height: paneHeight,
      pannable: true,
      zoomable: true,
      zoomStep: 1,
      inversePan: false,
    });
  }, [panZoom, translateExtent, paneWidth, paneHeight]);

  const outer = `M${x - width},${y - height}h${width * 3}v${height * 3}h${-width * 3}z`;
  const inner = `M${view.x},${view.y}h${view.width}v${view.height}h${-view.width}z`;
  return (
    <Panel position="bottom-right" className="react-flow__minimap cvj-minimap" data-testid="minimap">
      <canvas ref={canvas} className="cvj-minimap__cards" style={{ width: WIDTH, height: HEIGHT }} aria-hidden="true" />
      <svg
        ref={svg}
        width={WIDTH}
        height={HEIGHT}
        viewBox={`${x} ${y} ${width} ${height}`}
        className="react-flow__minimap-svg cvj-minimap__view"
        role="img"
        aria-label={ariaLabel}
      >
        <path
          className="react-flow__minimap-mask"
          d={`${outer} ${inner}`}
          fillRule="evenodd"
          pointerEvents="none"
          style={{ strokeWidth: 1 / scale }}
        />
      </svg>
    </Panel>
  );
}
