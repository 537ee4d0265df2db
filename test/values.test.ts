import fc from 'fast-check';
import { KError, parseCell, parseNumberText, formatAngka, errorFromText } from '../core/values';

describe('membaca angka gaya Indonesia', () => {
  test.each([
    ['54,3', 54.3],
    ['1.384.303.000', 1384303000],
    ['Rp1.384.303.000,-', 1384303000],
    ['Rp 1.384.303.000,-', 1384303000],
    ['Rp. 16.153.028.000', 16153028000],
    ['1.384.303,50', 1384303.5],
    ['77.46', 77.46],
    ['1.384', 1384],
    ['0.125', 0.125],
    ['1,384,303.5', 1384303.5],
    ['-5,5', -5.5],
    ['(1.000)', -1000],
    ['  98,27  ', 98.27],
    ['100', 100],
  ])('%s → %d', (text, expected) => {
    const p = parseCell(text);
    expect(p.kind).toBe('number');
    if (p.kind === 'number') {
      expect(p.value).toBeCloseTo(expected, 10);
      expect(p.percent).toBe(false);
    }
  });

  test('teks persen berarti poin persen: "99,44%" → 99,44', () => {
    const p = parseCell('99,44%');
    expect(p).toMatchObject({ kind: 'number', value: 99.44, percent: true });
  });

  test.each(['WTP', 'abc', '1.2.3,4,5', '12,34,5', 'Rp', '%', '1..2'])('"%s" bukan angka', (t) => {
    expect(parseNumberText(t)).toBeNull();
  });

  test('label tetap teks, kosong tetap kosong', () => {
    expect(parseCell('WTP')).toEqual({ kind: 'text', text: 'WTP' });
    expect(parseCell('')).toEqual({ kind: 'blank' });
    expect(parseCell('   ')).toEqual({ kind: 'blank' });
    expect(parseCell(null)).toEqual({ kind: 'blank' });
    expect(parseCell(undefined)).toEqual({ kind: 'blank' });
  });

  test('angka biasa tetap angka, 1 (100% terformat) tiba sebagai 1', () => {
    expect(parseCell(1)).toEqual({ kind: 'number', value: 1, percent: false });
  });

  test('teks galat dari sel lain dibaca sebagai galat', () => {
    const p = parseCell('#DIV/0! target kosong');
    expect(p.kind).toBe('error');
    if (p.kind === 'error') {
      expect(p.error.code).toBe('DIV0');
      expect(p.error.message).toBe('target kosong');
    }
    expect(errorFromText('#N/A')?.code).toBe('NA');
  });

  test('objek galat Excel dalam range dibaca sebagai galat', () => {
    const p = parseCell({ errorCode: '#DIV/0!' } as unknown as KError);
    expect(p.kind).toBe('error');
  });

  test('format angka Indonesia untuk pesan', () => {
    expect(formatAngka(1384303000.5)).toBe('1.384.303.000,5');
    expect(formatAngka(98.27)).toBe('98,27');
    expect(formatAngka(-0.5)).toBe('-0,5');
  });
});

describe('menulis angka gaya Indonesia (formatAngka)', () => {
  test('dibaca kembali sama dengan angkanya dibulatkan, untuk 0 sampai 6 desimal (100 tanpa desimal tetap "100")', () => {
    // The text a message or the report shows must read back as the figure it rounds, whatever the decimals.
    fc.assert(
      fc.property(fc.double({ min: -1e15, max: 1e15, noNaN: true }), fc.integer({ min: 0, max: 6 }), (x, d) => {
        const teks = formatAngka(x, d);
        const harap = Number(Math.abs(x).toFixed(d)) * (x < 0 ? -1 : 1);
        if (Math.abs(x) > 0 && Math.abs(x) < 1e-4) return true; // scientific notation below 0,0001
        const baca = parseNumberText(teks);
        return baca !== null && baca.value === (harap === 0 ? 0 : harap) && !/^-0$/.test(teks);
      }),
      { numRuns: 5000 },
    );
    expect(formatAngka(100, 0)).toBe('100');
    expect(formatAngka(1200, 0)).toBe('1.200');
    expect(formatAngka(106.37, 2)).toBe('106,37');
    expect(formatAngka(-0.4, 0)).toBe('0');
  });
});
