/** The sidebar's pure helpers (no DOM): error wording, cell addresses, string tables. */
import { alamatSel, pesanGalat, tampakIndonesia } from '../sidebar/sidebar';
import { TEKS } from '../sidebar/i18n';

describe('pesanGalat', () => {
  test('an Indonesian message is shown as it is', () => {
    const m = 'Lembar "PK" terlindungi (protected). Buka proteksinya dulu, lalu coba lagi.';
    expect(pesanGalat(new Error(m))).toBe(m);
    expect(pesanGalat('Nama lembar sudah dipakai.')).toBe('Nama lembar sudah dipakai.');
    expect(pesanGalat(new Error('Terjadi kesalahan: x'))).toBe('Terjadi kesalahan: x');
  });
  test('anything else gets "Terjadi kesalahan:"', () => {
    expect(pesanGalat(new Error('The request payload size has exceeded the limit.'))).toBe('Terjadi kesalahan: The request payload size has exceeded the limit.');
    // Quoted names do not count as Indonesian words.
    expect(pesanGalat(new Error('A sheet named "Anggaran dan Efisiensi" already exists'))).toBe('Terjadi kesalahan: A sheet named "Anggaran dan Efisiensi" already exists');
    expect(pesanGalat({ message: 'Exception: Service timed out' })).toBe('Terjadi kesalahan: Exception: Service timed out');
    expect(pesanGalat(42)).toBe('Terjadi kesalahan: 42');
  });
  test('no message at all', () => {
    for (const e of [undefined, null, '', {}, new Error('')]) expect(pesanGalat(e)).toBe(TEKS.id.galatTakDikenal);
  });
  test('English locale prefix', () => {
    expect(pesanGalat(new Error('Boom'), TEKS.en)).toBe('An error occurred: Boom');
  });
  test('tampakIndonesia', () => {
    expect(tampakIndonesia('Lembar tidak ditemukan')).toBe(true);
    expect(tampakIndonesia('Sheet not found')).toBe(false);
  });
});

test('alamatSel quotes sheet names the way a formula does', () => {
  expect(alamatSel('PK', 'J7')).toBe('PK!J7');
  expect(alamatSel('Anggaran dan Efisiensi', 'E5')).toBe("'Anggaran dan Efisiensi'!E5");
  expect(alamatSel("Bu'di", 'A1')).toBe("'Bu''di'!A1");
  expect(alamatSel('PK', '')).toBe('PK');
});

test('both locales fill every string', () => {
  for (const b of ['id', 'en'] as const) {
    for (const [k, v] of Object.entries(TEKS[b])) {
      if (typeof v === 'string') expect(`${k}:${v.trim()}`).not.toBe(`${k}:`);
    }
  }
  expect(Object.keys(TEKS.en).sort()).toEqual(Object.keys(TEKS.id).sort());
});
