/**
 * Moving a user's formula with its row (RAPK regenerated after the PK was
 * reordered) and writing text that must stay text (Kode "01").
 */
import { geserRumus, teksTulis } from '../core/workbook';

describe('geserRumus: a formula moved with its row', () => {
  test('references to its own row follow the row', () => {
    expect(geserRumus('=N9*100/O9', -4)).toBe('=N5*100/O5');
    expect(geserRumus('=SUM(N9:P9)/2', 3)).toBe('=SUM(N12:P12)/2');
  });
  test('other sheets, absolute rows, text in quotes and function names stay', () => {
    expect(geserRumus("=Data!B2+'Data Unit'!C3:D4+A$1+X9", -4)).toBe("=Data!B2+'Data Unit'!C3:D4+A$1+X5");
    expect(geserRumus('=Data!B2:C2+X9', 1)).toBe('=Data!B2:C2+X10');
    expect(geserRumus('=LOG10(A9)&"A9"', 1)).toBe('=LOG10(A10)&"A9"');
  });
  test('a reference that would leave the sheet is kept, a value is not a formula', () => {
    expect(geserRumus('=A1+A5', -2)).toBe('=A1+A3');
    expect(geserRumus('A9', 3)).toBe('A9');
    expect(geserRumus('=A9', 0)).toBe('=A9');
  });
});

describe('teksTulis: text a host would read as a number stays text', () => {
  test.each(['01', '1.10', '2024-01-05', '12%', 'TRUE', '=1+1', '1,5'])('%s gets an apostrophe', (s) => {
    expect(teksTulis(s)).toBe(`'${s}`);
  });
  test.each(['IK01', 'Sasaran 1', 'SS.1.1', 'Persen (%)', '-'])('%s is written as it is', (s) => {
    expect(teksTulis(s)).toBe(s);
  });
});
