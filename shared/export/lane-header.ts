import { LANE_WIDTH } from '../model/layout';
import type { Stage } from '../model/stages';
import { layoutText, type TextLayout } from './text-layout';
import { baselineOffset, normalLineHeight } from './text-measure';

/**
 * A stage header as the canvas shows it at 100% zoom (`.cvj-header*` in styles/lanes.css with the
 * values LaneHeaders.tsx computes for a 320px lane): an 8px stage-colour bar, a numbered disc,
 * the stage name and up to three lines of description, in a 120px band. On the canvas the band
 * floats in screen space; an export draws it once, at the top of each lane.
 */
export const HEADER = {
  height: 120,
  bar: 8,
  borderRight: 2,
  padding: { top: 10, x: 12, bottom: 8 },
  disc: 28,
  discFontSize: 16,
  gap: 8,
  labelSize: 22,
  descriptionSize: 14,
  descriptionLineHeight: 14 * 1.25,
  descriptionMarginTop: 6,
  descriptionMaxLines: 3,
} as const;

export interface HeaderLayout {
  /** Centre of the number disc, lane coordinates. */
  disc: { cx: number; cy: number; r: number; baseline: number };
  label: { x: number; baseline: number; text: string };
  description: { x: number; baselines: number[]; layout: TextLayout };
}

const contentWidth = LANE_WIDTH - 2 * HEADER.padding.x - HEADER.borderRight;

export function headerLayout(stage: Stage): HeaderLayout {
  const rowTop = HEADER.bar + HEADER.padding.top;
  const rowHeight = Math.max(HEADER.disc, normalLineHeight(HEADER.labelSize));
  const rowMiddle = rowTop + rowHeight / 2;
  const centred = (size: number) => rowMiddle - normalLineHeight(size) / 2 + baselineOffset(size);
  const labelX = HEADER.padding.x + HEADER.disc + HEADER.gap;
  const label = layoutText(stage.label, {
    fontSize: HEADER.labelSize,
    fontWeight: 700,
    maxWidth: LANE_WIDTH - HEADER.borderRight - HEADER.padding.x - labelX,
    whiteSpace: 'nowrap',
  });
  const descriptionTop = rowTop + rowHeight + HEADER.descriptionMarginTop;
  const layout = layoutText(stage.description, {
    fontSize: HEADER.descriptionSize,
    maxWidth: contentWidth,
    maxLines: HEADER.descriptionMaxLines,
  });
  const offset = baselineOffset(HEADER.descriptionSize, HEADER.descriptionLineHeight);
  return {
    disc: {
      cx: HEADER.padding.x + HEADER.disc / 2,
      cy: rowMiddle,
      r: HEADER.disc / 2,
      baseline: centred(HEADER.discFontSize),
    },
    label: { x: labelX, baseline: centred(HEADER.labelSize), text: label.lines[0] ?? '' },
    description: {
      x: HEADER.padding.x,
      baselines: layout.lines.map(
        (_, i) => descriptionTop + i * HEADER.descriptionLineHeight + offset,
      ),
      layout,
    },
  };
}
