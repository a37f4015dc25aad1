import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeFs, type FsPort } from '../../../electron/main/files/fs-port';
import { APP_ORIGIN } from '../../../electron/main/app-protocol';
import { createHandlers, handleInvoke } from '../../../electron/main/ipc-handlers';
import { fakeDocuments } from '../electron/fake-documents';
import { MAX_USER_TEMPLATES, UserTemplates } from '../../../electron/main/user-templates';
import { faultyFs, fixture } from './helpers';

describe('UserTemplates (userData/templates: My templates)', () => {
  let dir: string;
  beforeEach(() => {
    dir = join(mkdtempSync(join(tmpdir(), 'cvj-utpl-')), 'templates');
  });
  afterEach(() => rmSync(join(dir, '..'), { recursive: true, force: true }));

  const text = fixture('v1/starter.cvj');
  let clock = 0;
  const store = (warnings: string[] = []) =>
    new UserTemplates({ fs: nodeFs, dir, now: () => new Date(Date.UTC(2026, 0, 1, 0, 0, ++clock)), onWarning: (m) => warnings.push(m) });

  it('keeps templates across runs, newest first, and removes one', async () => {
    expect(await store().list()).toEqual([]);
    const a = await store().save('Agency', text);
    const b = await store().save('Clinic', text);
    const listed = await store().list();
    expect(listed.map((t) => [t.id, t.name])).toEqual([
      [b, 'Clinic'],
      [a, 'Agency'],
    ]);
    expect(listed[0]!.text).toBe(text);
    await store().remove(a);
    expect((await store().list()).map((t) => t.name)).toEqual(['Clinic']);
    // Removing what is gone, or a malformed id, changes nothing.
    await store().remove(a);
    await store().remove('../../etc/passwd');
    expect(readdirSync(dir)).toHaveLength(1);
  });

  it('lists again a template over 1 MB, and refuses one over 5 MB', async () => {
    const big = JSON.parse(text) as { journey: { tactics: { notes: string }[] } };
    big.journey.tactics[0]!.notes = 'x'.repeat(19_000);
    const one = JSON.stringify(big);
    const parsed = JSON.parse(one) as { journey: { tactics: { notes: string; id: string }[]; connections: unknown[] } };
    parsed.journey.connections = [];
    const base = parsed.journey.tactics[0]!;
    parsed.journey.tactics = Array.from({ length: 80 }, (_, i) => ({ ...base, id: `t${i}` }));
    const large = JSON.stringify(parsed);
    expect(large.length).toBeGreaterThan(1_200_000);
    await store().save('Large', large);
    expect((await store().list()).map((t) => t.name)).toEqual(['Large']);
    await expect(store().save('Huge', large + ' '.repeat(5 * 1024 * 1024))).rejects.toThrow(/too large/);
  });

  it('leaves out an entry whose name is empty, without hiding the others', async () => {
    await store().save('Good', text);
    writeFileSync(join(dir, 'fedcba9876543210.json'), JSON.stringify({ version: 1, name: '', savedAt: '2026-01-01T00:00:00.000Z', text }));
    expect((await store().list()).map((t) => t.name)).toEqual(['Good']);
  });

  it('leaves a damaged file out (with a warning) and never deletes it', async () => {
    await store().save('Good', text);
    writeFileSync(join(dir, '0123456789abcdef.json'), '{ "version": 1, "name": "Bad", "savedAt": "x", "text": "{}" }');
    const warnings: string[] = [];
    expect((await store(warnings).list()).map((t) => t.name)).toEqual(['Good']);
    expect(warnings).toEqual(['Template 0123456789abcdef.json is damaged; it is left out']);
    expect(readdirSync(dir)).toHaveLength(2);
  });

  it(`refuses a template beyond ${MAX_USER_TEMPLATES}, saying what to do`, async () => {
    const s = store();
    for (let i = 0; i < MAX_USER_TEMPLATES; i++) await s.save(`T${i}`, text);
    await expect(s.save('One more', text)).rejects.toThrow(/remove one first/);
  }, 60_000);
});

describe('templates:* channels (handleInvoke → createHandlers → UserTemplates on disk)', () => {
  let dir: string;
  beforeEach(() => {
    dir = join(mkdtempSync(join(tmpdir(), 'cvj-utpl-ipc-')), 'templates');
  });
  afterEach(() => rmSync(join(dir, '..'), { recursive: true, force: true }));
  const text = fixture('v1/starter.cvj');
  const sender = { id: 3, url: 'app://cvj/index.html', isMainFrame: true };

  function channels(fs: FsPort = nodeFs) {
    const handlers = createHandlers({
      appInfo: () => ({ name: 'CVJ Studio', version: '0', platform: 'linux' }),
      setWindowState: () => {},
      openExternal: async () => {},
      documents: fakeDocuments(),
      templates: new UserTemplates({ fs, dir }),
    });
    const env = { handlers, appOrigin: APP_ORIGIN, onInternalError: () => {} };
    return (channel: string, ...args: unknown[]) => handleInvoke(channel, sender, args, env);
  }

  it('saves, lists and removes through the channels, as the page calls them', async () => {
    const invoke = channels();
    const saved = await invoke('templates:save', { name: 'Agency', text });
    expect(saved).toMatchObject({ ok: true, value: { status: 'done', id: expect.stringMatching(/^[a-z0-9]{16}$/) } });
    const id = (saved as { value: { id: string } }).value.id;
    expect(await invoke('templates:list')).toMatchObject({ ok: true, value: [{ id, name: 'Agency', text }] });
    expect(await invoke('templates:remove', id)).toEqual({ ok: true, value: { status: 'done', id } });
    expect(await invoke('templates:list')).toEqual({ ok: true, value: [] });
  });

  it('answers a full disk with a sentence to show, and leaves nothing half-written', async () => {
    const invoke = channels(faultyFs({ write: { afterBytes: 100, code: 'ENOSPC' } }));
    const saved = await invoke('templates:save', { name: 'Agency', text });
    expect(saved).toEqual({
      ok: true,
      value: {
        status: 'error',
        message: 'The template was not saved: the disk is full. Free some space and try again; the journey itself is untouched.',
      },
    });
    expect(existsSync(dir) ? readdirSync(dir) : []).toEqual([]);
  });

  it('answers a refused folder and a journey that is not one with clear messages', async () => {
    const denied = channels(faultyFs({ mkdir: { code: 'EACCES' }, open: { code: 'EACCES' } }));
    expect(await denied('templates:save', { name: 'Agency', text })).toMatchObject({
      ok: true,
      value: { status: 'error', message: expect.stringMatching(/^The template was not saved: CVJ Studio may not write to its templates folder/) },
    });
    // Not a journey: refused at the gate, before the store is touched.
    const invoke = channels();
    expect(await invoke('templates:save', { name: 'Agency', text: '{"not":"a journey"}' })).toMatchObject({ ok: false });
    expect(await invoke('templates:remove', '../../etc/passwd')).toMatchObject({ ok: false });
  });
});
