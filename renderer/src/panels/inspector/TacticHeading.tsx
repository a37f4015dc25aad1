import type { Journey, Tactic } from '../../../../shared/model/types';
import { getStage } from '../../../../shared/model/stages';
import { tacticAppearance } from '../../../../shared/model/selectors';
import { Icon } from '../../canvas/Icon';
import { stageVars } from '../../ui/stageStyle';

/** Which stage the card is in and what kind of tactic it is, in the stage's colour. */
export function TacticHeading({ doc, tactic }: { doc: Journey; tactic: Tactic }) {
  const stage = getStage(tactic.stage);
  const appearance = tacticAppearance(doc, tactic);
  const usual = appearance.usualStage ? getStage(appearance.usualStage).label : null;
  return (
    <div className="cvj-inspector__heading" style={stageVars(stage.color)}>
      <div
        className="cvj-inspector__heading-icon"
        style={appearance.color ? { ['--icon-color' as string]: appearance.color } : undefined}
      >
        <Icon name={appearance.icon} size={28} color="currentColor" />
      </div>
      <div className="cvj-inspector__heading-text">
        <p className="cvj-inspector__stage">
          <span className="cvj-stage-number cvj-inspector__stage-number" aria-hidden="true">
            {stage.number}
          </span>
          {stage.label}
          <span className="cvj-visually-hidden"> stage</span>
        </p>
        <h2 className="cvj-inspector__kind">{appearance.name}</h2>
        {usual ? <p className="cvj-inspector__usual">Usually a {usual} tactic</p> : null}
      </div>
    </div>
  );
}
