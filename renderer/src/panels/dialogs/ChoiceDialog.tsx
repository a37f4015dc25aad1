import { useId } from 'react';
import { ModalDialog } from './ModalDialog';

export interface DialogChoice {
  value: string;
  label: string;
  tone?: 'primary' | 'danger';
}

interface ChoiceDialogProps {
  title: string;
  message: string;
  choices: DialogChoice[];
  /** The answer of Escape and of a click on the backdrop. */
  cancel: string;
  /** The answer focused on opening; Enter on a surprise question must not destroy anything. */
  focus?: string;
  onAnswer(value: string): void;
}

/** A question with a few answers (Save / Don't save / Cancel; Overwrite / Save As… / Cancel). */
export function ChoiceDialog({
  title,
  message,
  choices,
  cancel,
  focus,
  onAnswer,
}: ChoiceDialogProps) {
  const titleId = useId();
  const messageId = useId();
  const focused = focus ?? choices[0]?.value;
  return (
    <ModalDialog
      titleId={titleId}
      describedBy={messageId}
      role="alertdialog"
      onCancel={() => onAnswer(cancel)}
      className="cvj-pdialog--confirm"
    >
      <div className="cvj-pdialog__form">
        <h2 id={titleId} className="cvj-pdialog__title">
          {title}
        </h2>
        <div id={messageId} className="cvj-pdialog__message">
          <p>{message}</p>
        </div>
        <div className="cvj-pdialog__actions">
          {choices.map((choice) => (
            <button
              key={choice.value}
              type="button"
              className={`cvj-btn cvj-pbtn${choice.tone ? ` cvj-pbtn--${choice.tone}` : ''}`}
              data-autofocus={choice.value === focused ? '' : undefined}
              onClick={() => onAnswer(choice.value)}
            >
              {choice.label}
            </button>
          ))}
        </div>
      </div>
    </ModalDialog>
  );
}
