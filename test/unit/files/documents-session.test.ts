import { describe, expect, it } from 'vitest';
import {
  askingEnded,
  askingToClose,
  closeApproved,
  freshSession,
  isPristine,
  pageGone,
  pageReady,
  type Lifecycle,
} from '../../../electron/main/documents/session';

/**
 * A window's lifecycle (electron/main/documents/session.ts): one value for where its page is
 * and how far closing has got, and the transitions between them. The documents-*.test.ts files
 * show what each state means to a user; these pin the transitions themselves.
 */

const answer = Promise.resolve(true);

describe('page', () => {
  it('a new window is open, its page loading', () => {
    expect(freshSession(7).lifecycle).toEqual({ phase: 'open', page: 'loading' });
  });

  it('ready: loading or lost → listening; the close phase is kept', () => {
    expect(pageReady({ phase: 'open', page: 'loading' })).toEqual({
      phase: 'open',
      page: 'listening',
    });
    expect(pageReady({ phase: 'open', page: 'lost' })).toEqual({
      phase: 'open',
      page: 'listening',
    });
    expect(pageReady({ phase: 'asking', page: 'loading', answer })).toEqual({
      phase: 'asking',
      page: 'listening',
      answer,
    });
  });

  it('gone: a listening page is lost; a page that never listened lost nothing', () => {
    expect(pageGone({ phase: 'open', page: 'listening' })).toEqual({ phase: 'open', page: 'lost' });
    expect(pageGone({ phase: 'open', page: 'lost' })).toEqual({ phase: 'open', page: 'lost' });
    const loading: Lifecycle = { phase: 'open', page: 'loading' };
    expect(pageGone(loading)).toBe(loading);
    expect(pageGone({ phase: 'closing', page: 'listening' })).toEqual({
      phase: 'closing',
      page: 'lost',
    });
  });
});

describe('closing', () => {
  it('open → asking → open (cancelled) or closing (approved), the page state kept', () => {
    const asking = askingToClose({ phase: 'open', page: 'listening' }, answer);
    expect(asking).toEqual({ phase: 'asking', page: 'listening', answer });
    expect(askingEnded(asking, answer, false)).toEqual({ phase: 'open', page: 'listening' });
    expect(askingEnded(asking, answer, true)).toEqual({ phase: 'closing', page: 'listening' });
  });

  it('a question that is no longer the current one changes nothing when cancelled', () => {
    // A reload started the window over (open again), or a newer question is on screen.
    const reloaded: Lifecycle = { phase: 'open', page: 'listening' };
    expect(askingEnded(reloaded, answer, false)).toBe(reloaded);
    const newer = askingToClose(reloaded, Promise.resolve(false));
    expect(askingEnded(newer, answer, false)).toBe(newer);
    // The window turned clean and was let go meanwhile: it stays let go.
    const approved = closeApproved(newer);
    expect(askingEnded(approved, answer, false)).toBe(approved);
  });

  it('only an untitled, untouched window in use is pristine (an open may load into it)', () => {
    const session = freshSession(1);
    expect(isPristine(session)).toBe(true);
    session.lifecycle = askingToClose(session.lifecycle, answer);
    expect(isPristine(session)).toBe(false);
    session.lifecycle = closeApproved(session.lifecycle);
    expect(isPristine(session)).toBe(false);
  });
});
