/**
 * Text a stranger's `.cvj` file might hold in a title, a note or a link. Shared by the fuzz
 * properties, the SVG export test and the browser test (test/e2e/hostile.spec.ts), so every
 * layer is tried with the same catalogue. Each entry says what it tries.
 */
export interface HostileString {
  name: string;
  text: string;
}

/** Set by any script that manages to run: the tests check it stays unset. */
export const PWNED = '__cvjPwned';

export const HOSTILE_STRINGS: readonly HostileString[] = [
  { name: 'script tag', text: `<script>window.${PWNED}=1</script>` },
  { name: 'img onerror', text: `<img src=x onerror="window.${PWNED}=2">` },
  { name: 'svg onload', text: `<svg onload="window.${PWNED}=3"><circle r="9"/></svg>` },
  {
    name: 'svg foreignObject',
    text: `<svg><foreignObject><iframe srcdoc="<script>parent.${PWNED}=4</script>"></iframe></foreignObject></svg>`,
  },
  { name: 'attribute breakout', text: `"><script>window.${PWNED}=5</script><x a="` },
  { name: 'single-quote breakout', text: `'><img src=x onerror=window.${PWNED}=6>` },
  { name: 'javascript link', text: `javascript:window.${PWNED}=7` },
  { name: 'javascript link, mixed case and tab', text: `JaVaScRiPt:\twindow.${PWNED}=8` },
  { name: 'data URL with HTML', text: `data:text/html,<script>window.${PWNED}=9</script>` },
  { name: 'anchor tag', text: `<a href="javascript:window.${PWNED}=10">click me</a>` },
  { name: 'style tag', text: '<style>*{display:none!important}</style>' },
  { name: 'CSS url()', text: 'x" style="background:url(https://example.invalid/x.png)' },
  { name: 'HTML entities', text: '&lt;b&gt;not bold&lt;/b&gt; &amp;amp; &#x3C;script&#x3E;' },
  { name: 'XML CDATA end', text: ']]><!-- --><script>1</script><![CDATA[' },
  {
    name: 'XML processing instruction',
    text: '<?xml-stylesheet href="https://example.invalid/x.xsl"?>',
  },
  { name: 'XML entity declaration', text: '<!DOCTYPE x [<!ENTITY a "aaaaaaaa">]>&a;&a;&a;' },
  { name: 'template injection', text: '{{constructor.constructor("return 1")()}} ${7*7} #{7*7}' },
  {
    name: 'right-to-left override',
    text: 'invoice\u202Egpj.exe\u202C for \u05E9\u05DC\u05D5\u05DD',
  },
  { name: 'right-to-left text', text: 'مرحبا بالعالم — עברית ואנגלית mixed' },
  { name: 'bidi isolates', text: '\u2067\u2066abc\u2069\u2069 \u200F\u200E' },
  { name: 'emoji and ZWJ sequences', text: '🚀 👩🏽‍💻 🏳️‍🌈 🇳🇱 1️⃣ ❤️‍🔥' },
  { name: 'combining marks (zalgo)', text: 'Z̷̡̛̗͓̈́a̶̰̿l̵̝͑g̸̱̈o̵̟͝ ' + 'e\u0301'.repeat(50) },
  { name: 'control characters', text: 'a\u0000b\u0001c\u0007d\u0008e\u001Bf\u007Fg\u009Bh' },
  { name: 'line and paragraph separators', text: 'one\u2028two\u2029three\r\nfour\rfive' },
  { name: 'lone surrogates', text: 'broken \uD800 pair \uDC00 end \uDBFF' },
  { name: 'zero-width characters', text: 'in\u200Bvis\u200Cib\u200Dle\uFEFF' },
  { name: 'prototype keys as text', text: '__proto__ constructor prototype toString' },
  { name: 'NaN-like text', text: 'NaN' },
  { name: 'very long word', text: 'W'.repeat(500) },
  { name: '100,000 characters', text: 'long '.repeat(20_000) },
  { name: '100,000 characters without spaces', text: 'x'.repeat(100_000) },
];
