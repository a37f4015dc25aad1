import { useEffect, useMemo, useRef, useState } from 'react';
import { renderJourneySvg } from '../../../shared/export';
import { SvgIcon } from '../canvas/Icon';
import { useDocumentActions } from '../documents/context';
import { useAppStore, useAppStoreApi } from '../store/context';
import { useTheme } from '../theme/themeStore';
import { CloseIcon } from '../ui/icons';
import { loadTemplates, type LoadedTemplate } from './templateFiles';
import './templates.css';

/**
 * File > New from Template…: Blank and the shipped CVJ templates, each with a thumbnail drawn
 * by the SVG exporter (in the app's theme) and a one-line description; typing filters them.
 */
export function TemplateGallery() {
  const open = useAppStore((s) => s.templateGalleryOpen);
  const store = useAppStoreApi();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (open && !el.open) el.showModal();
    if (!open && el.open) el.close();
  }, [open]);
  return (
    <dialog
      ref={dialog}
      className="cvj-modal cvj-gallery"
      aria-labelledby="cvj-gallery-title"
      onClose={() => store.getState().setTemplateGalleryOpen(false)}
      onKeyDown={(e) => {
        if (!e.ctrlKey && !e.metaKey && !e.altKey) e.stopPropagation();
      }}
    >
      {open ? <GalleryBody close={() => store.getState().setTemplateGalleryOpen(false)} /> : null}
    </dialog>
  );
}

function GalleryBody({ close }: { close(): void }) {
  const actions = useDocumentActions();
  const theme = useTheme().name;
  const [templates, setTemplates] = useState<LoadedTemplate[] | null>(null);
  const [query, setQuery] = useState('');
  useEffect(() => {
    let live = true;
    void loadTemplates().then((list) => live && setTemplates(list));
    return () => {
      live = false;
    };
  }, []);
  const thumbnails = useMemo(
    () => new Map((templates ?? []).map((t) => [t.id, thumbnail(t, theme)])),
    [templates, theme],
  );
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const matches = (text: string) => words.every((w) => text.toLowerCase().includes(w));
  const shown = (templates ?? []).filter((t) => matches(`${t.name} ${t.description} ${t.journey.title}`));
  const blankShown = matches('Blank empty journey start from scratch');

  const choose = (run: () => Promise<void>) => {
    close();
    void run();
  };

  return (
    <div className="cvj-gallery__body">
      <header className="cvj-gallery__head">
        <h2 id="cvj-gallery-title">New from Template</h2>
        <input
          className="cvj-input cvj-gallery__search"
          type="search"
          aria-label="Filter templates"
          placeholder="Filter: SaaS, dental, webinar…"
          value={query}
          autoFocus
          onChange={(e) => setQuery(e.target.value)}
        />
        <button type="button" className="cvj-gallery__close" aria-label="Close" onClick={close}>
          <SvgIcon node={CloseIcon} size={20} />
        </button>
      </header>
      <ul className="cvj-gallery__grid" aria-label="Templates">
        {blankShown ? (
          <li>
            <button type="button" className="cvj-gallery__item" onClick={() => choose(actions.newDocument)}>
              <span className="cvj-gallery__thumb cvj-gallery__thumb--blank" aria-hidden="true" />
              <span className="cvj-gallery__name">Blank</span>
              <span className="cvj-gallery__description">The eight empty stages: start from scratch.</span>
            </button>
          </li>
        ) : null}
        {shown.map((t) => (
          <li key={t.id}>
            <button
              type="button"
              className="cvj-gallery__item"
              data-template={t.id}
              onClick={() => choose(() => actions.newFromTemplate(t.text))}
            >
              <img className="cvj-gallery__thumb" src={thumbnails.get(t.id)} alt="" />
              <span className="cvj-gallery__name">{t.name}</span>
              <span className="cvj-gallery__description">{t.description}</span>
            </button>
          </li>
        ))}
      </ul>
      {templates === null ? <p className="cvj-gallery__note">Loading templates…</p> : null}
      {templates !== null && shown.length === 0 && !blankShown ? (
        <p className="cvj-gallery__note" role="status">
          No template matches “{query}”.
        </p>
      ) : null}
    </div>
  );
}

/** The template drawn by the exporter, small: lanes, cards and connections, no title. */
function thumbnail(t: LoadedTemplate, theme: ReturnType<typeof useTheme>['name']): string {
  const { svg } = renderJourneySvg(t.journey, { theme, includeTitle: false, embed: false, handles: 'none' });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
