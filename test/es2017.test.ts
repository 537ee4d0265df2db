/**
 * Everything Excel loads parses as ES2017. Excel for Mac runs the task pane and
 * the custom functions in the system WebKit; an older WebKit (before 16.4 for a
 * regex lookbehind, before 11.1 for object spread) rejects a whole script over a
 * single newer construct, and the panel is then dead. The Sheets sidebar is the
 * same panel and is held to the same level. (The Apps Script server, Code.js,
 * runs on Google's V8 and may stay ES2019.)
 */
import fs from 'fs';
import path from 'path';
import { parse } from 'acorn';
import fc from 'fast-check';
import { DIST } from './helpers/bundles';
import { teksTulis } from '../core/workbook';

/** Parse as an ES2017 script; on failure, say where and show the code around it. */
function galatEs2017(src: string): string | null {
  try {
    parse(src, { ecmaVersion: 2017, sourceType: 'script' });
    return null;
  } catch (e) {
    const pos = (e as { pos?: number }).pos ?? 0;
    return `${(e as Error).message}: …${src.slice(Math.max(0, pos - 60), pos + 60)}…`;
  }
}

/** The inline scripts of an HTML page (script elements without src). */
function skripInline(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1]);
}

describe('skrip yang dimuat Excel dapat diurai sebagai ES2017', () => {
  const excel = path.join(DIST, 'excel');
  const js = fs.readdirSync(excel).filter((f) => f.endsWith('.js'));
  const html = fs.readdirSync(excel).filter((f) => f.endsWith('.html'));

  test('dist/excel berisi functions.js dan taskpane.js', () => {
    expect(js).toEqual(expect.arrayContaining(['functions.js', 'taskpane.js']));
  });

  test.each(js)('dist/excel/%s', (f) => {
    expect(galatEs2017(fs.readFileSync(path.join(excel, f), 'utf8'))).toBeNull();
  });

  test.each(html)('skrip inline di dist/excel/%s', (f) => {
    for (const s of skripInline(fs.readFileSync(path.join(excel, f), 'utf8'))) expect(galatEs2017(s)).toBeNull();
  });

  test('panel Sheets (dist/gas/Sidebar.html): satu skrip inline, ES2017', () => {
    const skrip = skripInline(fs.readFileSync(path.join(DIST, 'gas', 'Sidebar.html'), 'utf8'));
    expect(skrip).toHaveLength(1);
    expect(galatEs2017(skrip[0])).toBeNull();
  });

  test.each([
    ['regex lookbehind', "'A1'.replace(/(?<![A-Z])A1/g, 'B2')"],
    ['Unicode property escape', '/^\\p{L}/u.test("a")'],
    ['regex dotAll flag', '/a.b/s.test("a\\nb")'],
    ['object spread', 'var a = { ...b }'],
    ['catch without a binding', 'try { f() } catch { g() }'],
    ['optional chaining', 'a?.b'],
  ])('penguji menolak sintaks yang lebih baru: %s', (_nama, src) => {
    expect(galatEs2017(src)).not.toBeNull();
  });
});

describe('teksTulis dengan pola huruf yang dibangun dari teks', () => {
  /** The literal-pattern version it replaced (ES2018 syntax, fine in Node, not in what ships). */
  const lama = (s: string): string => {
    const t = s.trim();
    if (t === '') return s;
    const mirip =
      !/^\p{L}/u.test(t) ||
      /^(true|false|benar|salah)$/i.test(t) ||
      /^rp\.?\s*[\d.,]/i.test(t) ||
      /^(jan|feb|mar|apr|ma[iy]|jun|jul|aug|agu|agt|sep|o[ck]t|nov|de[cs])[\p{L}]*\.?[\s\-/]*\d/iu.test(t);
    return mirip ? `'${s}` : s;
  };
  const bulan = fc
    .tuple(fc.constantFrom('Jan', 'mar', 'Mei', 'MAY', 'Agt', 'okt', 'Des', 'Ap', 'Ä'), fc.string({ unit: 'grapheme', maxLength: 4 }), fc.constantFrom('', '.', '-', ' ', '/'), fc.constantFrom('', '5', 'x'))
    .map((xs) => xs.join(''));

  test('sama persis dengan pola literal \\p{L}, untuk teks Unicode apa pun', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 6 }), bulan), (s) => {
        expect(teksTulis(s)).toBe(lama(s));
      }),
      { numRuns: 20000 },
    );
  });
});
