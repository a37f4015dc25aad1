import { describe, expect, it } from 'vitest';
import { externalUrlProblem, toExternalUrl } from '../../../shared/ipc/external-url';

describe('toExternalUrl', () => {
  it('names the exact URL that would be opened: trimmed and normalised', () => {
    expect(toExternalUrl('  https://Example.COM  ')).toEqual({
      ok: true,
      url: 'https://example.com/',
    });
    expect(toExternalUrl('mailto:anna@example.com?subject=Lead magnet')).toEqual({
      ok: true,
      url: 'mailto:anna@example.com?subject=Lead%20magnet',
    });
  });

  it('shows a look-alike host in punycode, so the confirmation gives the trick away', () => {
    const result = toExternalUrl('https://exаmple.com'); // Cyrillic "а"
    expect(result).toMatchObject({ ok: true });
    if (result.ok) expect(result.url).toMatch(/^https:\/\/xn--/);
  });

  it.each([
    ['javascript:alert(1)', 'javascript:'],
    ['file:///etc/passwd', 'file:'],
    ['example.com', 'full addresses'],
    ['', 'no link'],
    ['  \t ', 'no link'],
    ['https://bank.example@evil.example', 'user name or password'],
  ])('explains why %j cannot be opened', (text, words) => {
    const result = toExternalUrl(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toContain(words);
  });

  it('accepts everything it produces, so main never refuses a URL the inspector offered', () => {
    for (const text of ['https://example.com/a b', 'http://例え.jp/パス', 'mailto:x@example.com']) {
      const result = toExternalUrl(text);
      expect(result.ok).toBe(true);
      if (result.ok) expect(externalUrlProblem(result.url)).toBeNull();
    }
  });
});
