import { expect, test, type Page } from '@playwright/test';
import { CARD_TITLE, cardTitleLines } from '../../shared/export/card-layout';
import { ELLIPSIS } from '../../shared/export/text-layout';
import { laneLeft } from '../../shared/model/layout';
import { STAGE_IDS } from '../../shared/model/types';
import { HOSTILE_STRINGS, PWNED } from '../unit/fuzz/hostile-strings';
import { getDocument, openApp, watchForErrors } from './helpers';

/**
 * Hostile content in the running app: titles, notes, owners, links, connection labels and a
 * custom tactic holding HTML, <script>, SVG markup, javascript: links, right-to-left overrides,
 * emoji, control characters and very long text arrive through the in-app clipboard (the way a
 * stranger's cards arrive) and by typing into the inspector. All of it must be shown as plain
 * text: no script runs, no dialog opens, no CSP violation, no element is injected, long text is
 * clamped on cards and whole in the inspector. Field limits (title 500, notes 20,000, …) are
 * the file format's, so longer strings arrive cut to them; files holding more are refused with
 * a path (test/unit/reliability/limits.test.ts).
 */

const LIMIT = {
  title: 500,
  notes: 20_000,
  owner: 200,
  link: 2_048,
  label: 500,
  name: 500,
  description: 2_000,
};
const cut = (text: string, limit: number) => text.slice(0, limit);
const MARKER = 'hostile-';

/** The cvj-clipboard payload Copy would make of one card per hostile string. */
function hostileClipboard(): string {
  const tactics = HOSTILE_STRINGS.map((entry, i) => {
    const stage = STAGE_IDS[i % STAGE_IDS.length] ?? 'aware';
    return {
      id: `${MARKER}${i}`,
      stage,
      kind: i % 3 === 0 ? 'custom.hostile' : 'aware.seo',
      title: cut(entry.text, LIMIT.title),
      notes: cut(entry.text, LIMIT.notes),
      position: { x: laneLeft(stage) + 20, y: 240 + 132 * Math.floor(i / STAGE_IDS.length) },
      owner: cut(entry.text, LIMIT.owner),
      link: cut(entry.text, LIMIT.link),
    };
  });
  const connections = tactics.slice(1).map((tactic, i) => ({
    id: `${MARKER}c${i}`,
    source: `${MARKER}${i}`,
    target: tactic.id,
    label: cut(HOSTILE_STRINGS[i]?.text ?? '', LIMIT.label),
  }));
  const customTactics = [
    {
      id: 'custom.hostile',
      name: cut(HOSTILE_STRINGS[0]?.text ?? 'x', LIMIT.name),
      stage: 'aware',
      icon: '"><img src=x onerror=alert(1)>',
      color: '#2563eb',
      description: cut(HOSTILE_STRINGS[2]?.text ?? '', LIMIT.description),
    },
  ];
  return JSON.stringify({
    format: 'cvj-clipboard',
    version: 1,
    tactics,
    connections,
    customTactics,
  });
}

/** Records CSP violations and any script the content manages to run, from the first byte on. */
async function arm(page: Page): Promise<{ dialogs: string[] }> {
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = violations;
    document.addEventListener('securitypolicyviolation', (event) => {
      violations.push(
        `${event.violatedDirective} ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber} ${event.sample}`,
      );
    });
  });
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return { dialogs };
}

async function paste(page: Page, text: string): Promise<void> {
  await page.evaluate((payload) => {
    const data = new DataTransfer();
    data.setData('text/plain', payload);
    document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
  }, text);
}

/**
 * Elements and attributes that would mean markup from the content became live DOM. The page may
 * have some of its own (tests compare with what was there before the content arrived).
 */
async function injected(page: Page): Promise<string[]> {
  return page.evaluate((flag) => {
    const found: string[] = [];
    if ((window as unknown as Record<string, unknown>)[flag] !== undefined)
      found.push(`${flag} was set`);
    for (const element of document.querySelectorAll('*')) {
      const tag = element.tagName.toLowerCase();
      if (['iframe', 'object', 'embed', 'foreignobject', 'img', 'a', 'form', 'base'].includes(tag))
        found.push(`<${tag}>`);
      if (tag === 'script') found.push(`<script src=${(element as HTMLScriptElement).src}>`);
      if (tag === 'style') found.push('<style>');
      for (const attribute of element.getAttributeNames()) {
        if (attribute.startsWith('on')) found.push(`${tag}[${attribute}]`);
        if (attribute === 'srcdoc') found.push(`${tag}[srcdoc]`);
        // Text attributes (title, aria-label) may hold any text; only URL attributes are live.
        const url = [
          'href',
          'src',
          'action',
          'formaction',
          'xlink:href',
          'data',
          'poster',
        ].includes(attribute);
        if (url && /^\s*(javascript|data|vbscript):/i.test(element.getAttribute(attribute) ?? '')) {
          found.push(`${tag}[${attribute}=${element.getAttribute(attribute)?.slice(0, 20)}]`);
        }
      }
    }
    return found;
  }, PWNED);
}

/** A card's title as shown: its lines, and the whole title in the tooltip. */
async function cardTitle(
  page: Page,
  id: string,
): Promise<{ lines: string[]; tooltip: string | null }> {
  const title = page.locator(`.react-flow__node[data-id="${id}"] .cvj-card__title`);
  return {
    lines: await title
      .locator('.cvj-card__line')
      .evaluateAll((elements) => elements.map((element) => element.textContent ?? '')),
    tooltip: await title.getAttribute('title'),
  };
}

/** What `after` has more of than `before`. */
function added(before: readonly string[], after: readonly string[]): string[] {
  const left = [...before];
  return after.filter((item) => {
    const at = left.indexOf(item);
    if (at === -1) return true;
    left.splice(at, 1);
    return false;
  });
}

test.describe('hostile content is shown as plain text', () => {
  // Wide enough for every lane at 100%: the canvas renders only the cards on screen.
  test.use({ viewport: { width: 2_700, height: 1_500 } });

  test('pasted cards: no script, no dialog, no CSP violation, no injected element; text intact; long text clamped', async ({
    page,
  }) => {
    const errors = watchForErrors(page);
    const { dialogs } = await arm(page);
    await openApp(page);
    const cardsBefore = await page.locator('.react-flow__node').count();
    const before = await injected(page);

    await paste(page, hostileClipboard());
    // The inspector opens for the pasted selection and covers the last lane: zoom out until
    // every card is on screen (the canvas renders only those).
    for (
      let i = 0;
      i < 6 &&
      (await page.locator('.react-flow__node').count()) < cardsBefore + HOSTILE_STRINGS.length;
      i += 1
    ) {
      await page.locator('.react-flow__controls-zoomout').click();
    }
    await expect(page.locator('.react-flow__node')).toHaveCount(
      cardsBefore + HOSTILE_STRINGS.length,
    );
    expect((await getDocument(page)).tactics).toHaveLength(cardsBefore + HOSTILE_STRINGS.length);

    // The text is kept exactly, not sanitised away: it is data, shown as text.
    const doc = await getDocument(page);
    const pasted = HOSTILE_STRINGS.map((entry) => {
      const tactic = doc.tactics.find((t) => t.notes === cut(entry.text, LIMIT.notes));
      expect(tactic, entry.name).toBeDefined();
      expect(tactic?.title, entry.name).toBe(cut(entry.text, LIMIT.title));
      expect(tactic?.link, entry.name).toBe(cut(entry.text, LIMIT.link));
      return { entry, id: tactic?.id ?? '' };
    });
    expect(
      doc.customTactics.some((c) => c.name === cut(HOSTILE_STRINGS[0]?.text ?? '', LIMIT.name)),
    ).toBe(true);

    // Each card shows its title as text: the canvas's own line layout (at most two lines, cut
    // with an ellipsis), and the whole title in the tooltip.
    for (const { entry, id } of pasted) {
      const shown = await cardTitle(page, id);
      const title = cut(entry.text, LIMIT.title);
      expect(shown.lines, entry.name).toEqual(cardTitleLines(title).lines);
      expect(shown.tooltip, entry.name).toBe(title);
    }
    expect(added(before, await injected(page))).toEqual([]);

    // Every card keeps the size of an ordinary card, however long or strange its title.
    const starterId = doc.tactics.find((t) => !pasted.some((p) => p.id === t.id))?.id ?? '';
    const normal = await page.locator(`.react-flow__node[data-id="${starterId}"]`).boundingBox();
    for (const { entry, id } of pasted) {
      const box = await page.locator(`.react-flow__node[data-id="${id}"]`).boundingBox();
      expect(Math.abs((box?.height ?? 0) - (normal?.height ?? 0)), entry.name).toBeLessThanOrEqual(
        1,
      );
      expect(Math.abs((box?.width ?? 0) - (normal?.width ?? 0)), entry.name).toBeLessThanOrEqual(1);
    }
    const longest = pasted.find((p) => p.entry.name === '100,000 characters without spaces');
    const clamped = await cardTitle(page, longest?.id ?? '');
    expect(clamped.lines).toHaveLength(CARD_TITLE.maxLines);
    expect(clamped.lines.at(-1)?.endsWith(ELLIPSIS)).toBe(true);

    const violations = await page.evaluate(
      () => (window as unknown as { __cspViolations: string[] }).__cspViolations,
    );
    expect(violations).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('the inspector shows hostile text whole, caps typing at the field limit, and will not open a javascript: link', async ({
    page,
  }) => {
    const errors = watchForErrors(page);
    const { dialogs } = await arm(page);
    await openApp(page);
    const id = (await getDocument(page)).tactics[0]?.id ?? '';
    await page.locator(`.react-flow__node[data-id="${id}"]`).click();
    const before = await injected(page);

    const title = page.getByLabel('Title', { exact: true });
    const notes = page.getByLabel('Notes', { exact: true });
    const link = page.getByLabel('Link', { exact: true });

    // Lone surrogates cannot be typed (the test driver sends UTF-8); the paste test covers them.
    const typeable = HOSTILE_STRINGS.filter(
      (entry) =>
        entry.text.length <= LIMIT.title &&
        !/[\uD800-\uDFFF]/.test(entry.text.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, '')),
    );
    for (const { name, text } of typeable) {
      await title.fill(text);
      // What the field shows is what was typed (an <input> turns line breaks into spaces).
      const shown = await title.inputValue();
      if (/[\r\n]/.test(text)) expect(shown.replace(/\s/g, ''), name).toBe(text.replace(/\s/g, ''));
      else expect(shown, name).toBe(text);
      // The card shows the same text, as text, laid out as the canvas lays out every title.
      const stored = (await getDocument(page)).tactics.find((t) => t.id === id)?.title ?? '';
      expect((await cardTitle(page, id)).lines, name).toEqual(cardTitleLines(stored).lines);
    }

    // A 100,000-character paste into the notes stops at the notes limit; the app stays responsive.
    const huge = 'x'.repeat(100_000);
    await notes.fill(huge);
    expect((await notes.inputValue()).length).toBe(LIMIT.notes);
    const tactic = (await getDocument(page)).tactics.find((t) => t.id === id);
    expect(tactic?.notes.length).toBe(LIMIT.notes);
    // Long text is whole in the inspector while the card clamps it.
    await title.fill('W'.repeat(LIMIT.title));
    expect(await title.inputValue()).toBe('W'.repeat(LIMIT.title));
    const card = await cardTitle(page, id);
    expect(card.lines).toHaveLength(CARD_TITLE.maxLines);
    expect(card.lines.at(-1)?.endsWith(ELLIPSIS)).toBe(true);
    expect(card.tooltip).toBe('W'.repeat(LIMIT.title));

    for (const url of [
      'javascript:alert(1)',
      'JaVaScRiPt:\talert(1)',
      'data:text/html,<script>alert(1)</script>',
      'file:///etc/passwd',
      'vbscript:msgbox(1)',
    ]) {
      await link.fill(url);
      await expect(page.getByRole('button', { name: 'Open link' }), url).toBeDisabled();
    }

    expect(added(before, await injected(page))).toEqual([]);
    const violations = await page.evaluate(
      () => (window as unknown as { __cspViolations: string[] }).__cspViolations,
    );
    expect(violations).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });
});
