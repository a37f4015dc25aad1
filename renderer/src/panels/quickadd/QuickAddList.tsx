import type { StageId } from '../../../../shared/model/types';
import { getStage } from '../../../../shared/model/stages';
import { Icon, SvgIcon } from '../../canvas/Icon';
import type { QuickAddOption, QuickAddSection } from './quickAddOptions';
import { PlusIcon } from './icons';

interface QuickAddListProps {
  id: string;
  stage: StageId;
  sections: QuickAddSection[];
  active: number;
  optionId(index: number): string;
  onHover(index: number): void;
  onChoose(option: QuickAddOption): void;
}

/** The listbox half of the combobox: options never take focus (the input keeps it). */
export function QuickAddList({
  id,
  stage,
  sections,
  active,
  optionId,
  onHover,
  onChoose,
}: QuickAddListProps) {
  return (
    <div id={id} role="listbox" aria-label="Tactics" className="cvj-qa__list">
      {sections.map((section, s) => (
        <div
          key={section.title}
          role="group"
          aria-labelledby={`${id}-g${s}`}
          className="cvj-qa__group"
        >
          <div id={`${id}-g${s}`} role="presentation" className="cvj-qa__heading">
            {section.title}
          </div>
          {section.options.map((option, i) => {
            const index = section.start + i;
            return (
              <div
                key={option.type === 'tactic' ? option.tactic.kind : 'text'}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                aria-label={optionLabel(option, stage)}
                className={`cvj-qa__option${index === active ? ' cvj-qa__option--active' : ''}`}
                onMouseMove={() => {
                  if (index !== active) onHover(index);
                }}
                onClick={() => onChoose(option)}
              >
                <OptionContent option={option} stage={stage} />
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}

function OptionContent({ option, stage }: { option: QuickAddOption; stage: StageId }) {
  if (option.type === 'text') {
    return (
      <>
        <span className="cvj-qa__icon">
          <SvgIcon node={PlusIcon} size={18} />
        </span>
        <span className="cvj-qa__name">Add custom “{option.text}”</span>
      </>
    );
  }
  const { tactic } = option;
  const home = getStage(tactic.stage);
  const color = tactic.color ?? home.color;
  return (
    <>
      <span className="cvj-qa__icon" style={{ ['--item-color' as string]: color }}>
        <Icon name={tactic.icon} size={18} color={color} />
      </span>
      <span className="cvj-qa__name">{tactic.name}</span>
      {/* Where the tactic usually belongs, when that is not the lane it is going into. */}
      {tactic.stage === stage ? null : (
        <span className="cvj-qa__stage" style={{ ['--item-color' as string]: home.color }}>
          {home.label}
        </span>
      )}
    </>
  );
}

/** Spelled out: the parts are flex items, which screen readers would read with odd pauses. */
function optionLabel(option: QuickAddOption, stage: StageId): string {
  if (option.type === 'text') return `Add custom “${option.text}”`;
  const { tactic } = option;
  return tactic.stage === stage ? tactic.name : `${tactic.name}, ${getStage(tactic.stage).label}`;
}
