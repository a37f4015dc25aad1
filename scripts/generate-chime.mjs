// Writes assets/sounds/chime.wav: the workshop timer's soft chime at zero (present mode). Made
// here, not downloaded, so its source is this file: two bell partials with a slow decay, quiet
// enough not to startle a room. Run `node scripts/generate-chime.mjs` after changing it.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const RATE = 22_050;
const SECONDS = 1.8;
const n = Math.round(RATE * SECONDS);
const samples = new Int16Array(n);
const partials = [
  { hz: 880, gain: 0.55, decay: 2.2 },
  { hz: 1318.5, gain: 0.3, decay: 3.2 },
  { hz: 1760, gain: 0.12, decay: 4.5 },
];
for (let i = 0; i < n; i++) {
  const t = i / RATE;
  const attack = Math.min(1, t / 0.012);
  let v = 0;
  for (const p of partials) v += p.gain * Math.exp(-p.decay * t) * Math.sin(2 * Math.PI * p.hz * t);
  samples[i] = Math.round(Math.max(-1, Math.min(1, 0.5 * attack * v)) * 32_767);
}
const data = Buffer.from(samples.buffer);
const header = Buffer.alloc(44);
header.write('RIFF', 0);
header.writeUInt32LE(36 + data.length, 4);
header.write('WAVE', 8);
header.write('fmt ', 12);
header.writeUInt32LE(16, 16);
header.writeUInt16LE(1, 20); // PCM
header.writeUInt16LE(1, 22); // mono
header.writeUInt32LE(RATE, 24);
header.writeUInt32LE(RATE * 2, 28);
header.writeUInt16LE(2, 32);
header.writeUInt16LE(16, 34);
header.write('data', 36);
header.writeUInt32LE(data.length, 40);
writeFileSync(fileURLToPath(new URL('../assets/sounds/chime.wav', import.meta.url)), Buffer.concat([header, data]));
