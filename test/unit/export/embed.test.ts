import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import {
  embedJourneyInPng,
  extractJourneyFromPng,
  extractJourneyFromSvg,
  readJourneyBytes,
  renderJourneySvg,
} from '../../../shared/export';
import { base64Decode, base64Encode, utf8Base64, utf8Decode, utf8Encode } from '../../../shared/export/bytes';
import { crc32, readPngChunks, writePngChunks } from '../../../shared/export/png-chunks';
import { parseJourneyFile } from '../../../shared/file/parse';
import { serializeJourneyFile } from '../../../shared/file/serialize';
import { readFixture } from './helpers';

const fullText = readFixture('test/fixtures/v1/full.cvj');
const full = parseJourneyFile(fullText);
if (!full.ok) throw new Error(full.error.message);
/** The file as the app would embed it: canonical text, unknown keys kept. */
const cvj = serializeJourneyFile(full.journey, { extra: full.file });

function smallPng(): Uint8Array {
  const png = new PNG({ width: 3, height: 2 });
  png.data.fill(200);
  return new Uint8Array(PNG.sync.write(png));
}

describe('bytes helpers', () => {
  it('encode UTF-8 and base64 like Node does', () => {
    const text = 'Café — 漢字 🎉 \u0000 end';
    expect(Buffer.from(utf8Encode(text)).toString('utf8')).toBe(text);
    expect(utf8Decode(new Uint8Array(Buffer.from(text)))).toBe(text);
    const bytes = new Uint8Array(Buffer.from(text));
    for (let n = 0; n < 5; n++) {
      const slice = bytes.subarray(0, bytes.length - n);
      expect(base64Encode(slice)).toBe(Buffer.from(slice).toString('base64'));
      expect(base64Decode(Buffer.from(slice).toString('base64'))).toEqual(slice);
    }
    expect(base64Decode('not base64!')).toBeUndefined();
  });

  it('utf8Base64 gives the same lines through Node\'s Buffer, a browser\'s TextEncoder and btoa, and its own loops', () => {
    // Long enough for several of each path's parts; a lone surrogate, as a half-pasted emoji.
    const text = `${'Café — 漢字 🎉 '.repeat(4_000)}\ud83d end`;
    const flat = Buffer.from(text, 'utf8').toString('base64');
    const expected = (lineLength: number) =>
      lineLength ? (flat.match(new RegExp(`.{1,${lineLength}}`, 'g')) ?? []).join('\n') : flat;
    const g = globalThis as { Buffer?: unknown; TextEncoder?: unknown; btoa?: unknown };
    const saved = { Buffer: g.Buffer, TextEncoder: g.TextEncoder, btoa: g.btoa };
    try {
      for (const path of ['buffer', 'browser', 'loops'] as const) {
        if (path !== 'buffer') g.Buffer = undefined;
        if (path === 'loops') g.TextEncoder = undefined;
        for (const lineLength of [0, 76]) expect(utf8Base64(text, lineLength), `${path}, lines of ${lineLength}`).toBe(expected(lineLength));
        expect(utf8Base64('', 76), path).toBe('');
      }
    } finally {
      Object.assign(g, saved);
    }
  });

  it('computes the PNG CRC-32', () => {
    expect(crc32(utf8Encode('123456789'))).toBe(0xcbf43926);
  });
});

describe('SVG embedding', () => {
  it('round-trips the journey, unknown keys included', () => {
    const { svg } = renderJourneySvg(full.journey, { embedText: cvj });
    const extracted = extractJourneyFromSvg(svg);
    expect(extracted).toEqual({ ok: true, text: cvj });
    const reopened = readJourneyBytes(utf8Encode(svg));
    expect(reopened.ok && reopened.source).toBe('svg');
    expect(reopened.ok && reopened.journey).toEqual(full.journey);
    expect(reopened.ok && serializeJourneyFile(reopened.journey, { extra: reopened.file })).toBe(
      cvj,
    );
  });

  it('still finds the journey after an editor renamed the prefix and moved the namespace', () => {
    const { svg } = renderJourneySvg(full.journey, { embedText: cvj });
    const edited = svg
      .replace(
        '<svg xmlns="http://www.w3.org/2000/svg"',
        '<svg xmlns:ns0="urn:x-cvj-studio:journey" xmlns="http://www.w3.org/2000/svg"',
      )
      .replace(
        '<cvj:journey xmlns:cvj="urn:x-cvj-studio:journey" encoding="base64">',
        '<ns0:journey\n   encoding="base64">',
      )
      .replace('</cvj:journey>', '</ns0:journey>')
      .replace(/\n(?=[A-Za-z0-9+/=]{76})/g, '\n      ');
    expect(extractJourneyFromSvg(edited)).toEqual({ ok: true, text: cvj });
  });

  it('says so when there is no journey, or a damaged one', () => {
    expect(extractJourneyFromSvg(renderJourneySvg(full.journey, { embed: false }).svg)).toEqual({
      ok: false,
      reason: 'none',
    });
    const { svg } = renderJourneySvg(full.journey);
    expect(
      extractJourneyFromSvg(svg.replace(/encoding="base64">\n[A-Za-z]/, 'encoding="base64">\n*')),
    ).toEqual({ ok: false, reason: 'damaged' });
  });
});

describe('PNG embedding', () => {
  it('adds an iTXt chunk before IEND and leaves the image valid and unchanged', () => {
    const original = smallPng();
    const png = embedJourneyInPng(original, cvj);
    const chunks = readPngChunks(png);
    expect(chunks.map((c) => c.type)).toEqual([
      ...readPngChunks(original)
        .map((c) => c.type)
        .slice(0, -1),
      'iTXt',
      'IEND',
    ]);
    expect(chunks.every((c) => c.crcOk)).toBe(true);
    const decoded = PNG.sync.read(Buffer.from(png));
    expect([decoded.width, decoded.height]).toEqual([3, 2]);
    expect(decoded.data).toEqual(PNG.sync.read(Buffer.from(original)).data);
  });

  it('round-trips the journey and replaces an earlier one', () => {
    const once = embedJourneyInPng(smallPng(), 'old');
    const png = embedJourneyInPng(once, cvj);
    expect(readPngChunks(png).filter((c) => c.type === 'iTXt')).toHaveLength(1);
    expect(extractJourneyFromPng(png)).toEqual({ ok: true, text: cvj });
    const reopened = readJourneyBytes(png);
    expect(reopened.ok && reopened.source).toBe('png');
    expect(reopened.ok && reopened.journey).toEqual(full.journey);
  });

  it('reports a damaged chunk and a PNG without a journey', () => {
    const png = embedJourneyInPng(smallPng(), cvj);
    const damaged = png.slice();
    damaged[damaged.length - 40] = damaged[damaged.length - 40]! ^ 0xff; // inside the iTXt text
    expect(extractJourneyFromPng(damaged)).toEqual({ ok: false, reason: 'damaged' });
    const none = readJourneyBytes(smallPng());
    expect(none.ok).toBe(false);
    expect(!none.ok && none.error.message).toMatch(/^This PNG image holds no CVJ Studio journey\./);
    const cut = readJourneyBytes(png.subarray(0, 60));
    expect(!cut.ok && cut.error.message).toMatch(/^This PNG image could not be read/);
  });

  it('writes chunks that pngjs reads back', () => {
    const chunks = readPngChunks(smallPng());
    expect(readPngChunks(writePngChunks(chunks)).map((c) => [c.type, c.crcOk])).toEqual(
      chunks.map((c) => [c.type, true]),
    );
  });
});

describe('readJourneyBytes', () => {
  it('reads a plain .cvj file', () => {
    const result = readJourneyBytes(utf8Encode(fullText));
    expect(result.ok && result.source).toBe('cvj');
  });

  it('gives the file-format messages for broken journeys', () => {
    const result = readJourneyBytes(utf8Encode(readFixture('test/fixtures/broken/not-json.cvj')));
    const direct = parseJourneyFile(readFixture('test/fixtures/broken/not-json.cvj'));
    expect(!result.ok && !direct.ok && result.error).toEqual(!direct.ok && direct.error);
  });

  it('explains an SVG or XML file that holds no journey', () => {
    const svg = readJourneyBytes(utf8Encode('<svg xmlns="http://www.w3.org/2000/svg"/>'));
    expect(!svg.ok && svg.error.message).toMatch(/^This SVG image holds no CVJ Studio journey/);
    const xml = readJourneyBytes(utf8Encode('<?xml version="1.0"?><note/>'));
    expect(!xml.ok && xml.error.message).toMatch(/^This file is XML, but neither/);
  });
});
