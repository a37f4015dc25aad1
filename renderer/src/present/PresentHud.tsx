import { useEffect, useState } from 'react';
import { getStage } from '../../../shared/model/stages';
import { normalizeText } from '../../../shared/export/text-normalize';
import { UNTITLED_JOURNEY } from '../../../shared/model/names';
import { useAppStore, useAppStoreApi } from '../store/context';
import { LAST_STEP, stageOfStep } from './camera';
import { PresentRename } from './PresentRename';
import { PresentLaser } from './PresentLaser';
import { PresentTimer } from './PresentTimer';
import { PresentConnect } from './PresentConnect';
import { hiddenFrom, revealedJourney } from './reveal';
import { clearVotes, voteRanking } from '../../../shared/model/commands';
import { tacticTitle } from '../../../shared/model/names';
import './present.css';
import { stageVars } from '../ui/stageStyle';

/** How long the controls stay after the pointer last moved. */
const CONTROLS_MS = 2500;

/**
 * What present mode draws over the canvas: the focused stage's name and description along the
 * bottom (for the room), and a small row of controls for the presenter that appears when the
 * mouse moves and fades away.
 */
export function PresentHud() {
  const presenting = useAppStore((s) => s.presenting !== null);
  // Mounted per presentation: controls shown, timer unset, each time it starts.
  return presenting ? <Hud /> : null;
}

function Hud() {
  const store = useAppStoreApi();
  const presenting = useAppStore((s) => s.presenting);
  const title = useAppStore((s) => s.doc.title);
  const [controls, setControls] = useState(true);

  useEffect(() => {
    let timer = window.setTimeout(() => setControls(false), CONTROLS_MS);
    const onMove = () => {
      setControls(true);
      clearTimeout(timer);
      timer = window.setTimeout(() => setControls(false), CONTROLS_MS);
    };
    window.addEventListener('pointermove', onMove);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('pointermove', onMove);
    };
  }, []);

  if (!presenting) return null;
  const stageId = stageOfStep(presenting.step);
  const stage = stageId ? getStage(stageId) : null;
  const state = store.getState;

  return (
    <div className="cvj-present" data-testid="present-hud">
      <PresentRename />
      {presenting.laser ? <PresentLaser /> : null}
      {presenting.voting ? (
        <VoteRanking />
      ) : (
        <div className="cvj-present__caption">
          <p className="cvj-present__text" aria-live="polite">
            {stage ? (
              <>
                <span
                  className="cvj-present__stage"
                  style={stageVars(stage.color)}
                >
                  <span className="cvj-present__number" aria-hidden="true">
                    {stage.number}
                  </span>
                  {stage.label}
                </span>
                <span className="cvj-present__description">{stage.description}</span>
              </>
            ) : (
              <span className="cvj-present__stage">{normalizeText(title) || UNTITLED_JOURNEY}</span>
            )}
          </p>
          {stage ? <PresentConnect /> : null}
        </div>
      )}
      <div
        className={`cvj-present__controls${controls ? '' : ' cvj-present__controls--hidden'}`}
        role="toolbar"
        aria-label="Presenter controls"
      >
        <span className="cvj-present__where">
          {stage ? `Stage ${stage.number} of ${LAST_STEP}` : 'Overview'}
        </span>
        <button
          type="button"
          onClick={() => state().presentStep(presenting.step - 1)}
          disabled={presenting.step === 0}
          title="Previous (Left, Page Up)"
        >
          Previous
        </button>
        <button
          type="button"
          onClick={() => state().presentStep(presenting.step + 1)}
          disabled={presenting.step === LAST_STEP}
          title="Next (Right, Space, Page Down)"
        >
          Next
        </button>
        <button
          type="button"
          aria-pressed={presenting.voting}
          onClick={() => state().setVoting(!presenting.voting)}
          title="Dot-vote: click a card (or press V) to give it a dot, Alt takes one back"
        >
          {presenting.voting ? 'End vote' : 'Vote'}
        </button>
        <label title="Stages not reached yet stay hidden">
          <input
            type="checkbox"
            checked={presenting.revealAsWeGo}
            onChange={(e) => state().setRevealAsWeGo(e.target.checked)}
          />
          Reveal as we go
        </label>
        <button
          type="button"
          aria-pressed={presenting.laser}
          onClick={() => state().setLaser(!presenting.laser)}
          title="Laser pointer (K)"
        >
          Laser
        </button>
        <PresentTimer />
        <button
          type="button"
          onClick={() => state().stopPresenting()}
          title="Leave present mode (Esc)"
        >
          Exit
        </button>
      </div>
    </div>
  );
}

/**
 * While a vote is on, in the caption's place (the camera keeps that band free of cards): how to
 * vote, the top-voted tactics, and "Clear votes" (one undo step).
 */
function VoteRanking() {
  const store = useAppStoreApi();
  const doc = useAppStore((s) => revealedJourney(s.doc, hiddenFrom(s.presenting)));
  const ranking = voteRanking(doc).slice(0, 5);
  return (
    <section className="cvj-present__caption cvj-present__votes" aria-label="Votes">
      <div className="cvj-present__votes-head">
        <h2>Dot-vote</h2>
        <p className="cvj-present__hint">Click a card or press V for a dot; Alt takes one back.</p>
      </div>
      {ranking.length ? (
        <ol>
          {ranking.map((r) => (
            <li key={r.id}>
              <span>{tacticTitle(r.title)}</span> <strong>{r.votes}</strong>
            </li>
          ))}
        </ol>
      ) : (
        <p className="cvj-present__empty">No dots yet.</p>
      )}
      <button
        type="button"
        onClick={() => store.getState().apply(clearVotes, undefined)}
        disabled={ranking.length === 0}
      >
        Clear votes
      </button>
    </section>
  );
}
