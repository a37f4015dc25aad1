import { useEffect, useMemo, useRef, useState } from 'react';
import { addBlankJourney, addJourneyFromTemplate } from '../commands/journeyActions';
import { ModalDialog } from '../panels/dialogs/ModalDialog';
import { removeTemplatePrompt } from '../documents/wording';
import { renderJourneySvg } from '../../../shared/export/svg';
import { SvgIcon } from '../canvas/Icon';
import { useDocumentActions } from '../documents/context';
import { useAppStore, useAppStoreApi } from '../store/context';
import { useTheme } from '../theme/themeStore';
import { CloseIcon } from '../ui/icons';
import { loadTemplates, type LoadedTemplate } from './templateFiles';
import { loadParser } from '../documents/parser';
import type { UserTemplate } from '../../../shared/ipc/contract';
import type { Journey } from '../../../shared/model/types';
import { usePlatform } from '../platform/context';
import type { Platform } from '../platform';
import './templates.css';

/**
 * File > New from Template…: Blank and the shipped CVJ templates, each with a thumbnail drawn
 * by the SVG exporter (in the app's theme) and a one-line description; typing filters them.
 */
export function TemplateGallery() {
  const open = useAppStore((s) => s.templateGalleryOpen);
  const store = useAppStoreApi();
  if (!open) return null;
  const close = () => store.getState().setTemplateGalleryOpen(false);
  return (
    <ModalDialog titleId="cvj-gallery-title" onCancel={close} className="cvj-gallery">
      <GalleryBody close={close} />
    </ModalDialog>
  );
}

function GalleryBody({ close }: { close(): void }) {
  const actions = useDocumentActions();
  const platform = usePlatform();
  const store = useAppStoreApi();
  const theme = useTheme().name;
  const [templates, setTemplates] = useState<LoadedTemplate[] | null>(null);
  const [mine, setMine] = useState<MyTemplate[]>([]);
  const [query, setQuery] = useState('');
  useEffect(() => {
    let live = true;
    void loadTemplates().then((list) => live && setTemplates(list));
    void loadMine(platform).then((list) => live && setMine(list));
    return () => {
      live = false;
    };
  }, [platform]);
  const thumbnails = useMemo(
    () => new Map([...(templates ?? []), ...mine].map((t) => [t.id, thumbnail(t.journey, theme)])),
    [templates, mine, theme],
  );
  const search = useRef<HTMLInputElement>(null);
  const remove = async (t: MyTemplate) => {
    const answer = await store.getState().ask(removeTemplatePrompt(t.name));
    if (answer !== 'remove') return;
    try {
      await platform.templates.remove(t.id);
    } catch (error) {
      await store.getState().ask({
        kind: 'message',
        tone: 'error',
        title: `“${t.name}” was not removed`,
        message: error instanceof Error ? error.message : String(error),
      });
    }
    setMine(await loadMine(platform));
    // Its button is gone: the focus stays in the gallery, on the filter.
    search.current?.focus();
  };
  const mineShown = mine.filter((t) => matchesQuery(query, `${t.name} ${t.journey.title}`));
  const matches = (text: string) => matchesQuery(query, text);
  const shown = (templates ?? []).filter((t) =>
    matches(`${t.name} ${t.description} ${t.journey.title}`),
  );
  const blankShown = matches('Blank empty journey start from scratch');

  // From the tab strip's "+": the pick becomes a journey of this file, not a new file.
  const target = useAppStore((s) => s.templateGalleryTarget);
  const fromTemplate = (text: string) => async () => {
    if (target === 'file') return actions.newFromTemplate(text);
    if (!(await addJourneyFromTemplate(store, text))) {
      await store.getState().ask({ kind: 'message', tone: 'error', title: 'The template could not be read', message: 'Its file is damaged; choose another template.' });
    }
  };
  const blank = async () => (target === 'file' ? actions.newBlank() : addBlankJourney(store));
  const choose = (run: () => Promise<void> | void) => {
    close();
    void run();
  };

  return (
    <div className="cvj-gallery__body">
      <header className="cvj-gallery__head">
        <h2 id="cvj-gallery-title">{target === 'file' ? 'New from Template' : 'Add a journey from a template'}</h2>
        <input
          className="cvj-input cvj-gallery__search"
          type="search"
          aria-label="Filter templates"
          placeholder="Filter: SaaS, dental, webinar…"
          value={query}
          ref={search}
          data-autofocus
          onChange={(e) => setQuery(e.target.value)}
        />
        <button type="button" className="cvj-close-btn" aria-label="Close" onClick={close}>
          <SvgIcon node={CloseIcon} size={20} />
        </button>
      </header>
      <div className="cvj-gallery__scroll">
        {mineShown.length > 0 ? (
          <>
            <h3 className="cvj-gallery__section" id="cvj-gallery-mine">
              My templates
            </h3>
            <ul className="cvj-gallery__grid" aria-labelledby="cvj-gallery-mine">
              {mineShown.map((t) => (
                <li key={t.id} className="cvj-gallery__mine">
                  <button
                    type="button"
                    className="cvj-gallery__item"
                    onClick={() => choose(fromTemplate(t.text))}
                  >
                    <img className="cvj-gallery__thumb" src={thumbnails.get(t.id)} alt="" />
                    <span className="cvj-gallery__name">{t.name}</span>
                    <span className="cvj-gallery__description">
                      {t.journey.tactics.length} tactics · saved{' '}
                      {new Date(t.savedAt).toLocaleDateString()}
                    </span>
                  </button>
                  <button
                    type="button"
                    className="cvj-btn cvj-gallery__remove"
                    aria-label={`Remove template ${t.name}`}
                    title="Remove from My templates"
                    onClick={() => void remove(t)}
                  >
                    <SvgIcon node={CloseIcon} size={16} />
                  </button>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {mineShown.length > 0 ? <h3 className="cvj-gallery__section">CVJ templates</h3> : null}
        <ul className="cvj-gallery__grid" aria-label="Templates">
          {blankShown ? (
            <li>
              <button
                type="button"
                className="cvj-gallery__item"
                onClick={() => choose(blank)}
              >
                <span className="cvj-gallery__thumb cvj-gallery__thumb--blank" aria-hidden="true" />
                <span className="cvj-gallery__name">Blank</span>
                <span className="cvj-gallery__description">
                  The eight empty stages: start from scratch.
                </span>
              </button>
            </li>
          ) : null}
          {shown.map((t) => (
            <li key={t.id}>
              <button
                type="button"
                className="cvj-gallery__item"
                data-template={t.id}
                onClick={() => choose(fromTemplate(t.text))}
              >
                <img className="cvj-gallery__thumb" src={thumbnails.get(t.id)} alt="" />
                <span className="cvj-gallery__name">{t.name}</span>
                <span className="cvj-gallery__description">{t.description}</span>
              </button>
            </li>
          ))}
        </ul>
        {templates === null ? <p className="cvj-gallery__note">Loading templates…</p> : null}
        {templates !== null && shown.length === 0 && mineShown.length === 0 && !blankShown ? (
          <p className="cvj-gallery__note" role="status">
            No template matches “{query}”.
          </p>
        ) : null}
      </div>
    </div>
  );
}

interface MyTemplate extends UserTemplate {
  journey: Journey;
}

/** My templates (Save as Template…), readable ones only. */
async function loadMine(platform: Platform): Promise<MyTemplate[]> {
  const list = await platform.templates.list().catch(() => [] as UserTemplate[]);
  const { parseJourneyFile } = await loadParser();
  return list.flatMap((t) => {
    const parsed = parseJourneyFile(t.text);
    return parsed.ok ? [{ ...t, journey: parsed.journey }] : [];
  });
}

function matchesQuery(query: string, text: string): boolean {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return words.every((w) => text.toLowerCase().includes(w));
}

/** A journey drawn by the exporter, small: lanes, cards and connections, no title. */
function thumbnail(journey: Journey, theme: ReturnType<typeof useTheme>['name']): string {
  const { svg } = renderJourneySvg(journey, {
    theme,
    includeTitle: false,
    embed: false,
    handles: 'none',
  });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
