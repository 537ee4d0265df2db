/**
 * The browser workbook without a browser: the port over HyperFormula
 * (web/workbook-web.ts), the sidebar's three jobs through the web bridge,
 * .xlsx export and import (web/xlsx.ts) and the grid's number display.
 *
 * Golden: the 2019 example, evaluated by HyperFormula through the templates'
 * own formulas (KINERJA.* registered from core/functions.ts), gives seed 001
 * Tabel 4 to the cent.
 */
import fs from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { BukuKerjaWeb, kunciSel } from '../web/workbook-web';
import { buatBridgeWeb } from '../web/bridge-web';
import { BukanXlsx, bacaXlsx, eksporXlsx, imporXlsx, keExcelJS, rumusDariExcel, rumusKeExcel } from '../web/xlsx';
import { DetailedCellError } from 'hyperformula';
import { pesanGalat, tampilNilai } from '../web/grid';
import { angkaUmum, formatAngka } from '../web/format-angka';
import { INDIKATOR_2019, ORGANISASI_NPS_2019, PERSPEKTIF_NPS_TABEL4, SASARAN_2019 } from '../core/contoh2019';
import { LABEL_ORGANISASI, PENGUKURAN_KOLOM, SHEET, rapkHeaders } from '../core/layout';
import { BARIS_DATA, BARIS_HEADER, PENGUKURAN_RINGKASAN } from '../core/templates';
import { parseCell } from '../core/values';
import { a1, colIndex, getSheet } from '../core/workbook';

jest.setTimeout(120_000);

const r2 = (x: unknown): number => Math.round((x as number) * 100) / 100;
const UK = (name: (typeof PENGUKURAN_KOLOM)[number]): number => PENGUKURAN_KOLOM.indexOf(name);

async function contoh(): Promise<BukuKerjaWeb> {
  const bk = new BukuKerjaWeb();
  const h = await buatBridgeWeb(bk).sisipkanTemplat({ contoh: true });
  expect(h.ok).toBe(true);
  return bk;
}

function sel(bk: BukuKerjaWeb, sheet: string, ref: string): unknown {
  const m = ref.match(/^([A-Z]+)(\d+)$/)!;
  return bk.nilai(sheet, Number(m[2]) - 1, colIndex(m[1]));
}

// ---------------------------------------------------------------------------

describe('golden: the example workbook evaluated by HyperFormula gives seed 001 Tabel 4', () => {
  let bk: BukuKerjaWeb;
  let uk: unknown[][];
  beforeAll(async () => {
    bk = await contoh();
    uk = bk.bacaSnapshot([SHEET.PENGUKURAN]).sheets[0].values;
  });

  test('the five template sheets exist, in order; the plan selected PK', () => {
    expect(bk.namaLembar()).toEqual([SHEET.PK, SHEET.PENGUKURAN, SHEET.ANGGARAN, SHEET.RENSTRA, SHEET.PENGATURAN]);
    expect(bk.pilihan).toMatchObject({ sheet: SHEET.PK, row: BARIS_DATA, col: 1 });
  });

  test('every indicator capaian equals Tabel 5 (IK08 within one cent: the report truncated 96,685)', () => {
    INDIKATOR_2019.forEach((ind, i) => {
      const row = uk[BARIS_DATA + i];
      expect(row[UK('Kode')]).toBe(ind.kode);
      expect(typeof row[UK('Capaian')]).toBe('number');
      expect(Math.abs(r2(row[UK('Capaian')]) - ind.capaianTabel5)).toBeLessThanOrEqual(ind.kode === 'IK08' ? 0.0100001 : 1e-7);
    });
  });

  test('NPS per sasaran = Tabel 4 to 2 decimals; kriteria per Tabel 3 (sasaran 10: 111,13 is Sangat Baik)', () => {
    const perSasaran = new Map<string, unknown[]>();
    for (const row of uk.slice(BARIS_DATA, BARIS_DATA + 50)) {
      const nps = row[UK('NPS Sasaran')];
      if (nps !== '' && nps !== null) perSasaran.set(row[UK('Sasaran')] as string, row);
    }
    expect(perSasaran.size).toBe(SASARAN_2019.length);
    for (const s of SASARAN_2019) {
      const row = perSasaran.get(s.nama)!;
      expect(r2(row[UK('NPS Sasaran')])).toBe(s.npsTabel4);
      expect(row[UK('Kriteria Sasaran')]).toBe(s.no === 10 ? 'Sangat Baik' : s.kriteriaTabel4);
    }
    const s10 = perSasaran.get(SASARAN_2019[9].nama)!;
    expect(r2(s10[UK('NPS Sasaran')])).toBe(111.13);
    expect(s10[UK('Kriteria Sasaran')]).toBe('Sangat Baik');
  });

  test('perspektif 117,42 / 104,96 / 96,73 and organisation 106,37 "Baik"', () => {
    const R = PENGUKURAN_RINGKASAN;
    for (let j = 0; j < R.jumlahPerspektif; j++) {
      const row = uk[R.awal + j];
      if (row[0] === '' || row[0] === null) continue;
      expect(r2(row[1])).toBe(PERSPEKTIF_NPS_TABEL4[row[0] as string]);
    }
    const org = uk[R.organisasi];
    expect(org[0]).toBe(LABEL_ORGANISASI);
    expect(r2(org[1])).toBe(ORGANISASI_NPS_2019);
    expect(org[2]).toBe('Baik');
  });

  test('the snapshot carries formulas in Excel form and number formats from the side model', () => {
    const s = bk.bacaSnapshot([{ name: SHEET.PENGUKURAN, isi: true, rumus: true, format: true }]);
    expect(s.host).toBe('web');
    const sh = s.sheets[0];
    expect(sh.formulas![BARIS_DATA][UK('Capaian')]).toMatch(/^=IF\(J5="","",KINERJA\.CAPAIAN\(J5,I5,/);
    expect(sh.formulas![BARIS_DATA][UK('Realisasi')]).toBe('');
    expect(sh.numberFormats![BARIS_DATA][UK('Capaian')]).toBe('0.00');
    expect(sh.numberFormats![BARIS_DATA][UK('Realisasi')]).toBe('General');
    // Only existence is asked for: no values.
    const ada = bk.bacaSnapshot([{ name: SHEET.PK, isi: false }, { name: 'Tidak Ada', isi: true }]);
    expect(ada.sheets).toEqual([{ name: SHEET.PK, values: [], terlindung: false }]);
  });

  test('the side model holds what HyperFormula does not: frozen header, widths, lists, colours, notes', () => {
    const m = bk.metaLembar(SHEET.PENGUKURAN);
    expect(m.beku).toEqual({ rows: BARIS_HEADER + 1, cols: 0 });
    expect(m.lebar.length).toBe(PENGUKURAN_KOLOM.length);
    expect(bk.gayaSel(SHEET.PENGUKURAN, BARIS_HEADER, 0)).toMatchObject({ bold: true, background: '#1F4E78' });
    expect(bk.warnaSel(SHEET.PENGUKURAN, BARIS_DATA, UK('Kriteria'), 'Baik')).toEqual({ background: '#D9EAD3', fontColor: '#1E5631' });
    expect(bk.warnaSel(SHEET.PENGUKURAN, BARIS_DATA, UK('Indikator'), 'Baik')).toBeUndefined();
    expect(bk.daftarSel(SHEET.PK, BARIS_DATA, 8)).toEqual(['positif', 'negatif', 'negatif-rasio']);
    expect(bk.catatanSel(SHEET.PENGUKURAN, BARIS_HEADER, UK('Capaian'))).toMatch(/Capaian \(poin persen\)/);
  });
});

describe('edits recalculate, errors arrive as a host shows them', () => {
  test('a realisasi typed changes capaian, kriteria and NPS; a blank target gives "#DIV/0! …"', async () => {
    const bk = await contoh();
    const u = SHEET.PENGUKURAN;
    const organisasiSebelum = sel(bk, u, `B${PENGUKURAN_RINGKASAN.organisasi + 1}`) as number;
    // IK01: realisasi 53,36 -> 60 (capaian 110,50: Sangat Baik)
    bk.isiSel(u, BARIS_DATA, UK('Realisasi'), 60);
    expect(r2(bk.nilai(u, BARIS_DATA, UK('Capaian')))).toBe(110.5);
    expect(bk.nilai(u, BARIS_DATA, UK('Kriteria'))).toBe('Sangat Baik');
    expect(bk.nilai(u, BARIS_DATA, UK('NPS Sasaran'))).not.toBeCloseTo(98.85, 2);
    expect(sel(bk, u, `B${PENGUKURAN_RINGKASAN.organisasi + 1}`)).not.toBeCloseTo(organisasiSebelum, 4);

    bk.isiSel(SHEET.PK, BARIS_DATA, 9, null); // PK!J5: target of IK01
    const v = bk.nilai(u, BARIS_DATA, UK('Capaian'));
    expect(typeof v).toBe('string');
    expect(v as string).toMatch(/^#DIV\/0! \S/);
    const p = parseCell(v);
    expect(p.kind).toBe('error');
  });

  test('a percent typed keeps a percent format, so Periksa sees the unit', () => {
    const bk = new BukuKerjaWeb();
    bk.muat([{ name: 'S', isi: [[null]] }]);
    bk.isiSel('S', 0, 0, '100%');
    const s = bk.bacaSnapshot(['S']).sheets[0];
    expect(s.values[0][0]).toBe(1);
    expect(s.numberFormats![0][0]).toBe('0%');
  });

  test('pilih activates the sheet and selects; unknown sheets and addresses fail in Indonesian', () => {
    const bk = new BukuKerjaWeb();
    bk.muat([{ name: 'Satu', isi: [[1]] }, { name: 'Dua dan Tiga', isi: [[2]] }]);
    const dengar: unknown[] = [];
    bk.dengar((e) => dengar.push(e));
    bk.pilih('dua dan tiga', 'C7:D9');
    expect(bk.pilihan).toEqual({ sheet: 'Dua dan Tiga', row: 6, col: 2, rows: 3, cols: 2 });
    expect(dengar).toEqual([{ jenis: 'pilih', pilihan: bk.pilihan }]);
    expect(() => bk.pilih('Empat', 'A1')).toThrow(/Lembar "Empat" tidak ditemukan/);
    expect(() => bk.pilih('Satu', '5A')).toThrow(/alamat sel tidak sah/);
  });
});

describe('the three jobs through the web bridge', () => {
  test('namaHost is Peramban; a second templat refuses without changing anything', async () => {
    const bk = await contoh();
    const bridge = buatBridgeWeb(bk);
    expect(bridge.namaHost).toBe('Peramban');
    const lagi = await bridge.sisipkanTemplat({ contoh: true });
    expect(lagi.ok).toBe(false);
    expect(lagi.pesan).toMatch(/sudah ada/);
    expect(bk.namaLembar().length).toBe(5);
  });

  test('Buat Tabel RAPK creates the RAPK sheet with quarterly targets from the pola', async () => {
    const bk = await contoh();
    const bridge = buatBridgeWeb(bk);
    const h = await bridge.buatRapk();
    expect(h.ok).toBe(true);
    expect(h.pesan).toMatch(/17 indikator, 12 sasaran/);
    expect(bk.namaLembar()).toContain(SHEET.RAPK);
    const rapk = bk.bacaSnapshot([SHEET.RAPK]).sheets[0];
    const header = rapkHeaders();
    const h0 = rapk.values.findIndex((row) => row[0] === header[0] && row[3] === 'Kode');
    expect(h0).toBeGreaterThanOrEqual(0);
    const kol = (name: string): number => header.indexOf(name);
    const baris = (kode: string): unknown[] => rapk.values.find((row) => row[kol('Kode')] === kode)!;
    // IK01 akhir: only B12; IK06 kumulatif: 25, 50, 75, 100; IK07 tetap: 100 each quarter.
    expect(baris('IK01')[kol('Target B3')]).toBeNull();
    expect(baris('IK01')[kol('Target B12')]).toBe(54.3);
    expect(['B3', 'B6', 'B9', 'B12'].map((q) => baris('IK06')[kol(`Target ${q}`)])).toEqual([25, 50, 75, 100]);
    expect(['B3', 'B6', 'B9', 'B12'].map((q) => baris('IK07')[kol(`Target ${q}`)])).toEqual([100, 100, 100, 100]);
    expect(rapk.values.filter((row) => /^IK\d\d$/.test(String(row[kol('Kode')]))).length).toBe(17);
    // Formulas computed by HyperFormula: a and b give realisasi, capaian and kriteria.
    const r = rapk.values.findIndex((row) => row[kol('Kode')] === 'IK06');
    bk.isiSel(SHEET.RAPK, r, kol('Pembilang (a) B3'), 24);
    bk.isiSel(SHEET.RAPK, r, kol('Penyebut (b) B3'), 100);
    expect(bk.nilai(SHEET.RAPK, r, kol('Realisasi B3'))).toBe(24);
    expect(bk.nilai(SHEET.RAPK, r, kol('Capaian B3'))).toBe(96);
    expect(bk.nilai(SHEET.RAPK, r, kol('Kriteria B3'))).toBe('Baik');
    // The plan froze the header and selected the first input cell.
    expect(bk.metaLembar(SHEET.RAPK).beku.rows).toBe(h0 + 1);
    expect(bk.pilihan?.sheet).toBe(SHEET.RAPK);
  });

  test('Periksa finds a planted mistake (a PK target cleared), and the finding selects its cell', async () => {
    const bk = await contoh();
    const bridge = buatBridgeWeb(bk);
    const bersih = await bridge.periksa();
    expect(bersih.temuan.filter((t) => t.kode === 'target-kosong')).toEqual([]);
    const ik05 = BARIS_DATA + INDIKATOR_2019.findIndex((i) => i.kode === 'IK05');
    bk.isiSel(SHEET.PK, ik05, 9, null);
    const h = await bridge.periksa();
    const t = h.temuan.find((x) => x.kode === 'target-kosong');
    expect(t).toBeDefined();
    expect(t).toMatchObject({ sheet: SHEET.PK, sel: a1(ik05, 9), tingkat: 'Kesalahan' });
    expect(h.jumlah.Kesalahan).toBeGreaterThanOrEqual(1);
    await bridge.pilihSel(t!.sheet, t!.sel);
    expect(bk.pilihan).toEqual({ sheet: SHEET.PK, row: ik05, col: 9, rows: 1, cols: 1 });
    await expect(bridge.pilihSel('Tidak Ada', 'A1')).rejects.toThrow(/tidak ditemukan/);
  });

  test('bobot perspektif typed the Indonesian way weight the organisation NPS; Periksa agrees, and names a bad one', async () => {
    const bk = await contoh();
    const bridge = buatBridgeWeb(bk);
    const u = SHEET.PENGUKURAN;
    const R = PENGUKURAN_RINGKASAN;
    expect(bk.nilai(u, R.header, R.kolomBobot)).toBe('Bobot');
    expect(bk.gayaSel(u, R.awal, R.kolomBobot)).toMatchObject({ background: '#FFF9E6' });
    expect(bk.catatanSel(u, R.header, R.kolomBobot)).toMatch(/kosong = sama rata/);
    ['30', '25', '15', '30'].forEach((b, j) => bk.isiSel(u, R.awal + j, R.kolomBobot, b));
    const org = bk.nilai(u, R.organisasi, 1) as number;
    const harap = (30 * 117.42 + 25 * 104.96 + 15 * 96.73) / 70; // Tabel 4, beside Customer, Internal Process, Learning and Growth
    expect(Math.abs(org - harap)).toBeLessThanOrEqual(0.005);
    const h = await bridge.periksa();
    expect(h.temuan.filter((t) => t.kode === 'nps-berbeda' || t.kode === 'bobot-tidak-sah')).toEqual([]);
    bk.isiSel(u, R.awal + 1, R.kolomBobot, 'dua lima');
    const t = (await bridge.periksa()).temuan.filter((x) => x.kode === 'bobot-tidak-sah');
    expect(t.map((x) => x.sel)).toEqual([a1(R.awal + 1, R.kolomBobot)]);
    expect(String(bk.nilai(u, R.organisasi, 1))).toMatch(/^#VALUE! .*"dua lima" bukan angka/);
  });
});

// ---------------------------------------------------------------------------

function semuaSel(bk: BukuKerjaWeb): Map<string, { v: unknown; f: string | undefined }> {
  const out = new Map<string, { v: unknown; f: string | undefined }>();
  for (const name of bk.namaLembar()) {
    const s = bk.bacaSnapshot([name]).sheets[0];
    s.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const f = s.formulas?.[r]?.[c] || undefined;
        if (v === null && !f) return;
        out.set(`${name}!${a1(r, c)}`, { v, f });
      }),
    );
  }
  return out;
}

function samaNilai(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
  // An error's message is not kept by .xlsx (Excel keeps only the code): compare the codes.
  if (typeof a === 'string' && typeof b === 'string' && a.startsWith('#') && b.startsWith('#')) return a.split(' ')[0] === b.split(' ')[0];
  return a === b;
}

describe('.xlsx: export and import with ExcelJS', () => {
  let bk: BukuKerjaWeb;
  let bytes: Uint8Array;
  beforeAll(async () => {
    bk = await contoh();
    await buatBridgeWeb(bk).buatRapk();
    // An error in the workbook travels as an error.
    bk.isiSel(SHEET.PK, BARIS_DATA + 3, 9, 0);
    bytes = await eksporXlsx(bk);
    fs.mkdirSync(path.join(__dirname, '..', 'test-output'), { recursive: true });
    fs.writeFileSync(path.join(__dirname, '..', 'test-output', 'web-contoh-2019.xlsx'), bytes);
  });

  test('the file holds Excel-form formulas with cached results, formats, lists, colours and frozen panes', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(bk.namaLembar());
    const ws = wb.getWorksheet(SHEET.PENGUKURAN)!;
    const cap = ws.getCell(BARIS_DATA + 1, UK('Capaian') + 1);
    const v = cap.value as ExcelJS.CellFormulaValue;
    expect(v.formula).toMatch(/^IF\(J5="","",KINERJA\.CAPAIAN\(J5,I5,/);
    expect(r2(v.result)).toBe(98.27);
    expect(cap.numFmt).toBe('0.00');
    const kepala = ws.getCell(BARIS_HEADER + 1, 1);
    expect(kepala.value).toBe('No');
    expect(kepala.font?.bold).toBe(true);
    expect((kepala.fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FF1F4E78');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: BARIS_HEADER + 1 });
    const cfs = (ws as unknown as { conditionalFormattings: Array<{ ref: string; rules: Array<{ type: string; operator: string; formulae: string[] }> }> }).conditionalFormattings;
    const kriteria = cfs.find((c) => c.ref === 'L5:L54')!;
    expect(kriteria.rules.map((r) => [r.type, r.operator, r.formulae[0]])).toContainEqual(['cellIs', 'equal', '"Baik"']);
    const pk = wb.getWorksheet(SHEET.PK)!;
    const dv = (pk as unknown as { dataValidations: { model: Record<string, { type: string; formulae: string[] }> } }).dataValidations.model;
    expect(dv.I5).toMatchObject({ type: 'list', formulae: ['"positif,negatif,negatif-rasio"'] });
    expect(Math.round(pk.getColumn(5).width!)).toBe(45); // 320 px
    // The planted error: capaian of IK04 against target 0.
    const galat = ws.getCell(BARIS_DATA + 4, UK('Capaian') + 1).value as ExcelJS.CellFormulaValue;
    expect(galat.result).toEqual({ error: '#DIV/0!' });
  });

  test('every formula of the engine is in the file, those whose value is still blank too, each with its cached value', async () => {
    // The cached values as the file holds them (ExcelJS reads a cached 0 or "" back as no result).
    const zip = await JSZip.loadAsync(bytes);
    const xml = (s: string): string => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
    const berkas = new Map<string, { t: string; f: string; v: string }>();
    for (let i = 0; i < bk.namaLembar().length; i++) {
      const teks = await zip.file(`xl/worksheets/sheet${i + 1}.xml`)!.async('string');
      for (const m of teks.matchAll(/<c r="([A-Z]+\d+)"([^>]*)><f>([^<]*)<\/f><v>([^<]*)<\/v><\/c>/g)) {
        berkas.set(`${bk.namaLembar()[i]}!${m[1]}`, { t: / t="(\w+)"/.exec(m[2])?.[1] ?? 'n', f: xml(m[3]), v: xml(m[4]) });
      }
    }
    const beda: string[] = [];
    let jumlah = 0;
    let kosong = 0;
    for (const name of bk.namaLembar()) {
      bk.hf.getSheetFormulas(bk.idLembar(name)!).forEach((row, r) =>
        row.forEach((f, c) => {
          if (!f) return;
          jumlah++;
          const v = bk.nilai(name, r, c);
          const x = berkas.get(`${name}!${a1(r, c)}`);
          if (v === null || v === '') kosong++;
          const sama =
            !!x &&
            x.f === rumusKeExcel(f) &&
            (v === null || v === ''
              ? x.t === 'str' && x.v === ''
              : typeof v === 'number'
                ? x.t === 'n' && Math.abs(Number(x.v) - v) <= 1e-9 * Math.max(1, Math.abs(v))
                : typeof v === 'string' && v.startsWith('#')
                  ? x.t === 'e' && x.v === v.split(' ')[0]
                  : x.t === 'str' && x.v === String(v));
          if (!sama) beda.push(`${name}!${a1(r, c)} ${f} = ${JSON.stringify(v)} → ${JSON.stringify(x)}`);
        }),
      );
    }
    expect(beda).toEqual([]);
    // Read back with ExcelJS: as many formulas as the engine holds.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    let diBerkas = 0;
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => void (cell.formula ? diBerkas++ : 0))));
    expect(diBerkas).toBe(jumlah);
    // The RAPK quarters nobody has typed yet are most of them.
    expect(kosong).toBeGreaterThan(100);
  });

  test('after Buka .xlsx, a realisasi B12 typed into RAPK recomputes its capaian and kriteria', async () => {
    const bk2 = new BukuKerjaWeb();
    await imporXlsx(bk2, bytes);
    const rapk = bk2.bacaSnapshot([SHEET.RAPK]).sheets[0];
    const h = rapkHeaders();
    const kepala = rapk.values.findIndex((row) => row[h.indexOf('Kode')] === 'Kode');
    const ik01 = rapk.values.findIndex((row, i) => i > kepala && row[h.indexOf('Kode')] === 'IK01');
    const col = (n: string): number => h.indexOf(n);
    expect(bk2.nilai(SHEET.RAPK, ik01, col('Capaian B12'))).toBeNull();
    bk2.isiSel(SHEET.RAPK, ik01, col('Realisasi B12'), 54.3);
    expect(r2(bk2.nilai(SHEET.RAPK, ik01, col('Capaian B12')))).toBe(100);
    expect(bk2.nilai(SHEET.RAPK, ik01, col('Kriteria B12'))).toBe('Baik');
    expect(bk2.nilai(SHEET.RAPK, ik01, col('NPS Sasaran B12'))).not.toBeNull();
  });

  test('rows with wrapped text long enough for two lines get the height for them; single-line rows keep the default', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const pk = wb.getWorksheet(SHEET.PK)!;
    const kol = (h: string): number => bk.bacaSnapshot([SHEET.PK]).sheets[0].values[BARIS_HEADER].indexOf(h);
    const sasaran = kol('Sasaran');
    const lebar = bk.metaLembar(SHEET.PK).lebar[sasaran];
    expect(bk.metaLembar(SHEET.PK).gaya.get(kunciSel(BARIS_DATA, sasaran))?.wrap).toBe(true);
    let panjang = 0;
    INDIKATOR_2019.forEach((_, i) => {
      const r = BARIS_DATA + i;
      const teks = String(pk.getCell(r + 1, sasaran + 1).value ?? '');
      const tinggi = pk.getRow(r + 1).height;
      // A name wider than its column (about 6,5 px a character) needs at least two lines.
      if (teks.length * 6.5 > lebar + 20) {
        expect({ teks, tinggi: (tinggi ?? 0) >= 30 }).toEqual({ teks, tinggi: true });
        panjang++;
      }
    });
    expect(panjang).toBeGreaterThan(5);
    expect(pk.getRow(BARIS_HEADER + 1).height ?? 15).toBeLessThanOrEqual(15);
  });

  test('read back: the same sheets, values and formulas (and the side model)', async () => {
    const bk2 = new BukuKerjaWeb();
    const h = await imporXlsx(bk2, bytes);
    expect(h.lembar).toEqual(bk.namaLembar());
    const a = semuaSel(bk);
    const b = semuaSel(bk2);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    const beda: string[] = [];
    for (const [k, x] of a) {
      const y = b.get(k)!;
      if (x.f !== y.f) beda.push(`${k} rumus ${x.f} ≠ ${y.f}`);
      if (!samaNilai(x.v, y.v)) beda.push(`${k} nilai ${String(x.v)} ≠ ${String(y.v)}`);
    }
    expect(beda).toEqual([]);
    for (const name of bk.namaLembar()) {
      const m1 = bk.metaLembar(name);
      const m2 = bk2.metaLembar(name);
      expect(m2.beku).toEqual(m1.beku);
      expect(m2.gaya).toEqual(m1.gaya);
      expect(m2.lebar.map((w, i) => Math.abs(w - m1.lebar[i]) <= 1)).not.toContain(false);
      expect(new Set(m2.daftar.map((d) => JSON.stringify(d)))).toEqual(new Set(m1.daftar.map((d) => JSON.stringify(d))));
      expect(m2.warna.map((w) => JSON.stringify(w)).sort()).toEqual(m1.warna.map((w) => JSON.stringify(w)).sort());
    }
    // Periksa reads the imported workbook as it read the original.
    const p1 = await buatBridgeWeb(bk).periksa();
    const p2 = await buatBridgeWeb(bk2).periksa();
    expect(p2.temuan.map((t) => `${t.sheet}!${t.sel} ${t.kode}`)).toEqual(p1.temuan.map((t) => `${t.sheet}!${t.sel} ${t.kode}`));
  });

  test('add-in formulas as Excel writes them (_xldudf_KINERJA_CAPAIAN) are read back as Kinerja functions', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Uji');
    ws.getCell('A1').value = 53.36;
    ws.getCell('B1').value = 54.3;
    ws.getCell('A2').value = 86.05;
    ws.getCell('B2').value = 89;
    ws.getCell('C1').value = { formula: '_xldudf_KINERJA_CAPAIAN(A1,B1)', result: 98.27 } as ExcelJS.CellFormulaValue;
    ws.getCell('C2').value = { formula: '_xludf.KINERJA.CAPAIAN(A2,B2)', result: 96.69 } as ExcelJS.CellFormulaValue;
    ws.getCell('D1').value = { formula: '_xldudf_KINERJA_TINGKAT_EFISIENSI(100,98)', result: 0.0204 } as ExcelJS.CellFormulaValue;
    ws.getCell('D2').value = { formula: '_xldudf_KINERJA_KRITERIA(_xldudf_KINERJA_NPS(C1:C2))', result: 'Baik' } as ExcelJS.CellFormulaValue;
    ws.getCell('E1').value = { formula: 'CONCATENATE("_xldudf_KINERJA_CAPAIAN(",A1)', result: '' } as ExcelJS.CellFormulaValue;
    ws.getCell('E2').value = { formula: '_xlfn.IFS(A1>50,"ya",TRUE,"tidak")', result: 'ya' } as ExcelJS.CellFormulaValue;
    ws.getCell('F1').value = '100%';
    ws.getCell('F2').value = '=bukan rumus';
    const buf = await wb.xlsx.writeBuffer();
    const bk = new BukuKerjaWeb();
    await imporXlsx(bk, new Uint8Array(buf as ArrayBuffer));
    expect(bk.rumus('Uji', 0, 2)).toBe('=KINERJA.CAPAIAN(A1,B1)');
    expect(bk.rumus('Uji', 1, 2)).toBe('=KINERJA.CAPAIAN(A2,B2)');
    expect(bk.rumus('Uji', 0, 3)).toBe('=KINERJA.TINGKAT_EFISIENSI(100,98)');
    expect(bk.rumus('Uji', 1, 3)).toBe('=KINERJA.KRITERIA(KINERJA.NPS(C1:C2))');
    expect(r2(bk.nilai('Uji', 0, 2))).toBe(98.27);
    expect(r2(bk.nilai('Uji', 1, 2))).toBe(96.69);
    expect(bk.nilai('Uji', 0, 3)).toBeCloseTo(100 / 98 - 1, 10); // TE is a ratio
    expect(bk.nilai('Uji', 1, 3)).toBe('Baik');
    // Text inside a string literal is left alone; _xlfn. goes.
    expect(bk.rumus('Uji', 0, 4)).toBe('=CONCATENATE("_xldudf_KINERJA_CAPAIAN(",A1)');
    expect(bk.nilai('Uji', 1, 4)).toBe('ya');
    // Texts stay texts.
    expect(bk.nilai('Uji', 0, 5)).toBe('100%');
    expect(bk.nilai('Uji', 1, 5)).toBe('=bukan rumus');
  });

  test('rumusDariExcel: every registry name, every spelling; nothing else touched', () => {
    expect(rumusDariExcel('=_xldudf_KINERJA_CAPAIAN(J5,I5,G5)')).toBe('=KINERJA.CAPAIAN(J5,I5,G5)');
    expect(rumusDariExcel('_xldudf_kinerja_capaian(J5,I5)')).toBe('KINERJA.CAPAIAN(J5,I5)');
    expect(rumusDariExcel('_xludf.KINERJA.RASIO(A1,B1)+_xludf.ANGKA("1,5")')).toBe('KINERJA.RASIO(A1,B1)+KINERJA.ANGKA("1,5")');
    expect(rumusDariExcel('IF(A1="","",CAPAIAN(A1,B1))')).toBe('IF(A1="","",KINERJA.CAPAIAN(A1,B1))');
    expect(rumusDariExcel('KINERJA.EFISIENSI(A1,B1)/_xldudf_KINERJA_KATEGORI_EFISIENSI(A1,B1)')).toBe('KINERJA.EFISIENSI(A1,B1)/KINERJA.KATEGORI_EFISIENSI(A1,B1)');
    expect(rumusDariExcel("'NPS (2019)'!A1+SUM(A1:A3)")).toBe("'NPS (2019)'!A1+SUM(A1:A3)");
    expect(rumusDariExcel('MYNPS(A1)+X.NPS(A1)')).toBe('MYNPS(A1)+X.NPS(A1)');
  });

  test('a file without sheets is refused in Indonesian; bacaXlsx reads without touching the workbook', async () => {
    const wb = keExcelJS(new BukuKerjaWeb());
    wb.addWorksheet('Kosong');
    const buf = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const r = await bacaXlsx(buf);
    expect(r.lembar.map((l) => l.name)).toEqual(['Kosong']);
    await expect(imporXlsx(new BukuKerjaWeb(), new Uint8Array(0))).rejects.toThrow();
  });

  test('a file that is not an .xlsx is refused as BukanXlsx (the library reason kept apart) and leaves the workbook as it was', async () => {
    const bk = await contoh();
    const sebelum = bk.namaLembar();
    const bukan = new TextEncoder().encode('bukan excel\n');
    const e = await imporXlsx(bk, bukan).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(BukanXlsx);
    expect((e as BukanXlsx).name).toBe('BukanXlsx');
    expect((e as BukanXlsx).message).toMatch(/rusak atau bukan file Excel/);
    expect((e as BukanXlsx).rincian).toMatch(/zip/i);
    await expect(bacaXlsx(bukan)).rejects.toBeInstanceOf(BukanXlsx);
    expect(bk.namaLembar()).toEqual(sebelum);
  });
});

describe('why a cell shows an error, in Indonesian (the grid line under the formula bar and the tooltip)', () => {
  function galat(rumus: string): DetailedCellError {
    const bk = new BukuKerjaWeb();
    bk.muat([{ name: 'S', isi: [[rumus]] }]);
    const v = bk.hf.getCellValue({ sheet: bk.idLembar('S')!, row: 0, col: 0 });
    expect(v).toBeInstanceOf(DetailedCellError);
    return v as DetailedCellError;
  }
  test.each<[string, RegExp]>([
    // Kinerja's own messages are Indonesian already: kept.
    ['=KINERJA.CAPAIAN(5,0)', /^target 0: capaian tidak dapat dihitung$/],
    ['=KINERJA.CAPAIAN(5,"abc")', /^target "abc" bukan angka/],
    // HyperFormula's: translated, or the meaning of the code when it has none.
    ['=1/0', /^pembagian dengan nol/],
    ['=A9+"x"', /^nilai tidak dapat dibaca sebagai angka$/],
    ['=FOO(1)', /^fungsi FOO tidak dikenal$/],
    ['=SUM(', /^rumus tidak dapat dibaca/],
    ['=NA()', /^nilai tidak tersedia/],
    ['=Z99!A1', /^lembar yang dirujuk tidak ada$/],
    ['=SQRT(-1)', /^hasilnya bukan angka atau tak terhingga$/],
    ['=A1', /^rujukan melingkar/],
  ])('%s → %s', (rumus, pola) => {
    const e = galat(rumus);
    const m = pesanGalat(e);
    expect(m).toMatch(pola);
    // No English left: no HyperFormula sentence comes through.
    expect(m).not.toMatch(/\b(the|cannot|not recognized|error|value|expected)\b/i);
    const t = tampilNilai(e);
    expect(t).toEqual({ teks: e.value, jenis: 'galat', judul: `${e.value} — ${m}` });
  });
});

describe('how the grid shows numbers (Indonesian)', () => {
  test.each<[number, string | undefined, string]>([
    [98.2688766, '#,##0.00', '98,27'],
    [98.2688766, '0.00', '98,27'],
    [1384303000, '"Rp"#,##0', 'Rp1.384.303.000'],
    [1384303000, '#,##0', '1.384.303.000'],
    [1.0204, '0.0000', '1,0204'],
    [0.9944, '0.00%', '99,44%'],
    [1, '0%', '100%'],
    [2019, '0', '2019'],
    [-2.5, '0.00', '-2,50'],
    [77.46, undefined, '77,46'],
    [16153028000, 'General', '16153028000'],
    [98.268876611, undefined, '98,26887661'],
  ])('%d with %s → %s', (n, kode, hasil) => {
    expect(formatAngka(n, kode)).toBe(hasil);
  });
  test('General keeps about 10 significant digits', () => {
    expect(angkaUmum(0.1 + 0.2)).toBe('0,3');
    expect(angkaUmum(0)).toBe('0');
  });
});

describe('HyperFormula stays out of the Excel and Sheets bundles', () => {
  const dist = path.join(__dirname, '..', 'dist');
  const files = ['excel/functions.js', 'excel/taskpane.js', 'gas/Code.js', 'gas/Sidebar.html'].map((f) => path.join(dist, f)).filter((f) => fs.existsSync(f));
  (files.length ? test : test.skip)('no HyperFormula or ExcelJS code in dist/excel and dist/gas', () => {
    for (const f of files) {
      const src = fs.readFileSync(f, 'utf8');
      expect({ f, hf: /HyperFormula|gpl-v3/.test(src), exceljs: /exceljs|ExcelJS/.test(src) }).toEqual({ f, hf: false, exceljs: false });
    }
  });
});

// Keep the key helper in use (grid and xlsx share it).
test('kunciSel separates rows and columns', () => {
  expect(kunciSel(1, 0)).not.toBe(kunciSel(0, 1));
  expect(getSheet({ host: 'web', sheets: [{ name: 'PK', values: [] }] }, 'pk')?.name).toBe('PK');
});

test('TRUE and FALSE constants from Excel become TRUE() and FALSE()', () => {
  expect(rumusDariExcel('IF(A1,TRUE,FALSE)')).toBe('IF(A1,TRUE(),FALSE())');
  expect(rumusDariExcel('IF(A1,TRUE(),"TRUE")')).toBe('IF(A1,TRUE(),"TRUE")');
  expect(rumusDariExcel('TRUEX+TRUE!A1')).toBe('TRUEX+TRUE!A1');
});

describe('what the user types, read the Indonesian way', () => {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { bacaKetikan } = require('../web/format-angka') as typeof import('../web/format-angka');
  test.each<[string, unknown]>([
    ['54,3', { isi: 54.3 }],
    ['1.384.303.000', { isi: 1384303000 }],
    ['77.46', { isi: 77.46 }],
    ['-2,5', { isi: -2.5 }],
    ['99,44%', { isi: 0.9944, format: '0.00%' }],
    ['100%', { isi: 1, format: '0%' }],
    ['WTP', { isi: 'WTP' }],
    ['Rp1.384.303.000,-', { isi: 'Rp1.384.303.000,-' }],
    ['', { isi: null }],
    ['=KINERJA.CAPAIAN(J5;54,3)', { isi: '=KINERJA.CAPAIAN(J5,54.3)' }],
    ['=IF(A1="a;b";1,5;2)', { isi: '=IF(A1="a;b",1.5,2)' }],
    ['=KINERJA.CAPAIAN(J5,I5)', { isi: '=KINERJA.CAPAIAN(J5,I5)' }],
  ])('%s', (teks, hasil) => {
    const r = bacaKetikan(teks);
    if (typeof (hasil as { isi: unknown }).isi === 'number') {
      expect(r.isi as number).toBeCloseTo((hasil as { isi: number }).isi, 10);
      expect(r.format).toBe((hasil as { format?: string }).format);
    } else expect(r).toEqual(hasil);
  });
});

describe('LibreOffice opens the exported file (only where soffice is installed)', () => {
  const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => fs.existsSync(p));
  (SOFFICE ? test : test.skip)('Pengukuran shows Tabel 4 from the cached results, without the add-in', async () => {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const { execFileSync } = require('child_process') as typeof import('child_process');
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const os = require('os') as typeof import('os');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-lo-'));
    try {
      const bk = await contoh();
      fs.writeFileSync(path.join(dir, 'contoh.xlsx'), await eksporXlsx(bk));
      execFileSync(SOFFICE!, ['--headless', `-env:UserInstallation=file://${dir}/profil`, '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,UTF8,1,,0,false,true,false,false,false,-1', '--outdir', dir, path.join(dir, 'contoh.xlsx')], { stdio: 'ignore', timeout: 170_000 });
      const csv = fs.readFileSync(path.join(dir, 'contoh-Pengukuran.csv'), 'utf8').split('\n').map((l) => l.split(','));
      expect(r2(Number(csv[BARIS_DATA][UK('Capaian')]))).toBe(98.27);
      expect(csv[BARIS_DATA][UK('Kriteria')]).toBe('Baik');
      const org = csv.find((row) => row[0] === LABEL_ORGANISASI)!;
      expect(r2(Number(org[1]))).toBe(ORGANISASI_NPS_2019);
      expect(org[2]).toBe('Baik');
      expect(csv.flat().filter((x) => x.startsWith('#NAME'))).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
