/**
 * A user's formula carried to a new row when "Buat Tabel RAPK" rearranges the
 * table (petakanRumus), and text that must stay text when written (teksTulis).
 */
import { PetaBaris, petakanRumus, teksTulis } from '../core/workbook';

/** Old table rows 4..8 (0-based; sheet rows 5..9) reversed; row 6 (sheet row 7) left the table. */
const balik: PetaBaris = (r) => (r < 4 || r > 8 ? undefined : r === 6 ? null : 12 - r);
/** Every table row one down (an indicator added above them). */
const turun: PetaBaris = (r) => (r < 4 || r > 8 ? undefined : r + 1);

describe('petakanRumus: references follow the rows they point at', () => {
  test('a reference to a moved row follows it, relative or absolute, unqualified or naming this sheet', () => {
    expect(petakanRumus('=N9*100/O9', balik, 'RAPK').rumus).toBe('=N5*100/O5');
    expect(petakanRumus('=$N$9+RAPK!AL9+\'RAPK\'!B5', balik, 'RAPK').rumus).toBe("=$N$5+RAPK!AL5+'RAPK'!B9");
  });
  test('a reference to a row that left becomes #REF!, as when a row is deleted', () => {
    expect(petakanRumus('=N7*2', balik, 'RAPK').rumus).toBe('=#REF!*2');
  });
  test('other sheets, rows outside the table, text in quotes and function names stay', () => {
    expect(petakanRumus("=Data!B9+'TW 1'!C5:D9+A$1+X20", balik, 'RAPK').rumus).toBe("=Data!B9+'TW 1'!C5:D9+A$1+X20");
    expect(petakanRumus('=LOG10(A9)&"A9"', balik, 'RAPK').rumus).toBe('=LOG10(A5)&"A9"');
    expect(petakanRumus('=SUM(A1:A100)', balik, 'RAPK').rumus).toBe('=SUM(A1:A100)');
  });
  test('a range over table rows follows them when they stay together in order', () => {
    expect(petakanRumus('=SUM(N5:P5)+SUM(M5:M7)', turun, 'RAPK').rumus).toBe('=SUM(N6:P6)+SUM(M6:M8)');
  });
  test('a range over rows that no longer stand together is named, and the formula is left as it was', () => {
    expect(petakanRumus('=SUM(M5:M7)*2', balik, 'RAPK')).toEqual({ rumus: '=SUM(M5:M7)*2', galat: 'M5:M7' });
    expect(petakanRumus('=ARRAYFORMULA(M3:M6*2)', turun, 'RAPK').galat).toBe('M3:M6');
  });
  test('a value is not a formula', () => {
    expect(petakanRumus('N9', balik, 'RAPK').rumus).toBe('N9');
  });
});

describe('teksTulis: text a host would read as something else stays text', () => {
  test.each(['01', '1.10', '1E1', '2:15', '(5)', '-x', '#N/A', '$1', '1 1/2', '2024-01-05', '12%', 'TRUE', '=1+1', '1,5', 'Rp1.000', 'Mar-24', 'Jan 5', '-'])(
    '%s gets an apostrophe',
    (s) => {
      expect(teksTulis(s)).toBe(`'${s}`);
    },
  );
  test.each(['IK01', 'Sasaran 1', 'SS.1.1', 'Persen (%)', 'Indeks kepuasan masyarakat', 'Maret', 'Opini BPK'])('%s is written as it is', (s) => {
    expect(teksTulis(s)).toBe(s);
  });
});
