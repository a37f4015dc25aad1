import { LANE_WIDTH } from '../model/layout';
import { STAGES } from '../model/stages';
import type { StageId } from '../model/types';
import { HEADER, headerLayout } from './lane-header';
import { text } from './svg-primitives';
import type { Theme } from '../theme/tokens';
import { stageColors } from './theme';
import { el, textEl } from './xml';

/** The part of the canvas an export shows, in canvas coordinates. */
export interface Area {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** Bottom of the lanes. */
  laneBottom: number;
  /** A one-stage export draws only that lane, even where content pokes out of it. */
  only?: StageId;
}

export function drawLanes(area: Area, theme: Theme): string {
  const out: string[] = [];
  STAGES.forEach((stage, index) => {
    const left = index * LANE_WIDTH;
    const right = left + LANE_WIDTH;
    const x0 = Math.max(left, area.x0);
    const x1 = Math.min(right, area.x1);
    const y0 = Math.max(0, area.y0);
    const y1 = Math.min(area.laneBottom, area.y1);
    if (x1 <= x0 || y1 <= y0 || (area.only && area.only !== stage.id)) return;
    const colors = stageColors(theme, stage.color, index);
    const parts = [
      el('rect', { x: x0, y: y0, width: x1 - x0, height: y1 - y0, fill: colors.laneFill }),
    ];
    // border-right: 2px inside the lane; border-top of the header zone: 8px stage colour.
    const borderX = Math.max(x0, right - 2);
    if (borderX < x1) {
      parts.push(
        el('rect', {
          x: borderX,
          y: y0,
          width: x1 - borderX,
          height: y1 - y0,
          fill: colors.laneBorder,
        }),
      );
    }
    if (y0 < HEADER.bar) {
      parts.push(
        el('rect', { x: x0, y: y0, width: x1 - x0, height: HEADER.bar - y0, fill: colors.accent }),
      );
    }
    out.push(el('g', { id: `cvj-lane-${stage.id}` }, parts.join('')));
  });
  return out.join('\n');
}

export function drawHeaders(area: Area, theme: Theme): string {
  const out: string[] = [];
  STAGES.forEach((stage, index) => {
    const left = index * LANE_WIDTH;
    if (left + LANE_WIDTH <= area.x0 || left >= area.x1) return;
    if (area.only && area.only !== stage.id) return;
    const colors = stageColors(theme, stage.color, index);
    const layout = headerLayout(stage);
    const w = LANE_WIDTH;
    const h = HEADER.height;
    const parts = [
      el('rect', { width: w, height: h, fill: colors.headerFill }),
      // inset 0 -1px 0 shadow: a 1px rule at the bottom of the padding box.
      el('rect', { y: h - 1, width: w - HEADER.borderRight, height: 1, fill: colors.headerRule }),
      el('rect', {
        x: w - HEADER.borderRight,
        width: HEADER.borderRight,
        height: h,
        fill: colors.laneBorder,
      }),
      el('rect', { width: w, height: HEADER.bar, fill: colors.accent }),
      el('circle', {
        cx: layout.disc.cx,
        cy: layout.disc.cy,
        r: layout.disc.r,
        fill: colors.accent,
      }),
      text(
        String(stage.number),
        layout.disc.cx,
        layout.disc.baseline,
        { fontSize: HEADER.discFontSize, fontWeight: 700 },
        colors.onAccent,
        {
          'text-anchor': 'middle',
        },
      ),
      text(
        layout.label.text,
        layout.label.x,
        layout.label.baseline,
        { fontSize: HEADER.labelSize, fontWeight: 700 },
        theme.colors.ink,
      ),
    ];
    if (layout.description.layout.lines.length > 0) {
      parts.push(
        el(
          'text',
          { 'font-size': HEADER.descriptionSize, fill: theme.colors.inkSoft },
          layout.description.layout.lines
            .map((line, i) =>
              textEl(
                'tspan',
                { x: layout.description.x, y: layout.description.baselines[i] },
                line,
              ),
            )
            .join(''),
        ),
      );
    }
    out.push(
      el('g', { id: `cvj-header-${stage.id}`, transform: `translate(${left} 0)` }, parts.join('')),
    );
  });
  return out.join('\n');
}
