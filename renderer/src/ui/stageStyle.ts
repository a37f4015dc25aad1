import type { CSSProperties } from 'react';
import { onStageColor } from '../../../shared/theme/tokens';

/**
 * The custom properties a stage-coloured element gives its parts: `--stage-color` and
 * `--stage-on`, the text colour that reads on it (the number discs). `property` names the colour
 * differently where a stylesheet expects another name (`--group-color`).
 */
export function stageVars(color: string, property = '--stage-color'): CSSProperties {
  return { [property]: color, ['--stage-on' as string]: onStageColor(color) } as CSSProperties;
}
