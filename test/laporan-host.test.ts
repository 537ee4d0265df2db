/**
 * Buat Laporan through each host's adapter, on fakes whose formula cells show
 * what HyperFormula computed for the same workbook (the snapshot's values are
 * what the host computed): Excel (office-addin-mock, from the sources) and
 * Sheets (the BUILT dist/gas/Code.js in a vm; npm run build first).
 *   - the three charts are in each host's plan and recorded by the fakes, reading
 *     the Laporan's own ranges;
 *   - print setup: every generated sheet (Excel) is landscape, one page wide,
 *     its header rows repeated; Sheets has no print API and gets no call;
 *   - host calls of the job do not grow with the indicators (10 and 1,000).
 */
import vm from 'vm';
import { BukuKerjaWeb } from '../web/workbook-web';
import { makeFakeExcel, Cell as CellExcel } from './helpers/fake-excel';
import { Cell as CellSheets, Recorder, makeFakeSpreadsheet } from './helpers/fake-sheets';
import { loadGas } from './helpers/bundles';
import { pk2019, pkBesar } from './helpers/pk-data';
import { buatBridgeExcel } from '../addin-excel/bridge-excel';
import { aturApiExcel } from '../addin-excel/workbook-excel';
import { BACA, HasilOperasi, rencanaJob } from '../core/jobs';
import { SHEET } from '../core/layout';
import { SpecGrafik, WriteOp } from '../core/workbook';
import { LEMBAR_LAPORAN } from '../core/laporan/lembar';
import { klik, nilaiLembar, tabelTampilan } from './helpers/laporan';

jest.setTimeout(600_000);

/** A workbook with the PK rows given (header first), after Perbarui dari PK, computed by HyperFormula. */
function bukuDari(pk: Array<Array<string | number | null>>): BukuKerjaWeb {
  const bk = new BukuKerjaWeb();
  expect(klik(bk, 'templat').ok).toBe(true);
  bk.isiBlok(SHEET.PK, 4, 0, pk.slice(1));
  expect(klik(bk, 'rapk').ok).toBe(true);
  return bk;
}

/** The workbook as a host's sheets (formulas where it has them) and what each formula cell shows. */
function salinan(bk: BukuKerjaWeb): { awal: Record<string, Array<Array<CellExcel>>>; evaluate: (sheet: string, f: string, r: number, c: number) => CellExcel } {
  const awal: Record<string, Array<Array<CellExcel>>> = {};
  for (const name of bk.namaLembar()) {
    const s = bk.bacaSnapshot([name]).sheets[0];
    awal[name] = s.values.map((row, r) => row.map((v, c) => (s.formulas?.[r]?.[c] ? (s.formulas[r][c] as string) : (v as CellExcel))));
  }
  // Excel's values of a formula cell are what it computed; an error shows its code ("#N/A"), as Office.js gives it.
  // A sheet the host wrote later (the Laporan itself, or every sheet of an empty start) shows blank formula results.
  const evaluate = (sheet: string, _f: string, r: number, c: number): CellExcel => {
    if (bk.idLembar(sheet) === undefined) return '';
    const v = bk.nilai(sheet, r, c);
    return typeof v === 'string' && v.startsWith('#') ? v.split(' ')[0] : (v as CellExcel);
  };
  return { awal, evaluate };
}

function excel(bk: BukuKerjaWeb) {
  const { awal, evaluate } = salinan(bk);
  const fx = makeFakeExcel(awal, { evaluate });
  const bridge = buatBridgeExcel(fx.Excel.run, { didukung: () => false });
  return { fx, bridge };
}

function sheets(bk: BukuKerjaWeb) {
  const { awal, evaluate } = salinan(bk);
  const rec = new Recorder();
  const fake = makeFakeSpreadsheet(rec, awal as Record<string, CellSheets[][]>, { evaluate: evaluate as (s: string, f: string, r: number, c: number) => CellSheets });
  const gas = loadGas(fake.globals);
  fake.useDate(vm.runInContext('Date', gas as vm.Context));
  rec.reset();
  return { rec, fake, laporan: () => (gas.kinerjaBuatLaporan as () => HasilOperasi)(), rapk: () => (gas.kinerjaBuatRapk as () => HasilOperasi)() };
}

/** The charts the plan asks for, on the same workbook. */
function grafikRencana(bk: BukuKerjaWeb, host: 'excel' | 'sheets'): SpecGrafik[] {
  const wb = { ...bk.bacaSnapshot(BACA.laporan), host };
  const r = rencanaJob('laporan', wb, { sekarang: '2020-02-28T03:00:00.000Z' });
  return (r.plan?.ops ?? []).filter((o): o is Extract<WriteOp, { op: 'chart' }> => o.op === 'chart').map((o) => o.chart);
}

describe('contoh 2019: grafik dan cetak di setiap host', () => {
  let bk: BukuKerjaWeb;
  beforeAll(() => {
    bk = new BukuKerjaWeb();
    expect(klik(bk, 'templat', true).ok).toBe(true);
  });

  test('Excel: tiga grafik Office.js membaca rentang Laporan; Laporan dicetak lanskap, satu halaman lebar, judul berulang; 3 context.sync()', async () => {
    const { fx, bridge } = excel(bk);
    fx.resetSyncs();
    const h = await bridge.buatLaporan();
    expect(h.ok).toBe(true);
    expect(h.pesan).toMatch(/NPS organisasi 106,37 \(Baik\)/);
    expect(fx.syncs).toBe(3);
    const rencana = grafikRencana(bk, 'excel');
    const s = fx.sheet(LEMBAR_LAPORAN)!;
    expect(s.charts.map((c) => [c.name, c.type, c.title])).toEqual(rencana.map((g) => [g.nama, g.jenis === 'garis' ? 'Line' : 'ColumnClustered', g.judul]));
    s.charts.forEach((c, i) => {
      const g = rencana[i];
      expect(c.position).toBe(g.posisi.sel);
      expect(c.width).toBe(g.posisi.lebar * 0.75);
      expect(c.series.map((x) => [x.name, x.values, x.xValues])).toEqual(g.seri.map((x) => [x.nama, x.range, g.kategori]));
    });
    // Chart 1: bars of capaian with the 100 line.
    expect(s.charts[0].series.map((x) => x.chartType)).toEqual([undefined, 'Line']);
    // Its categories are the sasaran, its values the NPS the Laporan holds.
    const L = fx.grid(LEMBAR_LAPORAN);
    const kat = s.charts[0].series[0].xValues!.match(/^([A-Z]+)(\d+):[A-Z]+(\d+)$/)!;
    expect(Number(kat[3]) - Number(kat[2]) + 1).toBe(12);
    expect(String(L[Number(kat[2]) - 1][1])).toMatch(/^1\. Meningkatnya capaian RB/);
    expect(s.pageLayout).toEqual({ orientation: 'Landscape', zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, printTitleRows: '$1:$2' });
  });

  test('Excel: setiap lembar yang dibuat Kinerja (PK, Pengaturan, RAPK, Pengukuran, Anggaran, Renstra) lanskap, satu halaman lebar, baris judul tabel berulang', async () => {
    const { fx, bridge } = excel(new BukuKerjaWeb());
    expect((await bridge.sisipkanTemplat({ contoh: false })).ok).toBe(true);
    const isi = pk2019();
    fx.sheet(SHEET.PK)!.values.splice(4, isi.length - 1, ...isi.slice(1).map((r) => r.map((v) => (v === null ? '' : v))));
    expect((await bridge.buatRapk()).ok).toBe(true);
    for (const nama of [SHEET.PK, SHEET.RAPK, SHEET.PENGUKURAN, SHEET.ANGGARAN, SHEET.RENSTRA]) {
      const s = fx.sheet(nama)!;
      const header = fx.grid(nama).findIndex((r) => r.includes('No') && (r.includes('Kode') || r.includes('Sasaran')));
      expect([nama, s.pageLayout]).toEqual([nama, { orientation: 'Landscape', zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, printTitleRows: `$${header + 1}:$${header + 1}` }]);
    }
    expect(fx.sheet(SHEET.PENGATURAN)!.pageLayout).toEqual({ orientation: 'Landscape', zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 } });
  });

  test('Excel lama (tanpa ExcelApi 1.7/1.9): tanpa grafik dan pengaturan cetak, dan pesannya mengatakan apa yang harus diatur sendiri', async () => {
    const lama = aturApiExcel(() => false);
    try {
      const { fx, bridge } = excel(bk);
      const h = await bridge.buatLaporan();
      expect(h.ok).toBe(true);
      expect(fx.sheet(LEMBAR_LAPORAN)!.charts).toEqual([]);
      expect(fx.sheet(LEMBAR_LAPORAN)!.pageLayout).toEqual({});
      expect(h.catatan.join(' ')).toMatch(/ExcelApi 1\.7.*grafik Laporan tidak dibuat.*ExcelApi 1\.9.*Lanskap/);
    } finally {
      aturApiExcel(lama);
    }
  });

  test('Sheets (Code.js yang dibangun): tiga grafik EmbeddedChartBuilder dengan rentang Laporan; tanpa panggilan cetak', () => {
    const h = sheets(bk);
    const r = h.laporan();
    expect(r.ok).toBe(true);
    const rencana = grafikRencana(bk, 'sheets');
    const charts = h.fake.sheet(LEMBAR_LAPORAN)!.charts;
    expect(charts.map((c) => [c.type, c.options.title])).toEqual(rencana.map((g) => [g.jenis === 'garis' ? 'LINE' : g.jenis === 'kolom' ? 'COLUMN' : 'COMBO', g.judul]));
    charts.forEach((c, i) => {
      const g = rencana[i];
      expect(c.ranges).toEqual([g.kategori, ...g.seri.map((x) => x.range)]);
      expect(c.mergeStrategy).toBe('MERGE_COLUMNS');
      expect(c.numHeaders).toBe(0);
      expect({ w: c.options.width, h: c.options.height }).toEqual({ w: g.posisi.lebar, h: g.posisi.tinggi });
    });
    expect((charts[0].options.series as Record<number, { type: string }>)[1].type).toBe('line');
    expect(h.rec.calls.filter((c) => c === 'Sheet.insertChart')).toHaveLength(3);
    expect(h.rec.calls.some((c) => /print|Print|PageLayout/i.test(c))).toBe(false);
    // The Laporan's cells: the same figures as in the browser workbook's Laporan.
    klik(bk, 'laporan');
    expect(h.fake.grid(LEMBAR_LAPORAN).slice(5, 30).map((r) => r.slice(0, 5))).toEqual(nilaiLembar(bk, LEMBAR_LAPORAN).slice(5, 30).map((r) => Array.from({ length: 5 }, (_, i) => (r?.[i] ?? '') as unknown)));
  });

  test('peramban: tiga grafik dan pengaturan cetak di model samping', () => {
    klik(bk, 'laporan');
    const m = bk.metaLembar(LEMBAR_LAPORAN);
    expect(m.grafik!.map((g) => g.jenis)).toEqual(['kolomGaris', 'kolom', 'garis']);
    expect(m.cetak).toEqual({ orientasi: 'landscape', lebarHalaman: 1, ulangi: { dari: 0, sampai: 1 } });
    for (const nama of [SHEET.PK, SHEET.RAPK, SHEET.PENGUKURAN, SHEET.ANGGARAN, SHEET.RENSTRA]) {
      const header = tabelTampilan(nilaiLembar(bk, nama), ['No']).h;
      expect([nama, bk.metaLembar(nama).cetak]).toEqual([nama, { orientasi: 'landscape', lebarHalaman: 1, ulangi: { dari: header, sampai: header } }]);
    }
  });
});

describe('jumlah panggilan host Buat Laporan tidak tumbuh dengan jumlah indikator', () => {
  const hitung: Record<number, { excel: number; sheets: string[] }> = {};
  beforeAll(async () => {
    for (const n of [10, 1000]) {
      const bk = bukuDari(pkBesar(n));
      const ex = excel(bk);
      ex.fx.resetSyncs();
      expect((await ex.bridge.buatLaporan()).ok).toBe(true);
      expect(ex.fx.sheet(LEMBAR_LAPORAN)!.charts).toHaveLength(3);
      const sh = sheets(bk);
      expect(sh.laporan().ok).toBe(true);
      expect(sh.fake.sheet(LEMBAR_LAPORAN)!.charts).toHaveLength(3);
      hitung[n] = { excel: ex.fx.syncs, sheets: [...sh.rec.calls] };
      // A second click replaces the sheet (and its charts): the same calls plus deleting the old one.
      sh.rec.reset();
      expect(sh.laporan().pesan).toMatch(/ditulis ulang/);
      expect(sh.fake.sheet(LEMBAR_LAPORAN)!.charts).toHaveLength(3);
      expect(sh.rec.calls.length).toBe(hitung[n].sheets.length + 2);
    }
  });

  test('Excel: 3 context.sync() untuk 10 dan 1.000 indikator', () => {
    expect(hitung[10].excel).toBe(3);
    expect(hitung[1000].excel).toBe(3);
  });

  test('Sheets: sama untuk 10 dan 1.000 indikator, kecuali satu insertRowsAfter (lembar baru hanya 1.000 baris)', () => {
    const a = hitung[10].sheets;
    const b = hitung[1000].sheets;
    // eslint-disable-next-line no-console
    console.log(`Buat Laporan, panggilan SpreadsheetApp: ${a.length} (10 indikator), ${b.length} (1.000 indikator)`);
    expect(b.filter((c) => c !== 'Sheet.insertRowsAfter')).toEqual(a);
    expect(b.filter((c) => c === 'Sheet.insertRowsAfter')).toHaveLength(1);
    // One of them looks up Capaian UKPBJ (the report carries its table where the workbook has one).
    expect(a.length).toBe(40);
  });
});
