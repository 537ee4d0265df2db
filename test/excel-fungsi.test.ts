/**
 * An input cell that holds an error, through what ships: dist/excel/functions.json
 * lets the error reach the function (allowErrorForDataTypeAny), and
 * dist/excel/functions.js answers with Kinerja's Indonesian reason instead of
 * Excel's bare error. Excel hands such a cell over as `new CustomFunctions.Error(code)`
 * (the runtime keeps the code, not the message).
 */
import fs from 'fs';
import path from 'path';
import { DIST, FakeCfError, loadExcelFunctions, normalExcel, Normal } from './helpers/bundles';
import { FUNCTIONS } from '../core/functions';

/** Every error code Excel may hand over (CustomFunctions.ErrorCode, and newer ones a cell can hold). */
const KODE = ['#VALUE!', '#N/A', '#DIV/0!', '#NUM!', '#NULL!', '#NAME?', '#REF!', '#SPILL!', '#CALC!'];

/** A valid call of each function (every required argument), so that the error is the only fault. */
const SAH: Record<string, unknown[]> = {
  CAPAIAN: ['53,36', 54.3, 'positif', 120, null],
  RASIO: [45, 50],
  NPS: [[[100], [95]], [[1], [2]]],
  KRITERIA: [106.37, null],
  PREDIKAT_AKIP: [78.35],
  SERAPAN: ['Rp379.075.701.650', 'Rp386.738.331.000'],
  EFISIENSI: [100, 98],
  TINGKAT_EFISIENSI: [100, 98],
  KATEGORI_EFISIENSI: [100, 98],
  TARGET_TW: [100, 2, 'kumulatif'],
  ANGKA: ['Rp1.384.303.000,-'],
};

/**
 * Where a parameter is read only for some inputs, the call in which it is read:
 * CAPAIAN's skala (the qualitative scales) matters only when realisasi and target
 * are labels; with numbers an error there changes nothing and the number stands.
 */
const DIPAKAI: Record<string, unknown[]> = {
  'CAPAIAN.skala': ['WTP', 'WTP', null, null, null],
};

/** Words an Indonesian reason is made of here (an English or empty message matches none). */
const INDONESIA = /\b(sel|galat|berisi|harus|bukan|kosong|baris|kolom|tidak|sumber|skala)\b/i;

const sel = (v: unknown): unknown[][] => (Array.isArray(v) ? (v as unknown[][]) : [[v]]);

describe('functions.json: galat di sel masukan sampai ke fungsi Kinerja', () => {
  const meta = JSON.parse(fs.readFileSync(path.join(DIST, 'excel', 'functions.json'), 'utf8'));
  test('allowErrorForDataTypeAny di tingkat atas, dan setiap parameter bertipe any (bendera itu hanya berlaku untuk any)', () => {
    expect(meta.allowErrorForDataTypeAny).toBe(true);
    for (const f of meta.functions) for (const p of f.parameters) expect({ f: f.id, p: p.name, type: p.type }).toEqual({ f: f.id, p: p.name, type: 'any' });
  });
});

describe('functions.js: sel masukan berisi galat → alasan dalam bahasa Indonesia', () => {
  const { fns } = loadExcelFunctions();
  const panggil = (nama: string, args: unknown[]): Normal => normalExcel(fns[nama](...args.map((a) => (a === null ? null : sel(a)))));

  test('tabel panggilan sah mencakup setiap fungsi registry, dan setiap panggilan sah memberi nilai', () => {
    expect(Object.keys(SAH).sort()).toEqual(FUNCTIONS.map((f) => f.name).sort());
    for (const f of FUNCTIONS) {
      expect(SAH[f.name]).toHaveLength(f.params.length);
      expect({ f: f.name, hasil: panggil(f.name, SAH[f.name]) }).not.toEqual({ f: f.name, hasil: expect.objectContaining({ error: expect.anything() }) });
    }
    for (const [k, args] of Object.entries(DIPAKAI)) {
      expect({ k, hasil: panggil(k.split('.')[0], args) }).not.toEqual({ k, hasil: expect.objectContaining({ error: expect.anything() }) });
    }
  });

  const kasus = FUNCTIONS.flatMap((f) => f.params.flatMap((p, i) => KODE.map((kode) => [f.name, p.name, i, kode] as const)));
  test.each(kasus)('%s(%s, argumen %s) … galat %s', (nama, param, i, kode) => {
    const args = [...(DIPAKAI[`${nama}.${param}`] ?? SAH[nama])];
    args[i] = new FakeCfError(kode);
    const hasil = panggil(nama, args);
    // Never a number or a text as if nothing were wrong.
    expect(hasil).toEqual(expect.objectContaining({ error: expect.any(String) }));
    const { error, message } = hasil as { error: string; message?: string };
    if (error === '#VALUE!' || error === '#N/A') {
      // Excel shows a message with these two codes: it must be Kinerja's Indonesian reason.
      expect(message).toMatch(INDONESIA);
    } else {
      // #DIV/0! and #NUM! carry no message in Excel; the input's own code travels on.
      expect(error).toBe(kode);
    }
  });

  test('dalam range, hanya sel yang galat yang menjadi galat; sel lain tetap dihitung', () => {
    const hasil = panggil('CAPAIAN', [[[50], [new FakeCfError('#REF!')], [45]], [[100], [100], [50]]]) as Normal[][];
    expect(hasil[0][0]).toBe(50);
    expect(hasil[1][0]).toEqual({ error: '#VALUE!', message: expect.stringMatching(INDONESIA) });
    expect(hasil[2][0]).toBe(90);
  });

  test('NPS menamai baris capaian yang berisi galat', () => {
    const hasil = panggil('NPS', [[[100], [new FakeCfError('#N/A')]], [[1], [1]]]);
    expect(hasil).toEqual({ error: '#N/A', message: expect.stringMatching(/baris 2/) });
  });
});

describe('sel kosong: IF(x="","",…) dari README memberi fungsi teks kosong, yang dibaca sama dengan sel kosong', () => {
  const { fns } = loadExcelFunctions();
  const jalan = (nama: string, ...args: unknown[]): Normal => normalExcel(fns[nama](...args));

  test('CAPAIAN dan KRITERIA: "" sama dengan kosong (null, Excel di web), sedangkan 0 (Excel desktop) memberi angka', () => {
    expect(jalan('CAPAIAN', [['']], [[54.3]])).toEqual(jalan('CAPAIAN', [[null]], [[54.3]]));
    expect(jalan('CAPAIAN', [['']], [[54.3]])).toBe('');
    expect(jalan('CAPAIAN', [[0]], [[54.3]])).toBe(0);
    expect(jalan('KRITERIA', [['']])).toBe('');
  });

  test('NPS atas range: baris "" dilewati seperti baris kosong, baris 0 ikut dihitung', () => {
    const capaian = (isi: unknown) => [[100], [isi], [90]];
    const bobot = [[1], [1], [1]];
    expect(jalan('NPS', capaian(''), bobot)).toEqual(jalan('NPS', capaian(null), bobot));
    expect(jalan('NPS', capaian(''), bobot)).toBe(95);
    expect(jalan('NPS', capaian(0), bobot)).not.toBe(95);
  });
});
