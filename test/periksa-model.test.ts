/**
 * What the model reads for Periksa (core/model), as tables: sheet cells in,
 * the model's facts out. Hand-typed CAPAIAN/KRITERIA over a truly empty cell
 * (Excel desktop hands it over as 0), a sasaran without indicator, the summary
 * below Pengukuran, sheets without their table, the PK target's format.
 */
import { PK_KOLOM } from '../core/pk';
import { SHEET } from '../core/layout';
import { bacaBukuKerja } from '../core/model/bukukerja';
import { bacaKosongJadiNol, bacaRefSel, panggilan } from '../core/model/rumus-pengguna';
import { CellInput } from '../core/values';
import { SheetSnapshot, WorkbookSnapshot } from '../core/workbook';

function lembar(name: string, values: CellInput[][], formulas?: string[][]): SheetSnapshot {
  return formulas ? { name, values, formulas } : { name, values };
}

describe('panggilan dan rujukan sel dalam rumus', () => {
  test.each([
    ['=KINERJA.CAPAIAN(O5,J5)', [{ fungsi: 'CAPAIAN', args: ['O5', 'J5'] }]],
    ['=ROUND(CAPAIAN( $B$2 ; C2 ),2)', [{ fungsi: 'CAPAIAN', args: ['$B$2', 'C2'] }]],
    ['=IF(A1="CAPAIAN(X1)","",KRITERIA(CAPAIAN(B2,C2)))', [{ fungsi: 'KRITERIA', args: ['CAPAIAN(B2,C2)'] }, { fungsi: 'CAPAIAN', args: ['B2', 'C2'] }]],
    ['=MYCAPAIAN(B2,C2)+_xldudf_KINERJA_CAPAIAN(D2,E2)', [{ fungsi: 'CAPAIAN', args: ['D2', 'E2'] }]],
    ['=CAPAIAN("a,b",C2)', [{ fungsi: 'CAPAIAN', args: ['"a,b"', 'C2'] }]],
  ])('%s', (rumus, harap) => {
    expect(panggilan(rumus, ['CAPAIAN', 'KRITERIA'])).toEqual(harap);
  });

  test.each([
    ['X5', { lembar: null, baris: 4, kolom: 23, sel: 'X5' }],
    ['$AF$10', { lembar: null, baris: 9, kolom: 31, sel: 'AF10' }],
    ["'RAPK Lama'!b2", { lembar: 'RAPK Lama', baris: 1, kolom: 1, sel: 'B2' }],
    ['RAPK!AG5', { lembar: 'RAPK', baris: 4, kolom: 32, sel: 'AG5' }],
    ['B2:B9', null],
    ['"B2"', null],
  ])('rujukan %s', (teks, harap) => {
    expect(bacaRefSel(teks)).toEqual(harap);
  });
});

describe('rumus ketikan atas sel yang benar-benar kosong (Excel desktop: 0)', () => {
  // Row 2: B2 empty, C2 target 80, D2 a formula returning "" (not empty for Excel), E2 the formula under test.
  const buku = (rumus: string, nilai: CellInput, b2: CellInput = null, d2 = '=IF(1,"","")'): WorkbookSnapshot => ({
    host: 'excel',
    sheets: [lembar('Data', [['Kode', 'R', 'T', 'F', 'Cek'], ['IK01', b2, 80, '', nilai]], [['', '', '', '', ''], ['', '', '', d2, rumus]]), lembar('Lain', [[null]], [['']])],
  });
  test.each([
    ['=KINERJA.CAPAIAN(B2,C2)', 0, true],
    ['=CAPAIAN(B2,C2,"negatif")', 200, true],
    ['=KINERJA.KRITERIA(B2)', 'Sangat Kurang', true],
    ['=IF(B2="","",KINERJA.CAPAIAN(B2,C2))', 0, false],
    ['=IF(OR(B2="",C2=""),"",CAPAIAN(B2,C2))', 0, false],
    ['=IF(ISBLANK($B$2),"",CAPAIAN($B$2,C2))', 0, false],
    ['=IF(LEN(B2)=0,"",CAPAIAN(B2,C2))', 0, false],
    ['=KINERJA.CAPAIAN(B2,C2)', null, false], // the host handed the empty cell over as blank
    ['=KINERJA.CAPAIAN(B2,C2)', '#VALUE! target kosong', false],
    ['=KINERJA.CAPAIAN(D2,C2)', 0, false], // D2 holds a formula: "" reaches the function as blank text
    ['=KINERJA.CAPAIAN(Lain!A1,C2)', 0, true],
    ['=KINERJA.CAPAIAN(Hilang!A1,C2)', 0, false], // a sheet Periksa did not read: not judged
    ['=KINERJA.CAPAIAN(B2:B3,C2:C3)', 0, false], // a range: not judged
  ])('%s tampil %j → dilaporkan: %s', (rumus, nilai, lapor) => {
    const x = bacaKosongJadiNol(buku(rumus, nilai));
    expect(x.length).toBe(lapor ? 1 : 0);
    if (lapor) expect(x[0]).toMatchObject({ lembar: 'Data', baris: 1, kolom: 4, rumus, nilai });
  });
  test('sel yang dirujuk berisi nilai: tidak dilaporkan', () => {
    expect(bacaKosongJadiNol(buku('=KINERJA.CAPAIAN(B2,C2)', 0, 0))).toEqual([]);
  });
});

describe('PK: sasaran tanpa indikator dan format target', () => {
  const header = [...PK_KOLOM] as CellInput[];
  const baris = (isi: Partial<Record<(typeof PK_KOLOM)[number], CellInput>>): CellInput[] => PK_KOLOM.map((h) => isi[h] ?? null);
  test.each([
    ['sasaran dengan indikator di baris yang sama', [baris({ Sasaran: 'S1', Kode: 'IK01', Indikator: 'A' })], []],
    ['sasaran sendiri, indikator di baris bawahnya', [baris({ Sasaran: 'S1' }), baris({ Kode: 'IK01', Indikator: 'A' })], []],
    ['sasaran kedua tanpa indikator', [baris({ Sasaran: 'S1', Kode: 'IK01', Indikator: 'A' }), baris({ Sasaran: 'S2' })], [{ baris: 2, teks: 'S2' }]],
    ['sasaran yang sama ditulis lagi kemudian berindikator', [baris({ Sasaran: 'S2' }), baris({ Sasaran: 'S1', Kode: 'IK01', Indikator: 'A' }), baris({ Sasaran: ' s2 ', Kode: 'IK02', Indikator: 'B' })], []],
  ])('%s', (_j, rows, harap) => {
    const m = bacaBukuKerja({ host: 'excel', sheets: [lembar(SHEET.PK, [header, ...rows])] });
    expect(m.pk?.sasaranTanpaIndikator).toEqual(harap);
  });
  test('format angka sel target ikut terbaca', () => {
    const s: SheetSnapshot = { name: SHEET.PK, values: [header, baris({ Kode: 'IK01', Indikator: 'A', Target: 1 })], numberFormats: [PK_KOLOM.map(() => 'General'), PK_KOLOM.map((h) => (h === 'Target' ? '0%' : 'General'))] };
    expect(bacaBukuKerja({ host: 'excel', sheets: [s] }).pk?.baris[0].formatTarget).toBe('0%');
  });
});

describe('lembar tanpa tabel', () => {
  test.each([
    ['PK kosong', [lembar(SHEET.PK, [])], [{ nama: 'PK', kosong: true }]],
    ['PK berisi teks lain', [lembar(SHEET.PK, [['Perjanjian Kinerja'], ['No', 'Uraian']])], [{ nama: 'PK', kosong: false }]],
    ['RAPK tanpa judul kolom, Pengukuran kosong', [lembar(SHEET.RAPK, [['catatan saya']]), lembar(SHEET.PENGUKURAN, [[null]])], [{ nama: 'RAPK', kosong: false }, { nama: 'Pengukuran', kosong: true }]],
    ['tanpa lembar sama sekali', [], []],
  ])('%s', (_j, sheets, harap) => {
    expect(bacaBukuKerja({ host: 'sheets', sheets }).tanpaTabel.map(({ nama, kosong }) => ({ nama, kosong }))).toEqual(harap);
  });
});

describe('ringkasan di bawah Pengukuran', () => {
  const KOLOM = ['No', 'Perspektif', 'Sasaran', 'Kode', 'Indikator', 'Satuan', 'Polaritas', 'Bobot', 'Target', 'Realisasi', 'Capaian', 'Kriteria', 'Rumus', 'NPS Sasaran', 'Kriteria Sasaran'];
  const tabel: CellInput[][] = [KOLOM, [1, 'P1', 'S1', 'IK01', 'A', '%', 'positif', 1, 80, 80, 100, 'Baik', '', 100, 'Baik']];
  test.each([
    [
      'dengan kolom Bobot',
      [[], ['Ringkasan'], ['Perspektif', 'NPS', 'Kriteria', 'Bobot'], ['P1', 100, 'Baik', 30], ['Organisasi', 100, 'Baik']],
      { adaBobot: true, rows: [{ baris: 5, label: 'P1', organisasi: false, bobot: 30 }, { baris: 6, label: 'Organisasi', organisasi: true, bobot: null }] },
    ],
    ['ringkasan lama tanpa Bobot', [[], ['Perspektif', 'NPS', 'Kriteria'], ['P1', 100, 'Baik']], { adaBobot: false, rows: [{ baris: 4, label: 'P1', organisasi: false, bobot: null }] }],
    ['catatan di bawah Organisasi bukan bagian ringkasan', [[], ['Perspektif', 'NPS', 'Kriteria', 'Bobot'], ['Organisasi', 100, 'Baik'], ['Catatan: diperbarui Juni']], { adaBobot: true, rows: [{ baris: 4, label: 'Organisasi', organisasi: true, bobot: null }] }],
  ])('%s', (_j, bawah, harap) => {
    const m = bacaBukuKerja({ host: 'web', sheets: [lembar(SHEET.PENGUKURAN, [...tabel, ...(bawah as CellInput[][])])] });
    const r = m.ringkasan!;
    expect({ adaBobot: r.adaBobot, rows: r.rows.map((x) => ({ baris: x.baris, label: x.label, organisasi: x.organisasi, bobot: x.bobot.nilai })) }).toEqual(harap);
  });
});
