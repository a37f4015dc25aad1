import type { CSSProperties } from 'react';
import { isHexColor, onStageColor } from '../../../shared/theme/tokens';

/**
 * The custom properties a stage-coloured element gives its parts: `--stage-color` and
 * `--stage-on`, the text colour that reads on it (the number discs). `property` names the colour
 * differently where a stylesheet expects another name (`--group-color`).
 */
export function stageVars(color: string, property = '--stage-color'): CSSProperties {
  // A token (the custom group's `var(--cvj-accent)`) keeps the stylesheet's own text colour.
  return (
    isHexColor(color) ? { [property]: color, ['--stage-on']: onStageColor(color) } : { [property]: color }
  ) as CSSProperties;
}
