/**
 * The browser workbook's steps (web/workbook-web.ts) over generated
 * workbooks and generated sequences of what a user does (fast-check):
 *  - undoing every step gives back exactly the workbook before (cells as
 *    typed, formats, widths, lists, sheets), redoing them gives back the
 *    workbook after; a sidebar job is one step;
 *  - after inserting, deleting and moving rows, each cell's format is still
 *    the format of the cell it belonged to (the side model follows HyperFormula);
 *  - a step that fails leaves the workbook as it was;
 *  - tab-separated text round-trips (what Excel puts on the clipboard), and a
 *    pasted or typed number is what core's reader reads.
 */
import fc from 'fast-check';
import { BukuKerjaWeb, Kotak, MetaLembar, dariKunci, kunciSel } from '../web/workbook-web';
import { buatBridgeWeb } from '../web/bridge-web';
import { bacaKetikan, keTsv, uraiTsv } from '../web/format-angka';
import { parseNumberText } from '../core/values';
import type { WriteOp } from '../core/workbook';
import { buatHyperFormula, siapkanRencana, terapkanNilaiRencana } from '../web/hyperformula-kinerja';
import { SHEET } from '../core/layout';

jest.setTimeout(120_000);

const BARIS = 8;
const KOLOM = 4;

/** A small sheet: numbers, texts and formulas pointing at other cells; each cell's format names the cell. */
function bukuAwal(isi: Array<Array<string | number | null>>): BukuKerjaWeb {
  const bk = new BukuKerjaWeb();
  const gaya = new Map<number, { numberFormat: string }>();
  isi.forEach((row, r) => row.forEach((_, c) => gaya.set(kunciSel(r, c), { numberFormat: `r${r}c${c}` })));
  bk.muat([
    {
      name: 'S',
      isi,
      meta: { gaya, lebar: [60, 70], beku: { rows: 1, cols: 0 }, daftar: [{ kotak: { row: 1, col: 1, rows: 5, cols: 1 }, values: ['a', 'b'] }], warna: [], catatan: new Map([[kunciSel(2, 2), 'catatan']]) },
    },
    { name: 'T', isi: [['=S!A1*2', '=SUM(S!A1:A8)']] },
  ]);
  return bk;
}

const selIsi = fc.oneof(
  fc.integer({ min: -50, max: 500 }),
  fc.constantFrom('WTP', 'teks', null),
  fc.tuple(fc.integer({ min: 1, max: BARIS }), fc.constantFrom('A', 'B', 'C', 'D')).map(([r, c]) => `=${c}${r}+1`),
);
const isiAwal = fc.array(fc.array(selIsi, { minLength: KOLOM, maxLength: KOLOM }), { minLength: BARIS, maxLength: BARIS });

type Aksi =
  | { a: 'isi'; r: number; c: number; v: string | number | null }
  | { a: 'blok'; r: number; c: number; v: Array<Array<string | number | null>> }
  | { a: 'kosong'; k: Kotak }
  | { a: 'format'; k: Kotak; f: string }
  | { a: 'lebar'; c: number; w: number }
  | { a: 'sisip'; r: number; n: number }
  | { a: 'hapus'; r: number; n: number }
  | { a: 'pindah'; r: number; n: number; ke: number }
  | { a: 'salin'; k: Kotak; r: number; c: number; potong: boolean }
  | { a: 'lembar' }
  | { a: 'nama'; nama: string };

const kotak = fc.record({ row: fc.nat(BARIS - 1), col: fc.nat(KOLOM - 1), rows: fc.integer({ min: 1, max: 3 }), cols: fc.integer({ min: 1, max: 2 }) });
const aksi: fc.Arbitrary<Aksi> = fc.oneof(
  fc.record({ a: fc.constant('isi' as const), r: fc.nat(BARIS + 2), c: fc.nat(KOLOM), v: selIsi }),
  fc.record({ a: fc.constant('blok' as const), r: fc.nat(BARIS), c: fc.nat(KOLOM), v: fc.array(fc.array(selIsi, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }) }),
  fc.record({ a: fc.constant('kosong' as const), k: kotak }),
  fc.record({ a: fc.constant('format' as const), k: kotak, f: fc.constantFrom('General', '#,##0.00', '0.00%') }),
  fc.record({ a: fc.constant('lebar' as const), c: fc.nat(KOLOM + 2), w: fc.integer({ min: 10, max: 400 }) }),
  fc.record({ a: fc.constant('sisip' as const), r: fc.nat(BARIS), n: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ a: fc.constant('hapus' as const), r: fc.nat(BARIS - 1), n: fc.integer({ min: 1, max: 2 }) }),
  fc.record({ a: fc.constant('pindah' as const), r: fc.nat(BARIS - 1), n: fc.integer({ min: 1, max: 2 }), ke: fc.nat(BARIS) }),
  fc.record({ a: fc.constant('salin' as const), k: kotak, r: fc.nat(BARIS), c: fc.nat(KOLOM), potong: fc.boolean() }),
  fc.constant({ a: 'lembar' as const }),
  fc.record({ a: fc.constant('nama' as const), nama: fc.constantFrom('T2', 'Data', 'T') }),
);

/** Do one thing a user does; false when the workbook refused it (then it must be unchanged). */
function lakukan(bk: BukuKerjaWeb, x: Aksi): boolean {
  try {
    switch (x.a) {
      case 'isi':
        bk.isiSel('S', x.r, x.c, x.v);
        break;
      case 'blok':
        bk.isiBlok('S', x.r, x.c, x.v);
        break;
      case 'kosong':
        bk.kosongkanBlok('S', x.k);
        break;
      case 'format':
        bk.aturFormatAngka('S', x.k, x.f);
        break;
      case 'lebar':
        bk.aturLebarKolom('S', x.c, x.w);
        break;
      case 'sisip':
        bk.sisipBaris('S', x.r, x.n);
        break;
      case 'hapus':
        bk.hapusBaris('S', x.r, x.n);
        break;
      case 'pindah':
        bk.pindahBaris('S', x.r, x.n, x.ke);
        break;
      case 'salin':
        bk.salin('S', x.k, x.potong);
        bk.tempel('S', x.r, x.c);
        break;
      case 'lembar':
        bk.tambahLembar();
        break;
      case 'nama':
        bk.gantiNamaLembar(bk.namaLembar().find((n) => n !== 'S') as string, x.nama);
        break;
    }
    return true;
  } catch {
    return false;
  }
}

function normalMeta(m: MetaLembar | undefined): unknown {
  if (!m) return null;
  const urut = <T>(peta: Map<number, T>) => [...peta].sort((a, b) => a[0] - b[0]);
  return { gaya: urut(m.gaya), lebar: [...m.lebar], beku: m.beku, daftar: m.daftar, warna: m.warna, catatan: urut(m.catatan) };
}

/** The whole workbook as plain data: sheet names, cells as typed, side model. */
function keadaan(bk: BukuKerjaWeb): unknown {
  return bk.namaLembar().map((n) => ({ n, isi: bk.hf.getSheetSerialized(bk.idLembar(n)!), meta: normalMeta(bk.meta.get(n.toLowerCase())) }));
}

describe('undo and redo over generated sequences of edits, pastes, row operations, formats and sheets', () => {
  test('undoing every step gives back the workbook before; redoing them gives back the workbook after', () => {
    fc.assert(
      fc.property(isiAwal, fc.array(aksi, { minLength: 1, maxLength: 12 }), (isi, langkah) => {
        const bk = bukuAwal(isi);
        const awal = keadaan(bk);
        let jadi = 0;
        for (const x of langkah) {
          const sebelum = keadaan(bk);
          if (lakukan(bk, x)) jadi++;
          // Refused: nothing changed (and nothing to undo was added).
          else expect(keadaan(bk)).toEqual(sebelum);
        }
        const akhir = keadaan(bk);
        let n = 0;
        while (bk.urung()) n++;
        expect(n).toBeLessThanOrEqual(jadi);
        expect(keadaan(bk)).toEqual(awal);
        while (bk.ulang());
        expect(keadaan(bk)).toEqual(akhir);
      }),
      { numRuns: 150 },
    );
  });

  test('after rows are inserted, deleted and moved, every cell keeps its own format (the side model follows the cells)', () => {
    const baris = fc.oneof(
      fc.record({ a: fc.constant('sisip' as const), r: fc.nat(BARIS), n: fc.integer({ min: 1, max: 3 }) }),
      fc.record({ a: fc.constant('hapus' as const), r: fc.nat(BARIS - 1), n: fc.integer({ min: 1, max: 2 }) }),
      fc.record({ a: fc.constant('pindah' as const), r: fc.nat(BARIS - 1), n: fc.integer({ min: 1, max: 3 }), ke: fc.nat(BARIS + 2) }),
    );
    fc.assert(
      fc.property(fc.array(baris, { minLength: 1, maxLength: 10 }), (langkah) => {
        // Each cell holds its own name and has it as its format.
        const isi = Array.from({ length: BARIS }, (_, r) => Array.from({ length: KOLOM }, (_, c) => `r${r}c${c}`));
        const bk = bukuAwal(isi);
        for (const x of langkah) lakukan(bk, x);
        const m = bk.metaLembar('S');
        const nilai = bk.hf.getSheetValues(bk.idLembar('S')!);
        nilai.forEach((row, r) =>
          row.forEach((v, c) => {
            if (typeof v === 'string') expect({ sel: v, format: m.gaya.get(kunciSel(r, c))?.numberFormat }).toEqual({ sel: v, format: v });
          }),
        );
        // The note follows its cell too.
        const catatan = [...m.catatan].map(([k]) => dariKunci(k));
        for (const p of catatan) expect(nilai[p.row]?.[p.col]).toBe('r2c2');
      }),
      { numRuns: 150 },
    );
  });

  test('a whole sidebar job is one step: one Ctrl+Z takes Buat Tabel RAPK back, one Ctrl+Y brings it again', async () => {
    const bk = new BukuKerjaWeb();
    const bridge = buatBridgeWeb(bk, { sekarang: () => '2025-01-01T00:00:00Z' });
    await bridge.sisipkanTemplat({ contoh: true });
    bk.isiSel(SHEET.PENGUKURAN, 4, 9, 60);
    const sebelum = keadaan(bk);
    const h = await bridge.buatRapk();
    expect(h.ok).toBe(true);
    const sesudah = keadaan(bk);
    expect(bk.namaLembar()).toContain(SHEET.RAPK);
    expect(bk.urung()).toBe(true);
    expect(keadaan(bk)).toEqual(sebelum);
    expect(bk.ulang()).toBe(true);
    expect(keadaan(bk)).toEqual(sesudah);
    // The edit before it is the next step back.
    expect(bk.urung()).toBe(true);
    expect(bk.urung()).toBe(true);
    expect(bk.nilai(SHEET.PENGUKURAN, 4, 9)).toBe(53.36);
  });

  test('a plan that fails half-way leaves the workbook as it was', () => {
    const bk = bukuAwal([[1, 2], [3, 4]]);
    const sebelum = keadaan(bk);
    expect(() =>
      bk.terapkanRencana({
        ringkasan: '',
        catatan: [],
        ops: [
          { op: 'setValues', sheet: 'S', row: 0, col: 0, values: [[9, 9]] },
          { op: 'addSheet', sheet: 'Baru' },
          { op: 'format', sheet: 'S', range: 'A1', bold: true },
          { op: 'addSheet', sheet: 'S' },
        ],
      }),
    ).toThrow();
    expect(keadaan(bk)).toEqual(sebelum);
    expect(bk.bisaUrung()).toBe(false);
  });

  test('sheet names Excel refuses are refused in Indonesian, naming the name', () => {
    const bk = bukuAwal([[1]]);
    expect(() => bk.gantiNamaLembar('T', 'a/b')).toThrow('Nama lembar "a/b" memuat karakter yang tidak boleh dipakai');
    expect(() => bk.gantiNamaLembar('T', 's')).toThrow('Sudah ada lembar bernama "S".');
    expect(() => bk.gantiNamaLembar('T', 'x'.repeat(32))).toThrow(/terlalu panjang \(32 karakter; paling banyak 31\)/);
    expect(() => bk.gantiNamaLembar('T', '  ')).toThrow('Nama lembar tidak boleh kosong.');
    bk.hapusLembar('T');
    expect(() => bk.hapusLembar('S')).toThrow(/satu-satunya lembar/);
  });
});

describe('a plan writes only the cells it changes, with the same result as writing them all', () => {
  test('over generated sheets and plans (clears, blocks of values and formulas, new and renamed sheets)', () => {
    const op: fc.Arbitrary<WriteOp> = fc.oneof(
      fc.record({ op: fc.constant('setValues' as const), sheet: fc.constantFrom('S', 'T', 'Baru'), row: fc.nat(6), col: fc.nat(3), values: fc.array(fc.array(selIsi, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }) }),
      fc.record({ op: fc.constant('clear' as const), sheet: fc.constantFrom('S', 'T'), range: kotak.map((k) => `${String.fromCharCode(65 + k.col)}${k.row + 1}:${String.fromCharCode(65 + k.col + k.cols - 1)}${k.row + k.rows}`) }),
    );
    fc.assert(
      fc.property(isiAwal, fc.array(op, { minLength: 1, maxLength: 8 }), fc.boolean(), fc.boolean(), (isi, ops, tambah, ganti) => {
        const rencana = { ringkasan: '', catatan: [], ops: [...(tambah ? [{ op: 'addSheet' as const, sheet: 'Baru' }] : []), ...(ganti ? [{ op: 'renameSheet' as const, sheet: 'T', to: 'T2' }] : []), ...ops.filter((o) => tambah || o.sheet !== 'Baru').map((o) => (ganti && o.sheet === 'T' ? { ...o, sheet: 'T2' } : o))] };
        const buat = () => buatHyperFormula({ S: isi as never, T: [[1, '=S!A1']] });
        const semua = buat();
        semua.batch(() => terapkanNilaiRencana(semua, rencana));
        const hemat = buat();
        const siap = siapkanRencana(hemat, rencana);
        hemat.batch(() => terapkanNilaiRencana(hemat, rencana, siap));
        expect(hemat.getAllSheetsSerialized()).toEqual(semua.getAllSheetsSerialized());
        expect(hemat.getAllSheetsValues()).toEqual(semua.getAllSheetsValues());
      }),
      { numRuns: 300 },
    );
  });
});

describe('what is pasted: tab-separated text and numbers read the way a typed cell is read', () => {
  test('text copied as Excel puts it on the clipboard reads back cell for cell (tabs, line breaks, quotes inside cells)', () => {
    const sel = fc.string({ unit: fc.constantFrom('a', 'B', '1', ',', '.', ' ', '"', '\t', '\n', '%', '=', 'é'), maxLength: 8 });
    fc.assert(
      fc.property(fc.array(fc.array(sel, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }), (baris) => {
        const lebar = Math.max(...baris.map((r) => r.length));
        const rata = baris.map((r) => Array.from({ length: lebar }, (_, i) => r[i] ?? ''));
        // A last row of empty cells is indistinguishable from the trailing line break in Excel's form too.
        fc.pre(!(rata.length > 1 && lebar === 1 && rata[rata.length - 1][0] === ''));
        expect(uraiTsv(keTsv(rata))).toEqual(rata);
      }),
      { numRuns: 500 },
    );
    // Excel's own text: a multi-line cell quoted, a lone quote left as is, \r\n between rows.
    expect(uraiTsv('a\t"b\r\nc"\r\n5"\t"x""y"\r\n')).toEqual([['a', 'b\nc'], ['5"', 'x"y']]);
    expect(uraiTsv('60\r\nWTP\r\n64,8')).toEqual([['60'], ['WTP'], ['64,8']]);
  });

  test('a number typed or pasted is the number core reads from the same text (Indonesian and unambiguous English forms)', () => {
    const angka = fc.oneof(
      fc.integer({ min: -1e9, max: 1e9 }).map((n) => n.toLocaleString('id-ID', { useGrouping: true })),
      fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((n) => n.toLocaleString('id-ID', { maximumFractionDigits: 4 })),
      fc.double({ min: 0, max: 1000, noNaN: true }).map((n) => `${n.toLocaleString('id-ID', { maximumFractionDigits: 2 })}%`),
      fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((n) => n.toLocaleString('en-US', { maximumFractionDigits: 4 })),
    );
    fc.assert(
      fc.property(angka, (t) => {
        const k = bacaKetikan(t);
        const inti = parseNumberText(t.replace(/\u00a0/g, ' '));
        if (!inti) {
          expect(typeof k.isi === 'number').toBe(false);
          return;
        }
        const harap = inti.percent ? inti.value / 100 : inti.value;
        expect(k.isi).toBeCloseTo(harap, 10);
        if (inti.percent) expect(k.format).toMatch(/%$/);
      }),
      { numRuns: 1000 },
    );
  });
});
