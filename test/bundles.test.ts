/**
 * The built bundles answer the functions correctly in both hosts' stubs, and
 * one table of cases gives identical results in Excel and Google Sheets.
 */
import fs from 'fs';
import path from 'path';
import { DIST, loadExcelFunctions, loadGas, callGas, normalExcel, Normal } from './helpers/bundles';
import { FUNCTIONS } from '../core/functions';
import { makeFakeSpreadsheet, Recorder } from './helpers/fake-sheets';

type Case = [name: string, args: unknown[], expected: Normal | ((v: Normal) => void)];

const close = (x: number, digits = 6) => (v: Normal) => {
  expect(typeof v).toBe('number');
  expect(v as number).toBeCloseTo(x, digits);
};
const isError = (code: string, messagePart?: string) => (v: Normal) => {
  expect(v).toMatchObject({ error: code });
  if (messagePart) expect((v as { message?: string }).message ?? '').toContain(messagePart);
};

const SKALA_OPINI = [
  ['Opini BPK', 'TMP', 1],
  ['', 'TW', 2],
  ['', 'WDP', 3.5],
  ['', 'WTP', 4],
  ['', '', ''],
];

const CASES: Case[] = [
  ['CAPAIAN', [53.36, 54.3], close(98.2688766)],
  ['CAPAIAN', ['53,36', '54,3'], close(98.2688766)],
  ['CAPAIAN', ['99,44%', '100%'], close(99.44)],
  ['CAPAIAN', ['WDP', 'WTP'], 75],
  ['CAPAIAN', ['WTP', 'WTP'], 100],
  ['CAPAIAN', [8, 10, 'negatif'], close(120)],
  ['CAPAIAN', [8, 10, 'negatif-rasio'], close(125)],
  ['CAPAIAN', [72, '80–90'], close(90)],
  ['CAPAIAN', [80.62, 61, '', 120], 120],
  ['CAPAIAN', ['', 54.3], ''],
  ['CAPAIAN', [5, 0], isError('#DIV/0!')],
  ['CAPAIAN', ['sembilan', 54.3], isError('#VALUE!', '"sembilan"')],
  ['CAPAIAN', [99.44, 1], isError('#VALUE!', 'satuan berbeda')],
  ['CAPAIAN', [[[53.36], ['x'], [''], [77.46]], [[54.3], [10], [5], [72]]], (v) => {
    const m = v as Normal[][];
    expect(m.length).toBe(4);
    expect(m[0][0] as number).toBeCloseTo(98.2689, 3);
    expect(m[1][0]).toMatchObject({ error: '#VALUE!' });
    expect(m[2][0]).toBe('');
    expect(m[3][0] as number).toBeCloseTo(107.5833, 3);
  }],
  // skala: a 3-column table (Skala, Label, Skor) as on the Pengaturan sheet, read whole (not broadcast).
  ['CAPAIAN', ['WDP', 'WTP', '', '', SKALA_OPINI], close(87.5)],
  ['CAPAIAN', ['wajar dengan pengecualian', 'wtp', '', '', SKALA_OPINI], close(87.5)],
  ['CAPAIAN', [[['WDP'], ['WTP'], [45]], [['WTP'], ['WTP'], [50]], '', '', SKALA_OPINI], [[87.5], [100], [90]]],
  ['CAPAIAN', ['WDP', 'WTP', '', '', [['Opini BPK', 'WDP', 'tiga'], ['', 'WTP', 4]]], isError('#VALUE!', 'skor "tiga" untuk label "WDP" (skala "Opini BPK") bukan angka')],
  ['CAPAIAN', ['WTP', 'A', '', '', [...SKALA_OPINI, ['Predikat AKIP', 'A', 6]]], isError('#VALUE!', 'label dari skala berbeda')],
  ['RASIO', [45, 50], close(90)],
  ['RASIO', [45, 0], isError('#DIV/0!')],
  ['NPS', [[[98.2688766], [100]], [[2], [1]]], close(98.8459, 3)],
  ['NPS', [[[86.05 / 89 * 100], [97.93 / 85 * 100]], [[1], [2]]], (v) => expect(Math.round((v as number) * 100) / 100).toBe(109.04)],
  ['NPS', [[[90], [''], [100]]], close(95)],
  ['KRITERIA', [106.37], 'Baik'],
  ['KRITERIA', [120], 'Sangat Baik'],
  ['KRITERIA', [132.16], 'Tidak Dapat Disimpulkan'],
  ['KRITERIA', [[[59], [99]], [['', 'Kritis'], [60, 'Oke']]], [['Kritis'], ['Oke']]],
  ['PREDIKAT_AKIP', [78.35], 'BB'],
  ['PREDIKAT_AKIP', [101], isError('#VALUE!', '0–100')],
  ['SERAPAN', ['Rp379.075.701.650,-', 'Rp386.738.331.000,-'], close(98.01865, 4)],
  ['EFISIENSI', [100, 98], close(1.020408, 5)],
  ['TINGKAT_EFISIENSI', [100, 98], close(100 / 98 - 1, 9)],
  ['KATEGORI_EFISIENSI', [90, 98], 'Tidak Efisien'],
  ['TARGET_TW', [100, 2, 'kumulatif'], 50],
  ['TARGET_TW', [54.3, 1, 'akhir'], ''],
  ['TARGET_TW', [[[100, 100, 100, 100]], [[1, 2, 3, 4]], 'kumulatif'], [[25, 50, 75, 100]]],
  ['ANGKA', ['Rp1.384.303.000,-'], 1384303000],
  ['ANGKA', ['WTP'], isError('#VALUE!', '"WTP"')],
];

function excelArgs(name: string, args: unknown[]): unknown[] {
  const def = FUNCTIONS.find((f) => f.name === name)!;
  // Excel hands every declared parameter over (matrix dimensionality): [[v]] for one cell, null when omitted.
  return def.params.map((_, i) => (i < args.length ? (Array.isArray(args[i]) ? args[i] : [[args[i]]]) : null));
}

describe('bundel yang dikirim: Excel dan Google Sheets menjawab sama', () => {
  const excel = loadExcelFunctions();
  const gas = loadGas();

  test('Excel mendaftarkan setiap fungsi registry lewat CustomFunctions.associate', () => {
    expect(excel.associated.sort()).toEqual(FUNCTIONS.map((f) => f.name).sort());
  });

  test('Code.js punya fungsi tingkat atas untuk setiap fungsi registry', () => {
    for (const f of FUNCTIONS) expect(typeof gas[f.name]).toBe('function');
  });

  test.each(CASES.map((c, i) => [`${i + 1}. ${c[0]}(${JSON.stringify(c[1]).slice(1, -1)})`, c]))('%s', (_label, c) => {
    const [name, args, expected] = c as Case;
    const fromGas = callGas(gas, name, args);
    const fromExcel = normalExcel(excel.fns[name](...excelArgs(name, args)));
    if (typeof expected === 'function') {
      expected(fromGas);
      expected(fromExcel);
    } else {
      expect(fromGas).toEqual(expected);
      expect(fromExcel).toEqual(expected);
    }
    // Identical across hosts. Excel drops the message only where it cannot show one (#DIV/0!, #NUM!).
    const strip = (v: Normal): Normal =>
      Array.isArray(v) ? v.map((r) => r.map(strip)) : typeof v === 'object' && v && (v.error === '#DIV/0!' || v.error === '#NUM!') ? { error: v.error } : v;
    expect(strip(fromExcel)).toEqual(strip(fromGas));
  });

  test('Sheets: galat satu sel dilempar dengan pesan Indonesia; di dalam range ditulis sebagai teks', () => {
    expect(() => (gas.CAPAIAN as (...a: unknown[]) => unknown)(5, 0)).toThrow('#DIV/0! target 0');
    const m = (gas.CAPAIAN as (...a: unknown[]) => unknown[][])([[5], [5]], [[0], [10]]);
    expect(m[0][0]).toBe('#DIV/0! target 0: capaian tidak dapat dihitung');
    expect(m[1][0]).toBe(50);
  });

  test('Excel: galat #VALUE! membawa pesan Indonesia; #DIV/0! tanpa pesan (Excel tidak menampilkannya)', () => {
    const v = normalExcel(excel.fns.CAPAIAN([['abc']], [[5]], null, null));
    expect(v).toEqual({ error: '#VALUE!', message: 'realisasi "abc" bukan angka dan bukan label yang dikenal (mis. WTP, AA)' });
    expect(normalExcel(excel.fns.RASIO([[1]], [[0]]))).toEqual({ error: '#DIV/0!' });
  });
});

describe('Apps Script: JSDoc dan menu', () => {
  const code = fs.readFileSync(path.join(DIST, 'gas', 'Code.js'), 'utf8');

  test.each(FUNCTIONS.map((f) => [f.name, f]))('%s: fungsi tingkat atas dengan @customfunction dan nama parameter dari registry', (_n, f) => {
    const def = f as (typeof FUNCTIONS)[number];
    const re = new RegExp(`/\\*\\*([\\s\\S]*?)\\*/\\s*function ${def.name}\\(([^)]*)\\)`);
    const m = code.match(re);
    expect(m).not.toBeNull();
    const [, doc, params] = m!;
    expect(doc).toContain('@customfunction');
    expect(doc).toContain(def.description);
    expect(params.split(',').map((s) => s.trim())).toEqual(def.params.map((p) => p.name));
    for (const p of def.params) expect(doc).toContain(`${p.name} ${p.description}`);
  });

  test('tidak ada modul ES di Code.js', () => {
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
  });

  test('onOpen menambahkan menu "Kinerja" dan menu membuka panel dari Sidebar.html', () => {
    const fake = makeFakeSpreadsheet(new Recorder());
    const { menus, sidebars } = fake;
    const ctx = loadGas({ SpreadsheetApp: fake.SpreadsheetApp, HtmlService: fake.HtmlService });
    (ctx.onOpen as () => void)();
    expect(menus).toHaveLength(1);
    expect(menus[0].name).toBe('Kinerja');
    const [, fnName] = menus[0].items[0];
    expect(typeof ctx[fnName]).toBe('function');
    (ctx[fnName] as () => void)();
    expect(sidebars).toEqual([expect.objectContaining({ file: 'Sidebar', title: 'Kinerja' })]);
    expect(fs.existsSync(path.join(DIST, 'gas', 'Sidebar.html'))).toBe(true);
  });
});
