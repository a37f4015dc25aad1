import { useState } from 'react';
import { ModalDialog } from '../panels/dialogs/ModalDialog';
import { SvgIcon } from '../canvas/Icon';
import { PERSONA_ICONS, personaIcon } from '../../../shared/model/icons';
import type { Persona } from '../../../shared/model/types';
import { PERSONA_COLORS } from '../../../shared/model/journeySet';
import { useAppStore, useAppStoreApi } from '../store/context';
import { setOpenPersona } from '../commands/journeyActions';


/**
 * The open journey's persona (tab menu › Persona…): who the journey is about, shown on its tab
 * and in exports. An edit of that journey: its undo takes it back.
 */
export function PersonaDialog() {
  const open = useAppStore((s) => s.personaOpen);
  const store = useAppStoreApi();
  if (!open) return null;
  const close = () => store.getState().setPersonaOpen(false);
  return (
    <ModalDialog titleId="cvj-persona-title" onCancel={close} className="cvj-persona">
      <PersonaForm close={close} />
    </ModalDialog>
  );
}

function PersonaForm({ close }: { close(): void }) {
  const store = useAppStoreApi();
  const doc = store.getState().doc;
  const [name, setName] = useState(doc.persona?.name ?? '');
  const [description, setDescription] = useState(doc.persona?.description ?? '');
  const [color, setColor] = useState<string>(doc.persona?.color ?? PERSONA_COLORS[0]!);
  const [icon, setIcon] = useState<string>(doc.persona?.icon ?? PERSONA_ICONS[0]!);
  const save = (persona: Persona | undefined) => {
    setOpenPersona(store, persona);
    close();
  };
  return (
    <form
      className="cvj-persona__body"
      onSubmit={(e) => {
        e.preventDefault();
        save(name.trim() ? { name, description, color, icon } : undefined);
      }}
    >
      <h2 id="cvj-persona-title">Persona of “{doc.title}”</h2>
      <label className="cvj-persona__field">
        Name
        <input className="cvj-input" value={name} maxLength={500} data-autofocus placeholder="Café owner, Home brewer, IT buyer…" onChange={(e) => setName(e.target.value)} />
      </label>
      <label className="cvj-persona__field">
        Who they are
        <textarea className="cvj-input" value={description} maxLength={2000} rows={3} placeholder="What they want, what they fear, how they decide." onChange={(e) => setDescription(e.target.value)} />
      </label>
      <fieldset className="cvj-persona__choices">
        <legend>Colour</legend>
        {PERSONA_COLORS.map((c) => (
          <label key={c} className="cvj-persona__swatch" style={{ ['--persona' as string]: c }} title={c}>
            <input type="radio" name="persona-color" value={c} checked={color === c} onChange={() => setColor(c)} aria-label={`Colour ${c}`} />
            <span aria-hidden="true" />
          </label>
        ))}
      </fieldset>
      <fieldset className="cvj-persona__choices">
        <legend>Icon</legend>
        {PERSONA_ICONS.map((i) => (
          <label key={i} className="cvj-persona__icon" title={i}>
            <input type="radio" name="persona-icon" value={i} checked={icon === i} onChange={() => setIcon(i)} aria-label={`Icon ${i}`} />
            <span style={{ ['--persona' as string]: color }}>
              <SvgIcon node={personaIcon(i)} size={20} />
            </span>
          </label>
        ))}
      </fieldset>
      <div className="cvj-persona__actions">
        {doc.persona ? (
          <button type="button" className="cvj-btn cvj-pbtn cvj-persona__remove" onClick={() => save(undefined)}>
            Remove persona
          </button>
        ) : null}
        <button type="button" className="cvj-btn cvj-pbtn" onClick={close}>
          Cancel
        </button>
        <button type="submit" className="cvj-btn cvj-pbtn cvj-pbtn--primary">
          Save
        </button>
      </div>
    </form>
  );
}
