import { useState } from 'react';
import { ModalDialog } from '../panels/dialogs/ModalDialog';
import { serializeJourneyFile } from '../../../shared/file/serialize';
import { usePlatform } from '../platform/context';
import { useAppStore, useAppStoreApi } from '../store/context';

/**
 * File > Save as Template…: keeps the open journey as one of "My templates" (the app's data
 * folder on the desktop, this browser's storage in the web build), under a name the user gives.
 */
export function SaveTemplateDialog() {
  const open = useAppStore((s) => s.saveTemplateOpen);
  const store = useAppStoreApi();
  if (!open) return null;
  const close = () => store.getState().setSaveTemplateOpen(false);
  return (
    <ModalDialog titleId="cvj-save-template-title" onCancel={close} className="cvj-save-template">
      <SaveTemplateForm close={close} />
    </ModalDialog>
  );
}

function SaveTemplateForm({ close }: { close(): void }) {
  const store = useAppStoreApi();
  const platform = usePlatform();
  const [name, setName] = useState(() => store.getState().doc.title.trim().slice(0, 200));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const submit = async () => {
    const clean = name.trim();
    if (!clean) {
      setError('Give the template a name.');
      return;
    }
    setSaving(true);
    try {
      const state = store.getState();
      await platform.templates.save({ name: clean, text: serializeJourneyFile(state.doc) });
      close();
      store.getState().showNotice({ message: `Saved as a template: “${clean}”.`, detail: 'File › New from Template… lists it under My templates.' });
    } catch (e) {
      setError(e instanceof Error ? e.message.replace(/^\[[a-z-]+\] /, '') : String(e));
    } finally {
      setSaving(false);
    }
  };
  return (
    <form
      className="cvj-save-template__body"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2 id="cvj-save-template-title">Save as Template</h2>
      <label className="cvj-save-template__field">
        Template name
        <input
          className="cvj-input"
          value={name}
          maxLength={200}
          data-autofocus
          onChange={(e) => {
            setName(e.target.value);
            setError(null);
          }}
        />
      </label>
      <p className="cvj-save-template__hint">
        Its tactics, connections and notes become a starting point under My templates in File › New
        from Template…. Votes and dismissed findings stay with this journey.
      </p>
      {error ? (
        <p className="cvj-save-template__error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="cvj-save-template__actions">
        <button type="button" className="cvj-btn cvj-pbtn" onClick={close}>
          Cancel
        </button>
        <button type="submit" className="cvj-btn cvj-pbtn cvj-pbtn--primary" disabled={saving}>
          Save Template
        </button>
      </div>
    </form>
  );
}
