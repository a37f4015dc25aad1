import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The Electron binary cannot run in tests, so main's logic lives in modules that do not load
 * `electron` at run time (type-only imports are erased). And a sandboxed preload can require only
 * `electron` and a few built-ins, so at run time it may import nothing else.
 */
const repoRoot = join(import.meta.dirname, '../../..');
const WIRING = new Set([
  'electron/main/index.ts',
  'electron/main/ipc.ts',
  'electron/main/harden.ts',
  'electron/main/window.ts',
  'electron/main/desktop-ports.ts',
  'electron/preload/index.ts',
]);

function sources(dir: string): string[] {
  return readdirSync(join(repoRoot, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) =>
      relative(repoRoot, join(repoRoot, dir, file))
        .split('\\')
        .join('/'),
    );
}

/** Specifiers of imports that survive compilation (not `import type`, not all-inline-type). */
function runtimeImports(file: string): string[] {
  const code = readFileSync(join(repoRoot, file), 'utf8');
  const found: string[] = [];
  for (const match of code.matchAll(
    /^\s*(import|export)\s+([^;'"()=]*?)\s*from\s*['"]([^'"]+)['"]/gm,
  )) {
    const clause = match[2] ?? '';
    const specifier = match[3] ?? '';
    if (/^type\b/.test(clause)) continue;
    const named = clause.match(/^\{([\s\S]*)\}$/);
    if (
      named?.[1] &&
      named[1].split(',').every((part) => part.trim() === '' || /^type\s/.test(part.trim()))
    )
      continue;
    found.push(specifier);
  }
  for (const match of code.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)) found.push(match[1] ?? '');
  for (const match of code.matchAll(/\b(?:require|import)\s*\(\s*['"]([^'"]+)['"]/g))
    found.push(match[1] ?? '');
  return found;
}

describe('electron-free logic modules', () => {
  const logic = sources('electron').filter((file) => !WIRING.has(file));

  it('finds the modules it guards', () => {
    expect(logic).toEqual(
      expect.arrayContaining([
        'electron/main/security.ts',
        'electron/main/app-protocol.ts',
        'electron/main/menu.ts',
        'electron/main/ipc-handlers.ts',
        'electron/main/csp.ts',
        'electron/main/documents/manager.ts',
        'electron/main/documents/session.ts',
        'electron/main/documents/sessions.ts',
        'electron/main/documents/windows.ts',
        'electron/main/documents/placement.ts',
        'electron/main/documents/opening.ts',
        'electron/main/documents/saving.ts',
        'electron/main/documents/recent.ts',
        'electron/main/documents/recovery.ts',
        'electron/main/documents/closing.ts',
        'electron/main/documents/unsaved-prompt.ts',
        'electron/main/documents/open-queue.ts',
        'electron/main/files/document-files.ts',
        'electron/main/files/atomic-write.ts',
        'electron/main/files/recent-list.ts',
        'electron/main/files/recovery-store.ts',
        'electron/main/files/backups.ts',
        'electron/preload/api.ts',
      ]),
    );
  });

  it.each(sources('electron').filter((file) => !WIRING.has(file)))(
    '%s does not load electron at run time',
    (file) => {
      expect(runtimeImports(file)).not.toContain('electron');
    },
  );
});

describe('preload bundle inputs', () => {
  it.each(sources('electron/preload'))(
    '%s imports only electron and sibling preload files at run time',
    (file) => {
      for (const specifier of runtimeImports(file)) {
        expect(
          specifier === 'electron' || /^\.\/[\w-]+$/.test(specifier),
          `${file} imports ${specifier}`,
        ).toBe(true);
      }
    },
  );
});

describe('shared/file is the lower layer', () => {
  // The file format knows nothing of IPC: the contract imports file errors and names from
  // shared/file, never the other way round (and shared/export, which reads files, neither).
  it.each([...sources('shared/file'), ...sources('shared/export')])(
    '%s does not import shared/ipc',
    (file) => {
      const code = readFileSync(join(repoRoot, file), 'utf8');
      const specifiers = [...code.matchAll(/\bfrom\s*['"]([^'"]+)['"]/g)].map((m) => m[1] ?? '');
      expect(specifiers.filter((s) => /(^|\/)ipc(\/|$)/.test(s))).toEqual([]);
    },
  );
});
