/**
 * Regenerates the packaging icons in build/ from assets/icon.svg and build/cvj-document.svg:
 *   npx tsx build/make-icons.ts
 * Rasterises with rsvg-convert (Debian: librsvg2-bin) and packs .ico and .icns here, with PNG
 * entries (Windows Vista+ and macOS 10.7+ read those). The outputs are committed, so packaging
 * never needs this script or rsvg-convert.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const here = import.meta.dirname;
const root = join(here, '..');

function png(svg: string, size: number): Buffer {
  return execFileSync('rsvg-convert', ['-w', String(size), '-h', String(size), '-f', 'png', svg]);
}

/** ICO: a directory of PNG images (sizes 1..256; 256 is written as 0). */
function ico(images: [number, Buffer][]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  const entries: Buffer[] = [];
  let offset = 6 + 16 * images.length;
  for (const [size, data] of images) {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt16LE(1, 4);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(data.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += data.length;
    entries.push(entry);
  }
  return Buffer.concat([header, ...entries, ...images.map(([, data]) => data)]);
}

/** ICNS: typed chunks of PNG data. */
const ICNS_TYPES: [string, number][] = [
  ['icp4', 16],
  ['icp5', 32],
  ['ic11', 32],
  ['ic12', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic13', 256],
  ['ic09', 512],
  ['ic14', 512],
  ['ic10', 1024],
];
function icns(render: (size: number) => Buffer): Buffer {
  const chunks = ICNS_TYPES.map(([type, size]) => {
    const data = render(size);
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(data.length + 8, 4);
    return Buffer.concat([head, data]);
  });
  const body = Buffer.concat(chunks);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(body.length + 8, 4);
  return Buffer.concat([head, body]);
}

function iconSet(svg: string, stem: string): void {
  const cache = new Map<number, Buffer>();
  const render = (size: number): Buffer => {
    let data = cache.get(size);
    if (!data) {
      data = png(svg, size);
      cache.set(size, data);
    }
    return data;
  };
  writeFileSync(join(here, `${stem}.png`), render(1024));
  writeFileSync(
    join(here, `${stem}.ico`),
    ico([16, 24, 32, 48, 64, 128, 256].map((s) => [s, render(s)])),
  );
  writeFileSync(join(here, `${stem}.icns`), icns(render));
}

iconSet(join(root, 'assets', 'icon.svg'), 'icon');
iconSet(join(here, 'cvj-document.svg'), 'cvj-document');
// Linux takes a folder of NxN.png files.
mkdirSync(join(here, 'icons'), { recursive: true });
for (const size of [16, 32, 48, 64, 128, 256, 512, 1024]) {
  writeFileSync(
    join(here, 'icons', `${size}x${size}.png`),
    png(join(root, 'assets', 'icon.svg'), size),
  );
}
