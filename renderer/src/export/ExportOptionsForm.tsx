import { STAGES } from '../../../shared/model/stages';
import type { StageId } from '../../../shared/model/types';
import { Check, Radio, radioGroup } from './ExportChoices';
import {
  EXPORT_SCALES,
  type ExportBackground,
  type ExportOptions,
  type ExportTheme,
} from './options';
import { THEME_LABELS, THEME_NAMES } from '../../../shared/theme/tokens';
import { useTheme } from '../theme/themeStore';
import { useAppStore } from '../store/context';

/** The left column of the export dialog: format, scope, scale, theme, background and
 * what to include. */
export function ExportOptionsForm({
  options,
  update,
  selectedCount,
  journeyCount,
  openTitle,
}: {
  options: ExportOptions;
  update(patch: Partial<ExportOptions>): void;
  /** Tactics selected on the canvas, for the "Selection" choice. */
  selectedCount: number;
  /** Journeys in the file: with more than one, "This journey" or "All journeys". */
  journeyCount: number;
  openTitle: string;
}) {
  const format = radioGroup('format', options.format, (format) => update({ format }));
  const scope = radioGroup('scope', options.scope, (scope) => update({ scope }));
  const journeys = radioGroup('journeys', options.journeys, (journeys) => update({ journeys }));
  const all = journeyCount > 1 && options.journeys === 'all';
  // A report or a deck: the whole journey, a page (slide) per stage; no scope, scale or background.
  const document = options.format === 'pdf' || options.format === 'pptx';
  const scale = radioGroup('scale', options.scale, (scale) => update({ scale }));
  const appTheme = useTheme().name;
  const forecastOn = useAppStore((s) => s.forecastOn);
  // A scale the user took from a "too large" message is offered until another is chosen.
  const scales = EXPORT_SCALES.includes(options.scale as 1)
    ? [...EXPORT_SCALES]
    : [...EXPORT_SCALES, options.scale];

  return (
    <div className="cvj-export__options">
      <fieldset className="cvj-export__group">
        <legend>Format</legend>
        <Radio {...format('png')}>PNG image</Radio>
        <Radio {...format('svg')}>SVG (vector)</Radio>
        <Radio {...format('pdf')}>PDF report</Radio>
        <Radio {...format('pptx')}>PowerPoint (.pptx)</Radio>
      </fieldset>

      {journeyCount > 1 ? (
        <fieldset className="cvj-export__group">
          <legend>Journeys</legend>
          <Radio {...journeys('open')}>
            This journey <span className="cvj-export__hint">({openTitle})</span>
          </Radio>
          <Radio {...journeys('all')}>
            {document
              ? `All ${journeyCount} journeys in one ${options.format === 'pdf' ? 'report' : 'deck'}`
              : `All ${journeyCount} journeys, one file each`}
          </Radio>
        </fieldset>
      ) : null}

      {document ? (
        <p className="cvj-export__hint">
          {options.format === 'pdf'
            ? 'A cover, the whole journey as a drawing, a page per stage with its tactics, health and forecast.'
            : 'A title slide, the journey, a slide per stage with its tactics as an editable table, health and forecast.'}
        </p>
      ) : (
        <fieldset className="cvj-export__group">
          <legend>What to export</legend>
          <Radio {...scope('all')}>Whole journey</Radio>
          <Radio {...scope('selection')} disabled={all}>
            Selection ({selectedCount} {selectedCount === 1 ? 'tactic' : 'tactics'})
          </Radio>
          <div className="cvj-export__row">
            <Radio {...scope('stage')}>One stage</Radio>
            <select
              aria-label="Stage"
              value={options.stage}
              onChange={(e) => update({ scope: 'stage', stage: e.target.value as StageId })}
            >
              {STAGES.map((stage, i) => (
                <option key={stage.id} value={stage.id}>
                  {i + 1}. {stage.label}
                </option>
              ))}
            </select>
          </div>
        </fieldset>
      )}

      {options.format === 'png' && !document ? (
        <fieldset className="cvj-export__group cvj-export__group--inline">
          <legend>Scale</legend>
          {scales.map((value) => (
            <Radio key={value} {...scale(value)}>
              {value}x
            </Radio>
          ))}
        </fieldset>
      ) : null}

      <label className="cvj-export__field">
        Theme
        <select
          value={options.theme}
          onChange={(e) => update({ theme: e.target.value as ExportTheme })}
        >
          <option value="app">Same as the app ({THEME_LABELS[appTheme]})</option>
          {THEME_NAMES.map((name) => (
            <option key={name} value={name}>
              {THEME_LABELS[name]}
            </option>
          ))}
        </select>
      </label>

      {document ? null : (
        <label className="cvj-export__field">
          Background
          <select
            value={options.background}
            onChange={(e) => update({ background: e.target.value as ExportBackground })}
          >
            <option value="theme">Canvas colour</option>
            <option value="white">White</option>
            <option value="transparent">Transparent</option>
          </select>
        </label>
      )}

      <div className="cvj-export__checks">
        <Check checked={options.includeTitle} onChange={(v) => update({ includeTitle: v })}>
          Include title
        </Check>
        {document ? null : (
          <>
            <Check checked={options.includeHeaders} onChange={(v) => update({ includeHeaders: v })}>
              Include stage headers
            </Check>
            <Check
              checked={options.forecast ?? forecastOn}
              onChange={(v) => update({ forecast: v })}
            >
              Forecast numbers
              <span className="cvj-export__hint">
                People and revenue on the cards and stages, flow widths.
              </span>
            </Check>
          </>
        )}
        <Check checked={options.embed} onChange={(v) => update({ embed: v })}>
          Embed the journey so File › Open can edit it again
          <span className="cvj-export__hint">Turn off for confidential slides.</span>
        </Check>
      </div>
    </div>
  );
}
