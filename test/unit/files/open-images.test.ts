import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseJourneyFile, serializeJourneyFile } from '../../../shared/file';
import { renderJourneySvg } from '../../../shared/export/svg';
import { embedJourneyInPng } from '../../../shared/export/embed';
import { DocumentFiles } from '../../../electron/main/files/document-files';
import { nodeFs } from '../../../electron/main/files/fs-port';
import { fixture, removeDir, tempDir } from './helpers';

const FULL = fixture('v1/full.cvj');
const journey = () => {
  const parsed = parseJourneyFile(FULL);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.journey;
};

/** A real (tiny) PNG, as any rasteriser would write it. */
function blankPng(): Uint8Array {
  const png = new PNG({ width: 2, height: 2 });
  png.data.fill(255);
  return new Uint8Array(PNG.sync.write(png));
}

let dir: string;
beforeEach(() => {
  dir = tempDir('cvj-images-');
});
afterEach(() => removeDir(dir));

describe('opening exported images', () => {
  const files = () => new DocumentFiles({ fs: nodeFs, backups: null });

  it('reads the journey embedded in an exported SVG as .cvj text, marked as from an image', async () => {
    const path = join(dir, 'Slides.svg');
    writeFileSync(path, renderJourneySvg(journey(), { embed: true }).svg);
    const read = await files().read(path);
    expect(read).toMatchObject({ ok: true, fromImage: true, title: journey().title });
    if (!read.ok) return;
    const reopened = parseJourneyFile(read.text);
    expect(reopened.ok && reopened.journey).toEqual(journey());
  });

  it('reads the journey embedded in an exported PNG', async () => {
    const path = join(dir, 'Slides.png');
    writeFileSync(path, embedJourneyInPng(blankPng(), serializeJourneyFile(journey())));
    const read = await files().read(path);
    expect(read).toMatchObject({ ok: true, fromImage: true });
    if (read.ok)
      expect(parseJourneyFile(read.text)).toMatchObject({ ok: true, journey: journey() });
  });

  it('refuses a PNG without a journey with a sentence naming the file', async () => {
    const path = join(dir, 'Holiday.png');
    writeFileSync(path, blankPng());
    const read = await files().read(path);
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.error.fileName).toBe('Holiday.png');
      expect(read.error.message).toMatch(/Holiday\.png/);
    }
  });

  it('refuses an SVG exported without the journey (embedding turned off)', async () => {
    const path = join(dir, 'Confidential.svg');
    writeFileSync(path, renderJourneySvg(journey(), { embed: false }).svg);
    expect((await files().read(path)).ok).toBe(false);
  });
});
