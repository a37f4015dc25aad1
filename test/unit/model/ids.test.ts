import { describe, expect, it } from 'vitest';
import { createId } from '../../../shared/model/ids';

describe('createId', () => {
  it('starts with the prefix and stays short and url-safe', () => {
    const id = createId('tactic');
    expect(id).toMatch(/^tactic_[a-z0-9]+$/);
    expect(id.length).toBeLessThanOrEqual('tactic_'.length + 20);
    expect(encodeURIComponent(id)).toBe(id);
  });

  it('works without a prefix', () => {
    expect(createId('')).toMatch(/^[a-z0-9]+$/);
  });

  it('does not repeat, even for many ids made in the same millisecond', () => {
    const ids = Array.from({ length: 20_000 }, () => createId('c'));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
