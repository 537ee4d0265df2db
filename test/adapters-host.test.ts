/**
 * What the real hosts do that a naive fake hides, and the adapters must cope with:
 * Sheets' new sheet is only 1000 × 26 cells, dates come back as midnight in the
 * spreadsheet's time zone, colours may come back lowercase, and block formats
 * must not reset cells no op covers; Excel refuses list values by default.
 * Sheets runs the BUILT dist/gas/Code.js (npm run build first), Excel the sources.
 */
import vm from 'vm';
import { makeFakeExcel } from './helpers/fake-excel';
import { Cell, FakeSpreadsheetOptions, GALAT_LUAR_LEMBAR, LEMBAR_BARU, makeFakeSpreadsheet, Recorder } from './helpers/fake-sheets';
import { loadGas } from './helpers/bundles';
import { pk2019, pkBesar } from './helpers/pk-data';
import { buatBridgeExcel } from '../addin-excel/bridge-excel';
import { FORMAT, SHEET, rapkHeaders } from '../core/layout';
import { ARSIP_HEADER } from '../core/model/arsip';
import { cariHeader } from '../core/pk';
import type { HasilOperasi, HasilPeriksa } from '../sidebar/bridge';

function sheets(initial: Record<string, Array<Array<Cell>>> = {}, opts: FakeSpreadsheetOptions = {}) {
  const rec = new Recorder();
  const fake = makeFakeSpreadsheet(rec, initial, opts);
  const gas = loadGas(fake.globals);
  fake.useDate(vm.runInContext('Date', gas as vm.Context));
  return {
    rec,
    fake,
    rapk: () => (gas.kinerjaBuatRapk as () => HasilOperasi)(),
    templat: () => (gas.kinerjaSisipkanTemplat as (o: unknown) => HasilOperasi)({ contoh: false }),
    periksa: () => (gas.kinerjaPeriksa as () => HasilPeriksa)(),
    names: () => fake.sheets.map((s) => s.name),
    calls: (name?: string) => (name ? rec.calls.filter((c) => c === name).length : rec.calls.length),
  };
}

/** Header row and 0-based column of a RAPK header in a grid. */
function tabel(grid: Cell[][]): { header: number; col: (h: string) => number } {
  const header = cariHeader(grid as never, ['Kode', 'Indikator']);
  const hdr = grid[header].map((x) => String(x ?? ''));
  return { header, col: (h) => hdr.indexOf(h) };
}

describe('Sheets: lembar baru hanya 1000 baris × 26 kolom', () => {
  test('RAPK (46 kolom, sampai AT) dibuat di lembar baru: lembar diperluas dulu', () => {
    const h = sheets({ [SHEET.PK]: pk2019() });
    const r = h.rapk();
    expect(r.pesan).not.toMatch(/coordinates|kesalahan/i);
    expect(r.ok).toBe(true);
    const s = h.fake.sheet(SHEET.RAPK)!;
    expect(rapkHeaders().length).toBe(46);
    expect(s.maxCols).toBe(rapkHeaders().length);
    expect(s.maxRows).toBe(LEMBAR_BARU.rows);
    const g = h.fake.grid(SHEET.RAPK);
    expect(g[tabel(g).header]).toEqual(rapkHeaders());
  });

  test('RAPK, Pengukuran dan Renstra dengan 1.000 indikator melewati baris 1000: baris ditambah, tepat seperlunya', () => {
    const h = sheets({ [SHEET.PK]: pkBesar(1000) });
    const r = h.rapk();
    expect(r.ok).toBe(true);
    for (const nama of [SHEET.RAPK, SHEET.PENGUKURAN, SHEET.RENSTRA]) {
      const g = h.fake.grid(nama);
      const t = tabel(g);
      const kode = g.slice(t.header + 1).map((x) => x[t.col('Kode')]).filter((x) => typeof x === 'string' && x.startsWith('IK'));
      expect(kode).toHaveLength(1000);
      expect(kode[999]).toBe('IK1000');
      expect(h.fake.sheet(nama)!.maxRows).toBe(g.length);
    }
    // RAPK: the table is the last thing on the sheet; Pengukuran: the summary below it.
    expect(h.fake.grid(SHEET.RAPK).length).toBe(tabel(h.fake.grid(SHEET.RAPK)).header + 1 + 1000);
    expect(h.fake.grid(SHEET.PENGUKURAN).slice(-1)[0]).toContain('Organisasi');
  });

  test('lembar RAPK milik pengguna yang kecil (20 × 10) ikut diperluas', () => {
    const h = sheets({ [SHEET.PK]: pk2019(), [SHEET.RAPK]: [[null]] }, { sizes: { [SHEET.RAPK]: { rows: 20, cols: 10 } } });
    const r = h.rapk();
    expect(r.ok).toBe(true);
    const s = h.fake.sheet(SHEET.RAPK)!;
    expect(s.maxCols).toBeGreaterThanOrEqual(rapkHeaders().length);
    expect(s.maxRows).toBeGreaterThanOrEqual(4 + 17);
    const g = h.fake.grid(SHEET.RAPK);
    expect(g[tabel(g).header]).toEqual(rapkHeaders());
  });

  test('RAPK Arsip (satu baris per sel) dibuat saat baris berisi isian keluar dari PK', () => {
    const h = sheets({ [SHEET.PK]: pk2019() });
    expect(h.rapk().ok).toBe(true);
    const g = h.fake.grid(SHEET.RAPK);
    const t = tabel(g);
    const row = g.findIndex((r) => r[t.col('Kode')] === 'IK02');
    const rapk = h.fake.sheet(SHEET.RAPK)!;
    rapk.values[row][t.col('Pembilang (a) B3')] = 12;
    const pk = pk2019();
    pk.splice(pk.findIndex((r) => r[3] === 'IK02'), 1);
    h.fake.sheet(SHEET.PK)!.values = pk.map((r) => r.map((v) => (v === null ? '' : v)));
    const r = h.rapk();
    expect(r.ok).toBe(true);
    const arsip = h.fake.grid(SHEET.RAPK_ARSIP);
    expect(arsip[0].slice(0, ARSIP_HEADER.length)).toEqual([...ARSIP_HEADER]);
    const k = (x: string): number => ARSIP_HEADER.indexOf(x as never);
    expect(arsip.slice(1).filter((x) => x[k('Kunci')] === 'IK02' && x[k('Lembar')] === SHEET.RAPK).map((x) => [x[k('Kolom')], x[k('Nilai')]])).toEqual([['Pembilang (a) B3', 12]]);
    expect(h.fake.sheet(SHEET.RAPK_ARSIP)!.maxCols).toBeGreaterThanOrEqual(ARSIP_HEADER.length);
  });

  test('galat host setelah insertSheet: lembar baru dihapus lagi, pesan bahasa Indonesia', () => {
    const h = sheets({ [SHEET.PK]: pk2019() }, { failOn: { 'Sheet.setFrozenRows': 'You do not have permission to access the requested document.' } });
    const before = h.names();
    const r = h.rapk();
    expect(r.ok).toBe(false);
    expect(r.pesan).toMatch(/izin/);
    expect(h.names()).toEqual(before);
  });

  test('batas sel buku kerja saat memperluas: pesan jelas, tidak ada lembar kosong tertinggal', () => {
    const h = sheets(
      { [SHEET.PK]: pk2019() },
      { failOn: { 'Sheet.insertColumnsAfter': 'This action would increase the number of cells in the workbook above the limit of 10000000 cells.' } },
    );
    const r = h.rapk();
    expect(r.ok).toBe(false);
    expect(r.pesan).toMatch(/batas/);
    expect(h.names()).toEqual([SHEET.PK]);
  });

  test('lembar yang sudah ada diperluas lalu galat: baris/kolom tambahan dibuang lagi', () => {
    const h = sheets(
      { [SHEET.PK]: pk2019(), [SHEET.RAPK]: [[null]] },
      { sizes: { [SHEET.RAPK]: { rows: 20, cols: 10 } }, failOn: { 'Sheet.getRangeList': 'You do not have permission to access the requested document.' } },
    );
    const r = h.rapk();
    expect(r.ok).toBe(false);
    const s = h.fake.sheet(SHEET.RAPK)!;
    expect([s.maxRows, s.maxCols]).toEqual([20, 10]);
    expect(h.fake.grid(SHEET.RAPK).flat().filter((v) => v !== '' && v !== null)).toEqual([]);
  });

  test('"coordinates ... outside the dimensions" dari Sheets menjadi pesan Indonesia', () => {
    const h = sheets({ [SHEET.PK]: pk2019() }, { failOn: { 'Range.setValues': GALAT_LUAR_LEMBAR } });
    const r = h.rapk();
    expect(r.ok).toBe(false);
    expect(r.pesan).toMatch(/Lembar terlalu kecil/);
    expect(r.pesan).not.toMatch(/coordinates/);
    expect(h.names()).toEqual([SHEET.PK]);
  });

  test('lembar kerja yang tumbuh 20 baris: 97 panggilan untuk 10, 1.000 dan 2.000 indikator, tanpa membaca ukuran lembar', () => {
    const hitung = (n: number): number => {
      const h = sheets({ [SHEET.PK]: pkBesar(n) });
      expect(h.rapk().ok).toBe(true);
      const pk = h.fake.sheet(SHEET.PK)!;
      pk.values = (pkBesar(n + 20) as Cell[][]).map((r) => r.map((v) => (v === null ? '' : v)));
      pk.maxRows = Math.max(pk.maxRows, pk.values.length);
      h.rec.reset();
      expect(h.rapk().ok).toBe(true);
      expect(h.calls('Sheet.getMaxRows')).toBe(0);
      return h.calls();
    };
    // Four existing sheets grow (RAPK, Pengukuran, Anggaran, Renstra): one insertRowsAfter each
    // when it passes the grid, whatever the length; the grid's size is known from the read.
    // (Two of the calls look for the cycle's Riwayat and Berita Acara Validasi, absent here.)
    expect([hitung(10), hitung(1000), hitung(2000)]).toEqual([97, 97, 97]);
  });
});

describe('Sheets: tanggal dibaca dalam zona waktu spreadsheet', () => {
  // Sheets hands a date cell over as midnight in the spreadsheet's zone: 1 Maret 2024
  // in Asia/Jakarta (UTC+7) is 29 Februari 17:00 UTC.
  const tanggal = new Date('2024-02-29T17:00:00Z');

  /** A RAPK made from the 2019 PK, and IK06's Pembilang (a) B6 cell (row, column). */
  function rapkIk06(opts: FakeSpreadsheetOptions = {}) {
    const h = sheets({ [SHEET.PK]: pk2019() }, opts);
    expect(h.rapk().ok).toBe(true);
    const g = h.fake.grid(SHEET.RAPK);
    const t = tabel(g);
    return { h, row: g.findIndex((r) => r[t.col('Kode')] === 'IK06'), c: t.col('Pembilang (a) B6') };
  }

  test('isian tanggal tetap 2024-03-01 setelah Perbarui diulang (Asia/Jakarta)', () => {
    const { h, row, c } = rapkIk06();
    h.fake.sheet(SHEET.RAPK)!.values[row][c] = tanggal;
    h.fake.sheet(SHEET.RAPK)!.values[row][c + 1] = new Date('2024-12-30T17:00:00Z');
    h.rec.reset();
    expect(h.rapk().ok).toBe(true);
    const v = h.fake.grid(SHEET.RAPK)[row];
    expect(v[c]).toBe('2024-03-01');
    expect(v[c + 1]).toBe('2024-12-31');
    // One time-zone lookup for the snapshot's dates, whatever their number, and one for the archive's
    // times (gas-sheets/server.ts asks again); the count is that of any later click plus that one.
    expect(h.calls('Spreadsheet.getSpreadsheetTimeZone')).toBe(2);
    expect(h.calls()).toBe(97);
  });

  test('tanggal dengan jam tetap membawa jamnya', () => {
    const { h, row, c } = rapkIk06();
    h.fake.sheet(SHEET.RAPK)!.values[row][c] = new Date('2024-03-01T07:30:00Z'); // 14:30 in Jakarta
    expect(h.rapk().ok).toBe(true);
    expect(h.fake.grid(SHEET.RAPK)[row][c]).toBe('2024-03-01 14:30:00');
  });

  test('zona waktu dibaca hanya bila ada tanggal', () => {
    const h = sheets({ [SHEET.PK]: pk2019() });
    h.periksa();
    expect(h.calls('Spreadsheet.getSpreadsheetTimeZone')).toBe(0);
  });

  test('zona lain (America/New_York) memakai zonanya sendiri', () => {
    const { h, row, c } = rapkIk06({ timeZone: 'America/New_York' });
    h.fake.sheet(SHEET.RAPK)!.values[row][c] = new Date('2024-03-01T05:00:00Z'); // midnight in New York
    expect(h.rapk().ok).toBe(true);
    expect(h.fake.grid(SHEET.RAPK)[row][c]).toBe('2024-03-01');
  });
});

describe('Sheets: aturan warna Kinerja dikenali walau heks huruf kecil', () => {
  test('membuat ulang RAPK tidak menumpuk aturan; aturan pengguna tetap', () => {
    const h = sheets({ [SHEET.PK]: pk2019() }, { lowercaseColors: true });
    expect(h.rapk().ok).toBe(true);
    const s = h.fake.sheet(SHEET.RAPK)!;
    const kita = s.rules.length;
    expect(kita).toBeGreaterThan(0);
    const App = h.fake.SpreadsheetApp;
    // The user's own rules on the same labels, with other colours: not ours.
    const milikPengguna = [
      App.newConditionalFormatRule().whenTextEqualTo('Baik').setBackground('#FF0000').setRanges([]).build(),
      App.newConditionalFormatRule().whenTextEqualTo('Baik').setBackground('#D9EAD3').setFontColor('#FFFFFF').setRanges([]).build(),
    ];
    s.rules = [...s.rules, ...milikPengguna];
    expect(h.rapk().ok).toBe(true);
    expect(h.rapk().ok).toBe(true);
    expect(s.rules.length).toBe(kita + milikPengguna.length);
    expect(s.rules).toEqual(expect.arrayContaining(milikPengguna));
  });
});

describe('Sheets: format hanya mengubah sel yang dicakup op', () => {
  test('format pengguna di dalam kotak pembatas tetapi di luar setiap op tetap ada', () => {
    const h = sheets({ [SHEET.PK]: pk2019() });
    expect(h.rapk().ok).toBe(true);
    const s = h.fake.sheet(SHEET.RAPK)!;
    const g = h.fake.grid(SHEET.RAPK);
    const t = tabel(g);
    const r = t.header + 3;
    const kode = t.col('Kode');
    const kriteria = t.col('Kriteria B3');
    const set = (prop: string, row: number, col: number, v: unknown): void => {
      s.formats[prop] = s.formats[prop] ?? [];
      s.formats[prop][row] = s.formats[prop][row] ?? [];
      s.formats[prop][row][col] = v;
    };
    // Kode: inside the background/number-format/bold boxes, covered only by a wrap op.
    set('background', r, kode, '#FF0000');
    set('numberFormat', r, kode, '@');
    set('fontWeight', r, kode, 'bold');
    // Kriteria: inside the number-format box, no number-format op covers it.
    set('numberFormat', r, kriteria, '0.0');
    // A header cell made italic by the user: the header op sets bold and colour only.
    set('italic', t.header, kode, true);
    expect(h.rapk().ok).toBe(true);
    expect(s.formats.background[r][kode]).toBe('#FF0000');
    expect(s.formats.numberFormat[r][kode]).toBe('@');
    expect(s.formats.fontWeight[r][kode]).toBe('bold');
    expect(s.formats.numberFormat[r][kriteria]).toBe('0.0');
    expect(s.formats.italic[t.header][kode]).toBe(true);
    // What the ops cover is still set.
    expect(s.formats.background[t.header][kode]).toBe('#DDEBF7');
    expect(s.formats.fontWeight[t.header][kode]).toBe('bold');
    expect(s.formats.numberFormat[r][t.col('Capaian B3')]).toBe(FORMAT.persen);
  });

  test('di lembar baru tidak ada yang dibaca: hanya ditulis', () => {
    const h = sheets({ [SHEET.PK]: pk2019() });
    expect(h.rapk().ok).toBe(true);
    expect(h.rec.calls.filter((c) => /Range\.get(NumberFormats|Backgrounds|WrapStrategies|TextStyles)/.test(c))).toEqual([]);
    const g = h.fake.grid(SHEET.RAPK);
    const t = tabel(g);
    expect(h.fake.sheet(SHEET.RAPK)!.formats.background[t.header + 1][t.col('Kode')]).toBeNull();
  });
});

describe('Excel: daftar pilihan hanya memperingatkan, seperti Sheets', () => {
  test('nilai di luar daftar (perspektif/satuan sendiri) boleh diketik', async () => {
    const fake = makeFakeExcel();
    const bridge = buatBridgeExcel(fake.Excel.run as never);
    expect((await bridge.sisipkanTemplat({ contoh: false })).ok).toBe(true);
    const v = fake.sheet(SHEET.PK)!.validation;
    expect(v.length).toBeGreaterThan(0);
    for (const x of v) {
      expect(x.errorAlert).toMatchObject({ showAlert: true, style: 'Warning' });
      expect(x.errorAlert!.message).toMatch(/daftar/);
      expect(x.errorAlert!.title!.length).toBeLessThanOrEqual(32);
      expect(x.errorAlert!.message!.length).toBeLessThanOrEqual(225);
    }
  });
});

describe('Sheets: galat di tengah jalan tidak menghilangkan baris yang diarsipkan', () => {
  test('RAPK ditimpa lalu host gagal: RAPK Arsip (baru) tetap ada dengan isiannya, pesan menyuruh klik lagi', () => {
    const opts: FakeSpreadsheetOptions = {};
    const h = sheets({ [SHEET.PK]: pk2019() }, opts);
    expect(h.rapk().ok).toBe(true);
    const g = h.fake.grid(SHEET.RAPK);
    const t = tabel(g);
    const row = g.findIndex((r) => r[t.col('Kode')] === 'IK02');
    h.fake.sheet(SHEET.RAPK)!.values[row][t.col('Realisasi B12')] = 'WTP';
    h.fake.sheet(SHEET.RAPK)!.formulas[row][t.col('Realisasi B12')] = '';
    // IK02 leaves the PK; the host fails after the RAPK table (a sheet already there) is written.
    const pk = h.fake.sheet(SHEET.PK)!;
    const cKode = (pk.values[0] as Cell[]).indexOf('Kode');
    pk.values = pk.values.filter((r) => r[cKode] !== 'IK02');
    opts.failOn = { 'Sheet.setFrozenRows': 'Service Spreadsheets timed out while accessing document with id 1x.' };
    const r = h.rapk();
    expect(r.ok).toBe(false);
    expect(r.pesan).toMatch(/^Layanan Google Sheets sedang tidak menjawab/);
    expect(r.pesan).toMatch(/sebagian sudah tertulis\. Klik lagi/);
    const k = (x: string): number => ARSIP_HEADER.indexOf(x as never);
    const wtp = (g: Cell[][]): Cell[][] => g.slice(1).filter((x) => x[k('Kunci')] === 'IK02' && x[k('Kolom')] === 'Realisasi B12' && x[k('Nilai')] === 'WTP');
    expect(wtp(h.fake.grid(SHEET.RAPK_ARSIP))).toHaveLength(1);
    // Clicking again once the host answers finishes the job; IK02's figure is archived once, not twice.
    opts.failOn = {};
    expect(h.rapk().ok).toBe(true);
    expect(wtp(h.fake.grid(SHEET.RAPK_ARSIP))).toHaveLength(1);
    expect(h.fake.grid(SHEET.RAPK).some((x) => x.includes('IK02'))).toBe(false);
  });
});
