import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APP_NAME, APP_VERSION } from '../../../shared/file';

describe('app identity written into files', () => {
  // shared/ cannot read package.json at run time, so this keeps the constant honest.
  it('matches package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'));
    expect({ name: APP_NAME, version: APP_VERSION }).toEqual({
      name: pkg.productName,
      version: pkg.version,
    });
  });
});
