/**
 * Checks (core/checks.ts): every rule fires on a workbook built to trigger it,
 * and stays quiet on a near-identical one that doesn't. Workbooks are built
 * from the 2019 example (core/contoh2019.ts) with every computed cell holding
 * the value Kinerja's own formulas give, as a host snapshot would.
 */
import { ATURAN, HasilPeriksa, KodeAturan, Temuan, periksa } from '../core/checks';
import { INDIKATOR_2019, SASARAN_2019, ORGANISASI_NPS_2019 } from '../core/contoh2019';
import { kategoriEfisiensi, efisiensi, rataRata, serapan, tingkatEfisiensi } from '../core/formulas';
import { ANGGARAN_KOLOM, LABEL_ORGANISASI, SHEET, rapkBlok, rapkNpsHeader, rapkTargetHeader } from '../core/layout';
import { PK_KOLOM } from '../core/pk';
import { CellInput, formatAngka } from '../core/values';
import { DEFAULT_PENGATURAN } from '../core/settings';
import { planTemplat } from '../core/templates';
import { SheetSnapshot, WorkbookSnapshot, a1, getSheet, parseA1 } from '../core/workbook';
import { Hitung, Ind, Tulis, hitung, lembarPengukuran, lembarPk, lembarRapk, num, out } from './helpers/periksa-data';

// ---------------------------------------------------------------------------
// Building workbooks

function dariContoh(pilih: (kode: string, capaianTabel5: number) => boolean = () => true): Ind[] {
  const seen = new Set<number>();
  return INDIKATOR_2019.filter((i) => pilih(i.kode, i.capaianTabel5)).map((i) => {
    const first = !seen.has(i.sasaranNo);
    seen.add(i.sasaranNo);
    return {
      no: i.sasaranNo,
      perspektif: i.perspektif,
      sasaran: i.sasaran,
      kode: i.kode,
      indikator: i.indikator,
      iku: i.iku,
      satuan: i.satuan,
      polaritas: i.polaritas,
      target: i.target,
      pola: i.pola,
      realisasi: i.realisasi,
      pagu: first ? SASARAN_2019[i.sasaranNo - 1].pagu : null,
    };
  });
}

/** The clean subset: the 2019 indicators whose capaian is not above 120. */
const BERSIH = (): Ind[] => dariContoh((_, c) => c <= 120);

function lembarAnggaran(inds: Ind[], h: Hitung): SheetSnapshot {
  const t = new Tulis(SHEET.ANGGARAN, ANGGARAN_KOLOM);
  for (const i of inds) {
    if (i.pagu == null) continue;
    const real = Math.round(i.pagu * 0.95);
    const ser = num(serapan(real, i.pagu));
    const outp = h.sasaran.get(i.sasaran) as number;
    t.rekam(
      {
        No: i.no,
        Sasaran: i.sasaran,
        Pagu: i.pagu,
        'Realisasi Anggaran': real,
        Serapan: ser,
        'Capaian Output': outp,
        IE: out(efisiensi(outp, ser)),
        SE: 1,
        TE: out(tingkatEfisiensi(outp, ser)),
        Kategori: out(kategoriEfisiensi(outp, ser)),
      },
      ['Serapan', 'Capaian Output', 'IE', 'TE', 'Kategori'],
    );
  }
  return t.snap();
}

interface OpsiBuku {
  rapk?: boolean;
  anggaran?: boolean;
  kriteriaOrganisasi?: string;
  kriteriaSasaran?: Record<number, string>;
  /** The summary's perspektif bobot, in the order of its rows. */
  bobotPerspektif?: CellInput[];
}

function buku(inds: Ind[] = BERSIH(), opsi: OpsiBuku = {}): WorkbookSnapshot {
  const h = hitung(inds);
  const sheets = [lembarPk(inds)];
  if (opsi.rapk !== false) sheets.push(lembarRapk(inds, { hitung: h }));
  sheets.push(lembarPengukuran(inds, { ...opsi, hitung: h }));
  if (opsi.anggaran !== false) sheets.push(lembarAnggaran(inds, h));
  return { host: 'excel', sheets };
}

// ---------------------------------------------------------------------------
// Editing and addressing

function lembar(wb: WorkbookSnapshot, nama: string): SheetSnapshot {
  const s = getSheet(wb, nama);
  if (!s) throw new Error(`sheet ${nama} tidak ada`);
  return s;
}

/** Write a value (typed unless a formula is given) at an A1 address. */
function ubah(wb: WorkbookSnapshot, nama: string, ref: string, v: CellInput, formula = ''): void {
  const s = lembar(wb, nama);
  const { row, col } = parseA1(ref);
  while (s.values.length <= row) s.values.push([]);
  const f = (s.formulas = s.formulas ?? []);
  while (f.length <= row) f.push([]);
  s.values[row][col] = v;
  f[row][col] = formula;
}

/** Address of a column (by header) on the row of an indicator code (header on row 1). */
function sel(wb: WorkbookSnapshot, nama: string, kode: string, kolom: string): string {
  const s = lembar(wb, nama);
  const header = s.values[0].map((x) => String(x ?? ''));
  const c = header.indexOf(kolom);
  const k = header.indexOf('Kode');
  if (c < 0) throw new Error(`kolom ${kolom} tidak ada di ${nama}`);
  const r = s.values.findIndex((row, i) => i > 0 && row[k] === kode);
  if (r < 0) throw new Error(`kode ${kode} tidak ada di ${nama}`);
  return a1(r, c);
}

function selAnggaran(wb: WorkbookSnapshot, no: number, kolom: string): string {
  const s = lembar(wb, SHEET.ANGGARAN);
  const c = (ANGGARAN_KOLOM as readonly string[]).indexOf(kolom);
  const r = s.values.findIndex((row, i) => i > 0 && row[0] === no);
  return a1(r, c);
}

function barisLabel(wb: WorkbookSnapshot, nama: string, label: string): number {
  return lembar(wb, nama).values.findIndex((row) => row[0] === label);
}

function dengan(h: HasilPeriksa, kode: string): Temuan[] {
  return h.temuan.filter((t) => t.kode === kode);
}

/** Exactly one finding of this rule at this cell; its severity is the rule's. */
function satu(h: HasilPeriksa, kode: KodeAturan, sheet: string, ref: string): Temuan {
  const found = h.temuan.filter((t) => t.kode === kode && t.sheet === sheet && t.sel === ref);
  if (found.length !== 1) {
    throw new Error(`harap 1 temuan ${kode} di ${sheet}!${ref}, dapat ${found.length}; semua: ${JSON.stringify(h.temuan.map((t) => `${t.kode}@${t.sheet}!${t.sel}`))}`);
  }
  expect(found[0].tingkat).toBe(ATURAN[kode].tingkat);
  expect(found[0].saran.length).toBeGreaterThan(10);
  return found[0];
}

// ---------------------------------------------------------------------------
// The clean workbook

describe('buku kerja bersih', () => {
  test('subset contoh 2019 (capaian ≤ 120), keempat tabel: tanpa temuan', () => {
    const h = periksa(buku());
    expect(h.temuan).toEqual([]);
    expect(h.jumlah).toEqual({ Kesalahan: 0, Peringatan: 0, Info: 0 });
    expect(h.ringkasan).toBe('Tidak ada masalah: buku kerja bersih.');
  });

  test('contoh 2019 lengkap (PK + Pengukuran + Anggaran): hanya 3 peringatan capaian > 120, tanpa kesalahan', () => {
    const wb = buku(dariContoh(), { rapk: false });
    const h = periksa(wb);
    expect(h.jumlah.Kesalahan).toBe(0);
    expect(h.temuan.map((t) => t.kode)).toEqual(['capaian-lebih-120', 'capaian-lebih-120', 'capaian-lebih-120']);
    expect(h.temuan.map((t) => t.sel)).toEqual(['IK04', 'IK05', 'IK15'].map((k) => sel(wb, SHEET.PENGUKURAN, k, 'Capaian')));
    expect(h.temuan[0].pesan).toContain('132,16');
    expect(h.temuan[1].pesan).toContain('131,08');
    expect(h.temuan[2].pesan).toContain('128,03');
    expect(h.temuan[0].saran).toMatch(/Reviu target/);
    expect(h.ringkasan).toBe('Tidak ada kesalahan; 3 peringatan.');
  });

  test('organisasi 106,37 = Baik: bersih bila kriteria diketik "Baik"', () => {
    const wb = buku(dariContoh(), { rapk: false, kriteriaOrganisasi: 'Baik' });
    expect(dengan(periksa(wb), 'kriteria-berbeda')).toEqual([]);
  });
});

// ---------------------------------------------------------------------------
// Seed 001's own mistakes

describe('kesalahan LAKIP 2019 (seed 001)', () => {
  test('ringkasan menyebut NPS organisasi 106,37 "Sangat Baik": Tabel 3 menempatkannya di Baik', () => {
    const wb = buku(dariContoh(), { rapk: false, kriteriaOrganisasi: 'Sangat Baik' });
    const h = periksa(wb);
    const r = barisLabel(wb, SHEET.PENGUKURAN, LABEL_ORGANISASI);
    const t = satu(h, 'kriteria-berbeda', SHEET.PENGUKURAN, a1(r, 2));
    expect(t.tingkat).toBe('Kesalahan');
    expect(t.pesan).toContain('"Sangat Baik"');
    expect(t.pesan).toContain(String(ORGANISASI_NPS_2019).replace('.', ','));
    expect(t.pesan).toContain('"Baik"');
    expect(t.saran).toContain('"Baik"');
  });

  test('Tabel 4 menyebut sasaran 10 (111,13) "Baik": Tabel 3 menempatkannya di Sangat Baik', () => {
    const wb = buku(dariContoh(), { rapk: false, kriteriaSasaran: { 10: 'Baik' } });
    const h = periksa(wb);
    const t = satu(h, 'kriteria-berbeda', SHEET.PENGUKURAN, sel(wb, SHEET.PENGUKURAN, 'IK13', 'Kriteria Sasaran'));
    expect(t.pesan).toContain('111,13');
    expect(t.pesan).toContain('"Sangat Baik"');
  });
});

// ---------------------------------------------------------------------------
// Every rule: one workbook that triggers it, one that doesn't

interface Kasus {
  judul: string;
  kode: KodeAturan;
  /** Mutate the clean workbook so that the rule fires; answer where and which text the message must cite. */
  picu: (wb: WorkbookSnapshot) => { sheet: string; sel: string; sebut: string[] };
  /** A near-miss of the same mutation that must not fire the rule. */
  aman: (wb: WorkbookSnapshot) => void;
  /** Start from another workbook than the clean one. */
  awal?: () => WorkbookSnapshot;
}

const PK = SHEET.PK;
const RAPK = SHEET.RAPK;
const UKUR = SHEET.PENGUKURAN;
const ANGG = SHEET.ANGGARAN;
const [A_B6, B_B6, R_B6] = rapkBlok('B6');
const [A_B3] = rapkBlok('B3');
const R_B3 = rapkBlok('B3')[2];

function hapusBaris(wb: WorkbookSnapshot, nama: string, kode: string): void {
  const s = lembar(wb, nama);
  const k = s.values[0].indexOf('Kode');
  const r = s.values.findIndex((row, i) => i > 0 && row[k] === kode);
  s.values.splice(r, 1);
  s.formulas?.splice(r, 1);
}

function tambahBarisPk(wb: WorkbookSnapshot, isi: Partial<Record<(typeof PK_KOLOM)[number], CellInput>>): string {
  const s = lembar(wb, PK);
  s.values.push(PK_KOLOM.map((h) => (h in isi ? (isi[h] as CellInput) : null)));
  s.formulas?.push(PK_KOLOM.map(() => ''));
  return String(s.values.length);
}

const ATUR = SHEET.PENGATURAN;

/** The clean workbook with the template's own Pengaturan sheet. */
function denganPengaturan(): WorkbookSnapshot {
  const wb = buku();
  const t = planTemplat({ host: 'excel', sheets: [] }, { contoh: false });
  if (!t.ok) throw new Error(t.pesan);
  const op = t.plan.ops.find((o) => o.op === 'setValues' && o.sheet === ATUR);
  if (!op || op.op !== 'setValues') throw new Error('templat tanpa Pengaturan');
  wb.sheets.push({ name: ATUR, values: op.values.map((r) => r.slice()), formulas: op.values.map((r) => r.map(() => '')) });
  return wb;
}

/** Perspektif bobot of the clean workbook's three perspektif (Customer, Internal Process, Learning and Growth). */
const BOBOT_PERSPEKTIF = [25, 15, 30];

function npsBerbobot(bobot: number[] = BOBOT_PERSPEKTIF): number {
  return num(rataRata([...hitung(BERSIH()).perspektif.values()], bobot));
}

/** The Bobot cell beside the j-th perspektif row of the Pengukuran summary. */
function selBobotPerspektif(wb: WorkbookSnapshot, j: number): string {
  const s = lembar(wb, UKUR);
  const h = s.values.findIndex((row) => row[0] === 'Perspektif' && row[3] === 'Bobot');
  if (h < 0) throw new Error('ringkasan tanpa kolom Bobot');
  return a1(h + 1 + j, 3);
}

const KASUS: Kasus[] = [
  // --- workbook and tables
  {
    judul: 'sheet PK tidak ada',
    kode: 'pk-tidak-ada',
    picu: (wb) => {
      wb.sheets = wb.sheets.filter((s) => s.name !== PK);
      return { sheet: PK, sel: 'A1', sebut: ['"PK"'] };
    },
    aman: (wb) => {
      lembar(wb, PK).name = 'pk'; // names are matched case-insensitively
    },
  },
  {
    judul: 'PK tanpa baris judul',
    kode: 'tabel-tanpa-header',
    picu: (wb) => {
      lembar(wb, PK).values[0] = ['Nomor', 'Uraian', 'Nilai'];
      return { sheet: PK, sel: 'A1', sebut: ['"Kode"', '"Indikator"'] };
    },
    aman: (wb) => {
      const s = lembar(wb, PK);
      s.values.unshift(['PERJANJIAN KINERJA TAHUN 2019'], []);
      s.formulas?.unshift([], []);
    },
  },
  {
    judul: 'kolom Target tidak ada',
    kode: 'kolom-tidak-ada',
    picu: (wb) => {
      const s = lembar(wb, PK);
      s.values[0][PK_KOLOM.indexOf('Target')] = 'Sasaran target';
      return { sheet: PK, sel: 'A1', sebut: ['"Target"'] };
    },
    aman: (wb) => {
      lembar(wb, PK).values[0][PK_KOLOM.indexOf('Target')] = '  TARGET ';
    },
  },
  {
    judul: 'PK tanpa indikator',
    kode: 'pk-kosong',
    picu: (wb) => {
      const s = lembar(wb, PK);
      s.values.splice(1);
      s.formulas?.splice(1);
      return { sheet: PK, sel: 'D2', sebut: ['belum berisi indikator'] };
    },
    aman: () => undefined,
  },
  // --- PK
  {
    judul: 'kode kosong pada baris berindikator',
    kode: 'kode-kosong',
    picu: (wb) => {
      const ref = sel(wb, PK, 'IK03', 'Kode');
      ubah(wb, PK, ref, null);
      return { sheet: PK, sel: ref, sebut: ['"Nilai Pengelolaan BMN BPOM"'] };
    },
    aman: (wb) => ubah(wb, PK, sel(wb, PK, 'IK03', 'Kode'), '  IK03 '),
  },
  {
    judul: 'indikator kosong pada baris berkode',
    kode: 'indikator-kosong',
    picu: (wb) => {
      const ref = sel(wb, PK, 'IK03', 'Indikator');
      ubah(wb, PK, ref, '');
      return { sheet: PK, sel: ref, sebut: ['IK03'] };
    },
    aman: () => undefined,
  },
  {
    judul: 'kode ganda: menyebut kedua sel',
    kode: 'kode-ganda',
    picu: (wb) => {
      const pertama = sel(wb, PK, 'IK01', 'Kode');
      const ref = sel(wb, PK, 'IK03', 'Kode');
      ubah(wb, PK, ref, 'ik01');
      return { sheet: PK, sel: ref, sebut: ['"ik01"', pertama, ref] };
    },
    aman: (wb) => ubah(wb, PK, sel(wb, PK, 'IK03', 'Kode'), 'IK01a'),
  },
  {
    judul: 'sasaran tanpa indikator',
    kode: 'sasaran-tanpa-indikator',
    picu: (wb) => {
      const n = tambahBarisPk(wb, { Sasaran: 'Meningkatnya layanan digital' });
      return { sheet: PK, sel: `C${n}`, sebut: ['"Meningkatnya layanan digital"'] };
    },
    aman: (wb) => {
      // The sasaran written once on its own row, its indicator on the row below.
      tambahBarisPk(wb, { Sasaran: 'Meningkatnya layanan digital' });
      tambahBarisPk(wb, { Kode: 'IK99', Indikator: 'Indeks layanan digital', Target: 80, Satuan: 'indeks', 'Pola target': 'akhir' });
    },
  },
  {
    judul: 'target kosong',
    kode: 'target-kosong',
    picu: (wb) => {
      const ref = sel(wb, PK, 'IK01', 'Target');
      ubah(wb, PK, ref, null);
      return { sheet: PK, sel: ref, sebut: ['IK01', 'kosong'] };
    },
    aman: (wb) => ubah(wb, PK, sel(wb, PK, 'IK01', 'Target'), '54,3'),
  },
  {
    judul: 'target 0',
    kode: 'target-kosong',
    picu: (wb) => {
      const ref = sel(wb, PK, 'IK03', 'Target');
      ubah(wb, PK, ref, 0);
      return { sheet: PK, sel: ref, sebut: ['IK03', 'bernilai 0'] };
    },
    aman: (wb) => ubah(wb, PK, sel(wb, PK, 'IK03', 'Target'), 0.5),
  },
  {
    judul: 'realisasi RAPK di triwulan tanpa target (pola akhir)',
    kode: 'target-kosong',
    picu: (wb) => {
      ubah(wb, RAPK, sel(wb, RAPK, 'IK01', R_B3), 20);
      return { sheet: RAPK, sel: sel(wb, RAPK, 'IK01', rapkTargetHeader('B3')), sebut: ['20', 'B3'] };
    },
    aman: (wb) => ubah(wb, RAPK, sel(wb, RAPK, 'IK06', R_B3), 20),
  },
  {
    judul: 'target bukan angka, rentang atau label',
    kode: 'target-tidak-terbaca',
    picu: (wb) => {
      const ref = sel(wb, PK, 'IK01', 'Target');
      ubah(wb, PK, ref, 'lima puluh');
      return { sheet: PK, sel: ref, sebut: ['"lima puluh"'] };
    },
    aman: (wb) => ubah(wb, PK, sel(wb, PK, 'IK02', 'Target'), 'Wajar Tanpa Pengecualian'),
  },
  {
    judul: 'target persen tersimpan sebagai pecahan (satuan %)',
    kode: 'target-pecahan',
    picu: (wb) => {
      const ref = sel(wb, PK, 'IK06', 'Target');
      ubah(wb, PK, ref, 1);
      return { sheet: PK, sel: ref, sebut: ['1', '100%'] };
    },
    aman: (wb) => ubah(wb, PK, sel(wb, PK, 'IK06', 'Target'), '100%'),
  },
  {
    judul: 'target persen tersimpan sebagai pecahan (format sel %)',
    kode: 'target-pecahan',
    picu: (wb) => {
      const s = lembar(wb, PK);
      const ref = sel(wb, PK, 'IK03', 'Target');
      ubah(wb, PK, ref, 0.72);
      const { row, col } = parseA1(ref);
      s.numberFormats = s.values.map(() => s.values[0].map(() => 'General'));
      s.numberFormats[row][col] = '0%';
      return { sheet: PK, sel: ref, sebut: ['0,72', '72%', 'berformat persen'] };
    },
    aman: (wb) => {
      const s = lembar(wb, PK);
      const { row, col } = parseA1(sel(wb, PK, 'IK03', 'Target'));
      s.numberFormats = s.values.map(() => s.values[0].map(() => '#,##0.00'));
      s.numberFormats[row][col] = '0.00" %"';
    },
  },
  {
    judul: 'label target tidak cocok dengan satuan',
    kode: 'target-label-satuan',
    picu: (wb) => {
      const ref = sel(wb, PK, 'IK02', 'Satuan');
      ubah(wb, PK, ref, '%');
      return { sheet: PK, sel: ref, sebut: ['"WTP"', '"%"'] };
    },
    aman: (wb) => ubah(wb, PK, sel(wb, PK, 'IK02', 'Satuan'), 'Opini BPK'),
  },
  {
    judul: 'bobot 0',
    kode: 'bobot-tidak-sah',
    picu: (wb) => {
      const ref = sel(wb, PK, 'IK01', 'Bobot');
      ubah(wb, PK, ref, 0);
      return { sheet: PK, sel: ref, sebut: ['IK01', 'Bobot 0'] };
    },
    aman: (wb) => ubah(wb, PK, sel(wb, PK, 'IK01', 'Bobot'), 2),
  },
  {
    judul: 'bobot bukan angka',
    kode: 'bobot-tidak-sah',
    picu: (wb) => {
      const ref = sel(wb, PK, 'IK03', 'Bobot');
      ubah(wb, PK, ref, 'dua');
      return { sheet: PK, sel: ref, sebut: ['"dua"'] };
    },
    aman: (wb) => ubah(wb, PK, sel(wb, PK, 'IK03', 'Bobot'), '1'),
  },
  {
    judul: 'bobot perspektif bukan angka',
    kode: 'bobot-tidak-sah',
    awal: () => buku(BERSIH(), { bobotPerspektif: BOBOT_PERSPEKTIF }),
    picu: (wb) => {
      const ref = selBobotPerspektif(wb, 1);
      ubah(wb, UKUR, ref, 'dua puluh lima');
      return { sheet: UKUR, sel: ref, sebut: ['"dua puluh lima"', 'bukan angka', '"Internal Process Perspective"'] };
    },
    aman: (wb) => ubah(wb, UKUR, selBobotPerspektif(wb, 1), '25'),
  },
  {
    judul: 'bobot perspektif negatif',
    kode: 'bobot-tidak-sah',
    awal: () => buku(BERSIH(), { bobotPerspektif: BOBOT_PERSPEKTIF }),
    picu: (wb) => {
      const ref = selBobotPerspektif(wb, 0);
      ubah(wb, UKUR, ref, -30);
      return { sheet: UKUR, sel: ref, sebut: ['-30', 'harus lebih dari 0', '"Customer Perspective"'] };
    },
    aman: (wb) => ubah(wb, UKUR, selBobotPerspektif(wb, 0), 30),
  },
  {
    judul: 'bobot perspektif kosong padahal perspektif lain berbobot',
    kode: 'bobot-tidak-sah',
    awal: () => buku(BERSIH(), { bobotPerspektif: BOBOT_PERSPEKTIF }),
    picu: (wb) => {
      const ref = selBobotPerspektif(wb, 2);
      ubah(wb, UKUR, ref, null);
      return { sheet: UKUR, sel: ref, sebut: ['kosong', '"Learning and Growth Perspective"'] };
    },
    aman: (wb) => [0, 1, 2].forEach((j) => ubah(wb, UKUR, selBobotPerspektif(wb, j), null)), // all blank: equal weights
  },
  {
    judul: 'polaritas tidak dikenal',
    kode: 'polaritas-tidak-dikenal',
    picu: (wb) => {
      const ref = sel(wb, PK, 'IK01', 'Polaritas');
      ubah(wb, PK, ref, 'naik turun');
      return { sheet: PK, sel: ref, sebut: ['"naik turun"'] };
    },
    aman: (wb) => ubah(wb, PK, sel(wb, PK, 'IK01', 'Polaritas'), 'Positif'),
  },
  {
    judul: 'polaritas rentang dengan target satu angka',
    kode: 'polaritas-rentang',
    picu: (wb) => {
      const ref = sel(wb, PK, 'IK01', 'Polaritas');
      ubah(wb, PK, ref, 'rentang');
      return { sheet: PK, sel: ref, sebut: ['54,3'] };
    },
    aman: (wb) => {
      ubah(wb, PK, sel(wb, PK, 'IK01', 'Polaritas'), 'rentang');
      ubah(wb, PK, sel(wb, PK, 'IK01', 'Target'), '50–60');
    },
  },
  {
    judul: 'target rentang dengan polaritas positif',
    kode: 'target-rentang-polaritas',
    picu: (wb) => {
      ubah(wb, PK, sel(wb, PK, 'IK01', 'Target'), '50–60');
      return { sheet: PK, sel: sel(wb, PK, 'IK01', 'Polaritas'), sebut: ['"50–60"', '"positif"'] };
    },
    aman: (wb) => {
      ubah(wb, PK, sel(wb, PK, 'IK01', 'Target'), '50–60');
      ubah(wb, PK, sel(wb, PK, 'IK01', 'Polaritas'), null);
    },
  },
  {
    judul: 'pola target tidak dikenal',
    kode: 'pola-tidak-dikenal',
    picu: (wb) => {
      const ref = sel(wb, PK, 'IK01', 'Pola target');
      ubah(wb, PK, ref, 'bulanan');
      return { sheet: PK, sel: ref, sebut: ['"bulanan"'] };
    },
    aman: (wb) => ubah(wb, PK, sel(wb, PK, 'IK01', 'Pola target'), 'Akhir'),
  },
  {
    judul: 'pola kumulatif (atau kosong) dengan target label',
    kode: 'pola-target-bukan-angka',
    picu: (wb) => {
      const ref = sel(wb, PK, 'IK02', 'Pola target');
      ubah(wb, PK, ref, null);
      return { sheet: PK, sel: ref, sebut: ['"WTP"', 'kumulatif'] };
    },
    aman: (wb) => ubah(wb, PK, sel(wb, PK, 'IK02', 'Pola target'), 'tetap'),
  },
  {
    judul: 'pagu bukan angka',
    kode: 'pagu-tidak-sah',
    picu: (wb) => {
      const ref = sel(wb, PK, 'IK01', 'Pagu');
      ubah(wb, PK, ref, 'enam belas miliar');
      return { sheet: PK, sel: ref, sebut: ['"enam belas miliar"'] };
    },
    aman: (wb) => ubah(wb, PK, sel(wb, PK, 'IK01', 'Pagu'), 'Rp16.153.028.000,-'),
  },
  // --- RAPK
  {
    judul: 'kode di RAPK tidak ada di PK',
    kode: 'rapk-kode-tidak-di-pk',
    picu: (wb) => {
      const ref = sel(wb, RAPK, 'IK03', 'Kode');
      ubah(wb, RAPK, ref, 'IK99');
      return { sheet: RAPK, sel: ref, sebut: ['"IK99"'] };
    },
    aman: (wb) => ubah(wb, RAPK, sel(wb, RAPK, 'IK03', 'Kode'), 'ik03'),
  },
  {
    judul: 'kode di PK belum ada di RAPK',
    kode: 'pk-kode-tidak-di-rapk',
    picu: (wb) => {
      const ref = sel(wb, PK, 'IK17', 'Kode');
      hapusBaris(wb, RAPK, 'IK17');
      return { sheet: PK, sel: ref, sebut: ['IK17', '"Nilai AKIP Sekretariat Utama"'] };
    },
    aman: (wb) => {
      wb.sheets = wb.sheets.filter((s) => s.name !== RAPK); // no RAPK yet: nothing to compare
    },
  },
  {
    judul: 'RAPK tidak sama dengan PK (satuan)',
    kode: 'rapk-beda-pk',
    picu: (wb) => {
      const ref = sel(wb, RAPK, 'IK06', 'Satuan');
      ubah(wb, RAPK, ref, 'indeks');
      return { sheet: RAPK, sel: ref, sebut: ['"indeks"', '"%"'] };
    },
    aman: (wb) => ubah(wb, RAPK, sel(wb, RAPK, 'IK06', 'Polaritas'), 'Positif'),
  },
  {
    judul: 'target B12 berbeda dengan target PK',
    kode: 'target-b12-beda',
    picu: (wb) => {
      const ref = sel(wb, RAPK, 'IK01', rapkTargetHeader('B12'));
      ubah(wb, RAPK, ref, 60);
      return { sheet: RAPK, sel: ref, sebut: ['60', '54,3'] };
    },
    aman: (wb) => ubah(wb, RAPK, sel(wb, RAPK, 'IK01', rapkTargetHeader('B12')), '54,3'),
  },
  {
    judul: 'pola akhir tetapi target B3 diisi',
    kode: 'target-pola',
    picu: (wb) => {
      const ref = sel(wb, RAPK, 'IK01', rapkTargetHeader('B3'));
      ubah(wb, RAPK, ref, 13.5);
      return { sheet: RAPK, sel: ref, sebut: ['13,5', '"akhir"'] };
    },
    aman: (wb) => ubah(wb, RAPK, sel(wb, RAPK, 'IK01', rapkTargetHeader('B3')), null),
  },
  {
    judul: 'pola tetap tetapi target B6 berbeda',
    kode: 'target-pola',
    picu: (wb) => {
      const ref = sel(wb, RAPK, 'IK07', rapkTargetHeader('B6'));
      ubah(wb, RAPK, ref, 90);
      return { sheet: RAPK, sel: ref, sebut: ['90', '100', '"tetap"'] };
    },
    aman: (wb) => ubah(wb, RAPK, sel(wb, RAPK, 'IK07', rapkTargetHeader('B6')), '100'),
  },
  {
    judul: 'pola kumulatif tetapi target menurun',
    kode: 'target-pola',
    picu: (wb) => {
      const ref = sel(wb, RAPK, 'IK06', rapkTargetHeader('B6'));
      ubah(wb, RAPK, ref, 20);
      return { sheet: RAPK, sel: ref, sebut: ['20', '50', 'kumulatif'] };
    },
    aman: (wb) => {
      // typed per quarter, rising and within the annual target: allowed (Info only)
      ubah(wb, RAPK, sel(wb, RAPK, 'IK06', rapkTargetHeader('B3')), 20);
      ubah(wb, RAPK, sel(wb, RAPK, 'IK06', rapkTargetHeader('B6')), 45);
      ubah(wb, RAPK, sel(wb, RAPK, 'IK06', rapkTargetHeader('B9')), 70);
    },
  },
  {
    judul: 'target kumulatif diketik per triwulan',
    kode: 'target-kumulatif-diketik',
    picu: (wb) => {
      const ref = sel(wb, RAPK, 'IK06', rapkTargetHeader('B3'));
      ubah(wb, RAPK, ref, 20);
      return { sheet: RAPK, sel: ref, sebut: ['20', 'T/4 = 25'] };
    },
    aman: (wb) => ubah(wb, RAPK, sel(wb, RAPK, 'IK06', rapkTargetHeader('B3')), '25'),
  },
  {
    judul: 'a > b pada indikator persentase',
    kode: 'pembilang-lebih-besar',
    picu: (wb) => {
      const ref = sel(wb, RAPK, 'IK06', A_B6);
      ubah(wb, RAPK, ref, 60);
      ubah(wb, RAPK, sel(wb, RAPK, 'IK06', B_B6), 50);
      return { sheet: RAPK, sel: ref, sebut: ['60', '50'] };
    },
    aman: (wb) => {
      ubah(wb, RAPK, sel(wb, RAPK, 'IK03', A_B6), 60); // satuan "nilai": not a percentage
      ubah(wb, RAPK, sel(wb, RAPK, 'IK03', B_B6), 50);
      ubah(wb, RAPK, sel(wb, RAPK, 'IK06', A_B6), 45);
      ubah(wb, RAPK, sel(wb, RAPK, 'IK06', B_B6), 50);
    },
  },
  {
    judul: 'b = 0 dengan a diisi',
    kode: 'penyebut-nol',
    picu: (wb) => {
      ubah(wb, RAPK, sel(wb, RAPK, 'IK06', A_B6), 45);
      const ref = sel(wb, RAPK, 'IK06', B_B6);
      ubah(wb, RAPK, ref, 0);
      return { sheet: RAPK, sel: ref, sebut: ['45', 'bernilai 0'] };
    },
    aman: (wb) => ubah(wb, RAPK, sel(wb, RAPK, 'IK06', B_B6), 0), // b without a: nothing typed yet
  },
  {
    judul: 'b kosong dengan a diisi',
    kode: 'penyebut-nol',
    picu: (wb) => {
      ubah(wb, RAPK, sel(wb, RAPK, 'IK06', A_B3), '12');
      return { sheet: RAPK, sel: sel(wb, RAPK, 'IK06', rapkBlok('B3')[1]), sebut: ['"12"', 'kosong'] };
    },
    aman: (wb) => {
      ubah(wb, RAPK, sel(wb, RAPK, 'IK06', A_B3), '12');
      ubah(wb, RAPK, sel(wb, RAPK, 'IK06', rapkBlok('B3')[1]), '48');
    },
  },
  {
    judul: 'pembilang bukan angka',
    kode: 'ab-tidak-terbaca',
    picu: (wb) => {
      const ref = sel(wb, RAPK, 'IK06', A_B6);
      ubah(wb, RAPK, ref, 'empat puluh');
      ubah(wb, RAPK, sel(wb, RAPK, 'IK06', B_B6), 50);
      return { sheet: RAPK, sel: ref, sebut: ['"empat puluh"'] };
    },
    aman: (wb) => {
      ubah(wb, RAPK, sel(wb, RAPK, 'IK06', A_B6), '1.250');
      ubah(wb, RAPK, sel(wb, RAPK, 'IK06', B_B6), '2.500');
    },
  },
  {
    judul: 'realisasi diketik berbeda dengan a / b × 100',
    kode: 'realisasi-beda-ab',
    picu: (wb) => {
      ubah(wb, RAPK, sel(wb, RAPK, 'IK06', A_B6), 45);
      ubah(wb, RAPK, sel(wb, RAPK, 'IK06', B_B6), 50);
      const ref = sel(wb, RAPK, 'IK06', R_B6);
      ubah(wb, RAPK, ref, 95);
      return { sheet: RAPK, sel: ref, sebut: ['95', '45', '50', '= 90'] };
    },
    aman: (wb) => {
      ubah(wb, RAPK, sel(wb, RAPK, 'IK06', A_B6), 45);
      ubah(wb, RAPK, sel(wb, RAPK, 'IK06', B_B6), 50);
      ubah(wb, RAPK, sel(wb, RAPK, 'IK06', R_B6), '90,004');
      // a formula in the realisasi cell is not a typed realisasi
      ubah(wb, RAPK, sel(wb, RAPK, 'IK07', A_B6), 45);
      ubah(wb, RAPK, sel(wb, RAPK, 'IK07', B_B6), 50);
      ubah(wb, RAPK, sel(wb, RAPK, 'IK07', R_B6), 95, '=RASIO(S8,T8)');
    },
  },
  // --- RAPK and Pengukuran
  {
    judul: 'realisasi bukan angka atau label (Pengukuran)',
    kode: 'realisasi-tidak-terbaca',
    picu: (wb) => {
      const ref = sel(wb, UKUR, 'IK01', 'Realisasi');
      ubah(wb, UKUR, ref, 'belum ada data');
      return { sheet: UKUR, sel: ref, sebut: ['"belum ada data"'] };
    },
    aman: (wb) => ubah(wb, UKUR, sel(wb, UKUR, 'IK01', 'Realisasi'), '53,36'),
  },
  {
    judul: 'realisasi bukan angka atau label (RAPK)',
    kode: 'realisasi-tidak-terbaca',
    picu: (wb) => {
      const ref = sel(wb, RAPK, 'IK07', R_B6);
      ubah(wb, RAPK, ref, 'lihat lampiran');
      return { sheet: RAPK, sel: ref, sebut: ['"lihat lampiran"', 'B6'] };
    },
    aman: (wb) => ubah(wb, RAPK, sel(wb, RAPK, 'IK07', R_B6), '98,5%'),
  },
  {
    judul: 'realisasi label dari skala lain',
    kode: 'skala-berbeda',
    picu: (wb) => {
      const ref = sel(wb, UKUR, 'IK02', 'Realisasi');
      ubah(wb, UKUR, ref, 'AA');
      return { sheet: UKUR, sel: ref, sebut: ['"AA"', '"WTP"', 'Predikat AKIP', 'Opini BPK'] };
    },
    aman: (wb) => ubah(wb, UKUR, sel(wb, UKUR, 'IK02', 'Realisasi'), 'wajar tanpa pengecualian'),
  },
  {
    judul: 'realisasi label, target angka',
    kode: 'skala-berbeda',
    picu: (wb) => {
      const ref = sel(wb, UKUR, 'IK01', 'Realisasi');
      ubah(wb, UKUR, ref, 'WTP');
      return { sheet: UKUR, sel: ref, sebut: ['"WTP"', '54,3'] };
    },
    aman: () => undefined,
  },
  {
    judul: 'realisasi pecahan, target poin persen',
    kode: 'satuan-berbeda',
    picu: (wb) => {
      const ref = sel(wb, UKUR, 'IK06', 'Realisasi');
      ubah(wb, UKUR, ref, 0.9944);
      return { sheet: UKUR, sel: ref, sebut: ['0,9944', '99,44'] };
    },
    aman: (wb) => ubah(wb, UKUR, sel(wb, UKUR, 'IK06', 'Realisasi'), '99,44%'),
  },
  {
    judul: 'capaian tidak dapat dihitung (negatif-rasio, realisasi 0)',
    kode: 'capaian-galat',
    picu: (wb) => {
      ubah(wb, PK, sel(wb, PK, 'IK03', 'Polaritas'), 'negatif-rasio');
      ubah(wb, UKUR, sel(wb, UKUR, 'IK03', 'Polaritas'), 'negatif-rasio');
      ubah(wb, UKUR, sel(wb, UKUR, 'IK03', 'Realisasi'), 0);
      return { sheet: UKUR, sel: sel(wb, UKUR, 'IK03', 'Capaian'), sebut: ['IK03', 'realisasi 0'] };
    },
    aman: (wb) => {
      ubah(wb, PK, sel(wb, PK, 'IK03', 'Polaritas'), 'negatif-rasio');
      ubah(wb, UKUR, sel(wb, UKUR, 'IK03', 'Polaritas'), 'negatif-rasio');
      ubah(wb, UKUR, sel(wb, UKUR, 'IK03', 'Realisasi'), 5);
    },
  },
  {
    judul: 'capaian diketik berbeda',
    kode: 'capaian-berbeda',
    picu: (wb) => {
      const ref = sel(wb, UKUR, 'IK01', 'Capaian');
      ubah(wb, UKUR, ref, 99);
      return { sheet: UKUR, sel: ref, sebut: ['99', '98,27', 'diketik'] };
    },
    aman: (wb) => ubah(wb, UKUR, sel(wb, UKUR, 'IK01', 'Capaian'), 98.27),
  },
  {
    judul: 'rumus capaian menghasilkan nilai lain (rumus diubah?)',
    kode: 'capaian-berbeda',
    picu: (wb) => {
      const ref = sel(wb, UKUR, 'IK08', 'Capaian');
      ubah(wb, UKUR, ref, 96, '=ROUND(J9/I9*100,0)');
      return { sheet: UKUR, sel: ref, sebut: ['96', '96,69', 'Rumus di'] };
    },
    aman: (wb) => ubah(wb, UKUR, sel(wb, UKUR, 'IK08', 'Capaian'), 96.685, '=J9/I9*100'),
  },
  {
    judul: 'capaian RAPK berbeda (pecahan berformat persen)',
    kode: 'capaian-berbeda',
    picu: (wb) => {
      const ref = sel(wb, RAPK, 'IK06', rapkBlok('B12')[3]);
      ubah(wb, RAPK, ref, 0.9944);
      return { sheet: RAPK, sel: ref, sebut: ['0,9944', '99,44', 'pecahan'] };
    },
    aman: () => undefined,
  },
  {
    judul: 'capaian di atas 120',
    kode: 'capaian-lebih-120',
    picu: (wb) => {
      ubah(wb, UKUR, sel(wb, UKUR, 'IK03', 'Realisasi'), 90);
      ubah(wb, UKUR, sel(wb, UKUR, 'IK03', 'Capaian'), 125, '=CAPAIAN()');
      return { sheet: UKUR, sel: sel(wb, UKUR, 'IK03', 'Capaian'), sebut: ['125', '90', '72', 'Tidak Dapat Disimpulkan'] };
    },
    aman: (wb) => {
      // exactly 120 is Sangat Baik (DOMAIN.md ruling)
      ubah(wb, UKUR, sel(wb, UKUR, 'IK06', 'Realisasi'), 120);
      ubah(wb, UKUR, sel(wb, UKUR, 'IK06', 'Capaian'), 120, '=CAPAIAN()');
    },
  },
  {
    judul: 'kriteria diketik tidak sesuai capaian',
    kode: 'kriteria-berbeda',
    picu: (wb) => {
      const ref = sel(wb, UKUR, 'IK01', 'Kriteria');
      ubah(wb, UKUR, ref, 'Sangat Baik');
      return { sheet: UKUR, sel: ref, sebut: ['"Sangat Baik"', '98,27', '"Baik"'] };
    },
    aman: (wb) => ubah(wb, UKUR, sel(wb, UKUR, 'IK01', 'Kriteria'), 'baik'),
  },
  {
    judul: 'kriteria sasaran diketik tidak sesuai NPS',
    kode: 'kriteria-berbeda',
    picu: (wb) => {
      const ref = sel(wb, UKUR, 'IK08', 'Kriteria Sasaran');
      ubah(wb, UKUR, ref, 'Sangat Baik');
      return { sheet: UKUR, sel: ref, sebut: ['"Sangat Baik"', '109,04', '"Baik"'] };
    },
    aman: (wb) => ubah(wb, UKUR, sel(wb, UKUR, 'IK08', 'Kriteria Sasaran'), 'Baik'),
  },
  {
    judul: 'kriteria bukan salah satu pita',
    kode: 'kriteria-tidak-dikenal',
    picu: (wb) => {
      const ref = sel(wb, UKUR, 'IK01', 'Kriteria');
      ubah(wb, UKUR, ref, 'Bagus');
      return { sheet: UKUR, sel: ref, sebut: ['"Bagus"', 'Sangat Kurang'] };
    },
    aman: (wb) => ubah(wb, UKUR, sel(wb, UKUR, 'IK01', 'Kriteria'), 'BAIK'),
  },
  {
    judul: 'NPS sasaran diketik berbeda',
    kode: 'nps-berbeda',
    picu: (wb) => {
      const ref = sel(wb, UKUR, 'IK08', 'NPS Sasaran');
      ubah(wb, UKUR, ref, 109.03);
      return { sheet: UKUR, sel: ref, sebut: ['109,03', '109,04'] };
    },
    aman: (wb) => ubah(wb, UKUR, sel(wb, UKUR, 'IK08', 'NPS Sasaran'), 109.04),
  },
  {
    judul: 'NPS organisasi di ringkasan berbeda',
    kode: 'nps-berbeda',
    picu: (wb) => {
      const r = barisLabel(wb, UKUR, LABEL_ORGANISASI);
      ubah(wb, UKUR, a1(r, 1), 110);
      return { sheet: UKUR, sel: a1(r, 1), sebut: ['110', 'NPS organisasi'] };
    },
    aman: () => undefined,
  },
  {
    judul: 'NPS organisasi diketik tanpa memperhitungkan bobot perspektif',
    kode: 'nps-berbeda',
    awal: () => buku(BERSIH(), { bobotPerspektif: BOBOT_PERSPEKTIF }),
    picu: (wb) => {
      const r = barisLabel(wb, UKUR, LABEL_ORGANISASI);
      const rata = Math.round(num(rataRata([...hitung(BERSIH()).perspektif.values()])) * 100) / 100; // typed to the cent
      ubah(wb, UKUR, a1(r, 1), rata);
      return { sheet: UKUR, sel: a1(r, 1), sebut: [formatAngka(rata, 2), formatAngka(npsBerbobot(), 2), 'berbobot'] };
    },
    aman: () => undefined, // the weighted mean, as the template's formula gives it
  },
  {
    judul: 'Pengukuran tidak sama dengan PK (target)',
    kode: 'pengukuran-beda-pk',
    picu: (wb) => {
      const ref = sel(wb, UKUR, 'IK01', 'Target');
      ubah(wb, UKUR, ref, 60);
      return { sheet: UKUR, sel: ref, sebut: ['60', '54,3'] };
    },
    aman: (wb) => ubah(wb, UKUR, sel(wb, UKUR, 'IK01', 'Target'), '54,3'),
  },
  {
    judul: 'Pengukuran: IKU dengan bobot kosong',
    kode: 'pengukuran-beda-pk',
    picu: (wb) => {
      const ref = sel(wb, UKUR, 'IK09', 'Bobot');
      ubah(wb, UKUR, ref, null);
      return { sheet: UKUR, sel: ref, sebut: ['kosong', '2'] };
    },
    aman: (wb) => ubah(wb, UKUR, sel(wb, UKUR, 'IK08', 'Bobot'), null), // not an IKU: blank means 1
  },
  // --- Anggaran dan Efisiensi
  {
    judul: 'pagu anggaran bukan angka',
    kode: 'anggaran-tidak-terbaca',
    picu: (wb) => {
      const ref = selAnggaran(wb, 1, 'Pagu');
      ubah(wb, ANGG, ref, 'enam belas miliar');
      return { sheet: ANGG, sel: ref, sebut: ['"enam belas miliar"'] };
    },
    aman: (wb) => ubah(wb, ANGG, selAnggaran(wb, 1, 'Pagu'), 'Rp16.153.028.000,-'),
  },
  {
    judul: 'realisasi anggaran negatif',
    kode: 'anggaran-negatif',
    picu: (wb) => {
      const ref = selAnggaran(wb, 1, 'Realisasi Anggaran');
      ubah(wb, ANGG, ref, -5000);
      return { sheet: ANGG, sel: ref, sebut: ['-5.000'] };
    },
    aman: (wb) => ubah(wb, ANGG, selAnggaran(wb, 1, 'Realisasi Anggaran'), 0),
  },
  {
    judul: 'pagu kosong padahal ada realisasi',
    kode: 'pagu-kosong',
    picu: (wb) => {
      const ref = selAnggaran(wb, 2, 'Pagu');
      ubah(wb, ANGG, ref, null);
      ubah(wb, ANGG, selAnggaran(wb, 2, 'Realisasi Anggaran'), '1.200.000.000');
      return { sheet: ANGG, sel: ref, sebut: ['"1.200.000.000"', 'kosong'] };
    },
    aman: (wb) => {
      ubah(wb, ANGG, selAnggaran(wb, 2, 'Pagu'), null);
      ubah(wb, ANGG, selAnggaran(wb, 2, 'Realisasi Anggaran'), null);
    },
  },
  {
    judul: 'realisasi anggaran melebihi pagu',
    kode: 'anggaran-lebih-pagu',
    picu: (wb) => {
      const ref = selAnggaran(wb, 2, 'Realisasi Anggaran');
      ubah(wb, ANGG, ref, 'Rp1.484.303.000,-');
      return { sheet: ANGG, sel: ref, sebut: ['"Rp1.484.303.000,-"', '1.384.303.000'] };
    },
    aman: (wb) => ubah(wb, ANGG, selAnggaran(wb, 2, 'Realisasi Anggaran'), '1.384.303.000'),
  },
  {
    judul: 'serapan diketik berbeda',
    kode: 'serapan-berbeda',
    picu: (wb) => {
      const ref = selAnggaran(wb, 2, 'Serapan');
      ubah(wb, ANGG, ref, 50);
      return { sheet: ANGG, sel: ref, sebut: ['50', '95'] };
    },
    aman: (wb) => ubah(wb, ANGG, selAnggaran(wb, 2, 'Serapan'), 95),
  },
  {
    judul: 'kategori efisiensi diketik tidak sesuai',
    kode: 'kategori-berbeda',
    picu: (wb) => {
      const ref = selAnggaran(wb, 1, 'Kategori');
      ubah(wb, ANGG, ref, 'Tidak Efisien');
      return { sheet: ANGG, sel: ref, sebut: ['"Tidak Efisien"', '"Efisien"'] };
    },
    aman: (wb) => ubah(wb, ANGG, selAnggaran(wb, 1, 'Kategori'), 'efisien'),
  },
  // --- Pengaturan
  {
    judul: 'batas atas di Pengaturan berupa teks',
    kode: 'pengaturan-tidak-sah',
    awal: denganPengaturan,
    picu: (wb) => {
      ubah(wb, ATUR, 'B5', 'tanpa batas');
      return { sheet: ATUR, sel: 'B5', sebut: ['"tanpa batas"', 'galat'] };
    },
    aman: (wb) => ubah(wb, ATUR, 'B5', '120'),
  },
];

describe('setiap aturan: memicu dan tidak memicu', () => {
  test.each(KASUS.map((k) => [k.kode, k.judul, k] as const))('%s: %s', (_kode, _judul, k) => {
    const wb = k.awal ? k.awal() : buku();
    const harap = k.picu(wb);
    const h = periksa(wb);
    const t = satu(h, k.kode, harap.sheet, harap.sel);
    for (const s of harap.sebut) expect(t.pesan).toContain(s);

    const wb2 = k.awal ? k.awal() : buku();
    k.aman(wb2);
    const h2 = periksa(wb2);
    expect(dengan(h2, k.kode).map((x) => `${x.sheet}!${x.sel}: ${x.pesan}`)).toEqual([]);
  });

  test('setiap kode aturan punya kasus', () => {
    const diuji = new Set(KASUS.map((k) => k.kode));
    expect(Object.keys(ATURAN).filter((k) => !diuji.has(k as KodeAturan))).toEqual([]);
  });

  test('satu kode, satu tingkat; setiap kode berbentuk kebab-case', () => {
    for (const [k, v] of Object.entries(ATURAN)) {
      expect(k).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(['Kesalahan', 'Peringatan', 'Info']).toContain(v.tingkat);
    }
  });
});

// ---------------------------------------------------------------------------
// Specific behaviour

describe('perilaku lain', () => {
  test('tanpa PK: Pengukuran memeriksa target dan polaritasnya sendiri', () => {
    const wb = buku();
    wb.sheets = wb.sheets.filter((s) => s.name !== PK);
    ubah(wb, UKUR, sel(wb, UKUR, 'IK01', 'Target'), null);
    ubah(wb, UKUR, sel(wb, UKUR, 'IK03', 'Polaritas'), 'ke atas');
    const h = periksa(wb);
    satu(h, 'target-kosong', UKUR, sel(wb, UKUR, 'IK01', 'Target'));
    expect(satu(h, 'polaritas-tidak-dikenal', UKUR, sel(wb, UKUR, 'IK03', 'Polaritas')).pesan).toContain('"ke atas"');
  });

  test('target kosong di PK dilaporkan sekali (tidak diulang di RAPK dan Pengukuran)', () => {
    const wb = buku();
    ubah(wb, PK, sel(wb, PK, 'IK01', 'Target'), null);
    ubah(wb, RAPK, sel(wb, RAPK, 'IK01', rapkTargetHeader('B12')), 0, '=PK!J2');
    ubah(wb, UKUR, sel(wb, UKUR, 'IK01', 'Target'), 0, '=PK!J2');
    const h = periksa(wb);
    expect(dengan(h, 'target-kosong').map((t) => `${t.sheet}!${t.sel}`)).toEqual([`PK!${sel(wb, PK, 'IK01', 'Target')}`]);
    expect(dengan(h, 'capaian-galat')).toEqual([]);
    expect(dengan(h, 'target-b12-beda')).toEqual([]);
  });

  test('b = 0: galat rumus realisasinya tidak dilaporkan lagi', () => {
    const wb = buku();
    ubah(wb, RAPK, sel(wb, RAPK, 'IK06', A_B6), 45);
    ubah(wb, RAPK, sel(wb, RAPK, 'IK06', B_B6), 0);
    ubah(wb, RAPK, sel(wb, RAPK, 'IK06', R_B6), '#DIV/0! penyebut 0: tidak dapat membagi', '=IF(OR(S10="",T10=""),"",KINERJA.RASIO(S10,T10))');
    const h = periksa(wb);
    satu(h, 'penyebut-nol', RAPK, sel(wb, RAPK, 'IK06', B_B6));
    expect(dengan(h, 'realisasi-tidak-terbaca')).toEqual([]);
    expect(dengan(h, 'capaian-galat')).toEqual([]);
  });

  test('target PK tidak terbaca: RAPK B12 yang lama tidak dilaporkan lagi', () => {
    const wb = buku();
    ubah(wb, PK, sel(wb, PK, 'IK03', 'Target'), 'tujuh puluh dua');
    const h = periksa(wb);
    satu(h, 'target-tidak-terbaca', PK, sel(wb, PK, 'IK03', 'Target'));
    expect(dengan(h, 'target-b12-beda')).toEqual([]);
  });

  test('satuan berbeda: target 1 (100% berformat persen) dan realisasi 99,44 di Pengukuran menunjuk sel target', () => {
    const wb = buku();
    wb.sheets = wb.sheets.filter((s) => s.name !== PK);
    const ref = sel(wb, UKUR, 'IK06', 'Target');
    ubah(wb, UKUR, ref, 1);
    const t = satu(periksa(wb), 'satuan-berbeda', UKUR, ref);
    expect(t.pesan).toContain('99,44');
    expect(t.saran).toContain('100');
  });

  test('NPS sasaran dihitung dengan capaian tanpa pembulatan (109,04, bukan 109,03)', () => {
    const wb = buku();
    ubah(wb, UKUR, sel(wb, UKUR, 'IK08', 'Capaian'), 96.68); // a typed, rounded capaian
    const h = periksa(wb);
    satu(h, 'capaian-berbeda', UKUR, sel(wb, UKUR, 'IK08', 'Capaian')); // 96,68 vs 96,685: off by more than 0,005
    expect(dengan(h, 'nps-berbeda')).toEqual([]);
  });

  test('rumus NPS RAPK yang berubah dilaporkan', () => {
    const wb = buku();
    const ref = sel(wb, RAPK, 'IK08', rapkNpsHeader('B12'));
    ubah(wb, RAPK, ref, 106.36, '=AVERAGE(AF9:AF10)');
    const t = satu(periksa(wb), 'nps-berbeda', RAPK, ref);
    expect(t.pesan).toContain('106,36');
    expect(t.pesan).toContain('109,04');
    expect(t.pesan).toContain('hasil rumusnya');
  });

  test('batas atas di Pengaturan: capaian dibatasi, tidak ada peringatan > 120', () => {
    const wb = buku(dariContoh(), { rapk: false });
    // with a cap of 120 the sheet's formulas show 120 for the three indicators
    for (const k of ['IK04', 'IK05', 'IK15']) ubah(wb, UKUR, sel(wb, UKUR, k, 'Capaian'), 120, '=CAPAIAN()');
    const h = periksa(wb, { ...DEFAULT_PENGATURAN, batasAtas: 120 });
    expect(dengan(h, 'capaian-lebih-120')).toEqual([]);
    expect(dengan(h, 'capaian-berbeda')).toEqual([]);
  });

  test('urutan: PK, RAPK, Pengukuran, Anggaran dan Efisiensi, lalu baris dan kolom', () => {
    const wb = buku();
    // sheets listed in another order, and within Pengukuran the kriteria sweep
    // runs column by column (L2, L4, O2), so the sort has work to do
    wb.sheets.reverse();
    wb.sheets.unshift({ name: 'Catatan', values: [['bebas']] });
    ubah(wb, ANGG, selAnggaran(wb, 1, 'Serapan'), 1);
    ubah(wb, UKUR, sel(wb, UKUR, 'IK03', 'Kriteria'), 'Bagus');
    ubah(wb, UKUR, sel(wb, UKUR, 'IK01', 'Kriteria'), 'Bagus');
    ubah(wb, UKUR, sel(wb, UKUR, 'IK01', 'Kriteria Sasaran'), 'Hebat');
    ubah(wb, RAPK, sel(wb, RAPK, 'IK01', rapkTargetHeader('B6')), 1);
    ubah(wb, PK, sel(wb, PK, 'IK03', 'Pagu'), 'abc');
    ubah(wb, PK, sel(wb, PK, 'IK01', 'Pagu'), 'abc');
    const h = periksa(wb);
    const urut = h.temuan.map((t) => `${t.sheet}!${t.sel}`);
    expect(urut).toEqual([
      `PK!${sel(wb, PK, 'IK01', 'Pagu')}`,
      `PK!${sel(wb, PK, 'IK03', 'Pagu')}`,
      `RAPK!${sel(wb, RAPK, 'IK01', rapkTargetHeader('B6'))}`,
      `Pengukuran!${sel(wb, UKUR, 'IK01', 'Kriteria')}`,
      `Pengukuran!${sel(wb, UKUR, 'IK01', 'Kriteria Sasaran')}`,
      `Pengukuran!${sel(wb, UKUR, 'IK03', 'Kriteria')}`,
      `${ANGG}!${selAnggaran(wb, 1, 'Serapan')}`,
    ]);
    expect(h.jumlah).toEqual({ Kesalahan: 3, Peringatan: 4, Info: 0 });
    expect(h.ringkasan).toBe('3 kesalahan, 4 peringatan');
  });

  test('nama indikator berbahaya lewat sebagai teks biasa', () => {
    const wb = buku();
    const nama = '<img src=x onerror=alert(1)>';
    ubah(wb, PK, sel(wb, PK, 'IK01', 'Indikator'), nama);
    ubah(wb, PK, sel(wb, PK, 'IK01', 'Target'), null);
    const h = periksa(wb);
    const t = satu(h, 'target-kosong', PK, sel(wb, PK, 'IK01', 'Target'));
    expect(t.pesan).toContain(nama);
  });

  test('sel rusak dari host (undefined, Date, boolean, baris pendek) tidak membuat crash', () => {
    const wb = buku();
    const s = lembar(wb, PK);
    s.values.push([undefined, true, new Date(2019, 0, 3), 'IK50']);
    s.values.push([]);
    const pk = lembar(wb, UKUR);
    delete pk.formulas;
    expect(() => periksa(wb)).not.toThrow();
    expect(() => periksa({ host: 'sheets', sheets: [] })).not.toThrow();
    const kosong = periksa({ host: 'sheets', sheets: [] });
    expect(kosong.temuan.map((t) => t.kode)).toEqual(['pk-tidak-ada']);
    expect(kosong.ringkasan).toBe('Tidak ada kesalahan; 1 info.');
  });

  test('Excel menulis nama fungsi dengan namespace, Sheets tanpa', () => {
    const wb = buku();
    ubah(wb, UKUR, sel(wb, UKUR, 'IK01', 'Capaian'), 99);
    expect(satu(periksa(wb), 'capaian-berbeda', UKUR, sel(wb, UKUR, 'IK01', 'Capaian')).saran).toContain('KINERJA.CAPAIAN');
    wb.host = 'sheets';
    const saran = satu(periksa(wb), 'capaian-berbeda', UKUR, sel(wb, UKUR, 'IK01', 'Capaian')).saran;
    expect(saran).toContain('CAPAIAN');
    expect(saran).not.toContain('KINERJA.');
  });
});


// ---------------------------------------------------------------------------
// Performance: linear in the number of indicators

function bukuBesar(n: number): WorkbookSnapshot {
  const dasar = BERSIH();
  const inds: Ind[] = [];
  for (let i = 0; i < n; i++) {
    const b = dasar[i % dasar.length];
    const grup = Math.floor(i / 3);
    inds.push({ ...b, kode: `K${i}`, sasaran: `Sasaran ${grup}`, perspektif: `Perspektif ${grup % 4}`, pagu: i % 3 === 0 ? 1000000 : null });
  }
  const wb = buku(inds);
  // a few mistakes everywhere, so every rule path runs
  for (let i = 0; i < n; i += 50) ubah(wb, UKUR, sel(wb, UKUR, `K${i}`, 'Kriteria'), 'Sangat Kurang');
  return wb;
}

describe('kinerja periksa', () => {
  test('1.000 indikator: cepat, dan waktunya tumbuh linear', () => {
    const kecil = bukuBesar(1000);
    const besar = bukuBesar(8000);
    const ukurWaktu = (wb: WorkbookSnapshot): number => {
      const xs: number[] = [];
      for (let i = 0; i < 3; i++) {
        const t0 = process.hrtime.bigint();
        periksa(wb);
        xs.push(Number(process.hrtime.bigint() - t0) / 1e6);
      }
      return xs.sort((a, b) => a - b)[1];
    };
    ukurWaktu(kecil); // warm up
    const t1 = ukurWaktu(kecil);
    const t8 = ukurWaktu(besar);
    const h = periksa(kecil);
    expect(dengan(h, 'kriteria-berbeda').length).toBe(20);
    expect(t1).toBeLessThan(1000);
    // linear: ~8×; quadratic would be ~64×
    expect(t8 / Math.max(t1, 1)).toBeLessThan(24);
  });
});

describe('lembar Pengaturan: nilai yang dibaca rumus lembar kerja', () => {
  test('Pengaturan templat yang belum diubah: tidak ada temuan', () => {
    expect(dengan(periksa(denganPengaturan()), 'pengaturan-tidak-sah')).toEqual([]);
  });
  test('rumus negatif dan mode kriteria yang tidak dikenal disebut selnya, beserta pilihan yang sah', () => {
    const wb = denganPengaturan();
    ubah(wb, ATUR, 'B6', 'ratio');
    ubah(wb, ATUR, 'B7', 'Tabel 3');
    const t = dengan(periksa(wb), 'pengaturan-tidak-sah');
    expect(t.map((x) => x.sel)).toEqual(['B6', 'B7']);
    expect(t[0].pesan).toContain('"ratio" tidak dikenal: rumus lembar kerja memakai "selisih"');
    expect(t[0].saran).toContain('"selisih" atau "rasio"');
  });
  test('skor skala yang bukan angka: baris skala disebut', () => {
    const wb = denganPengaturan();
    const s = getSheet(wb, ATUR) as SheetSnapshot;
    const r = s.values.findIndex((row) => row[1] === 'WDP');
    ubah(wb, ATUR, `C${r + 1}`, 'tiga');
    const t = dengan(periksa(wb), 'pengaturan-tidak-sah');
    expect(t.map((x) => x.sel)).toEqual([`A${r + 1}`]);
    expect(t[0].pesan).toContain('"tiga"');
  });
  test('tabel kriteria rusak hanya dilaporkan bila mode kriteria = tabel', () => {
    const wb = denganPengaturan();
    ubah(wb, ATUR, 'A12', 'lima puluh');
    expect(dengan(periksa(wb), 'pengaturan-tidak-sah')).toEqual([]);
    ubah(wb, ATUR, 'B7', 'tabel');
    const t = dengan(periksa(wb), 'pengaturan-tidak-sah');
    expect(t.map((x) => x.sel)).toEqual(['A11']);
  });
});

describe('NPS yang hanya mengikuti capaian yang diketik', () => {
  test('rumus NPS tidak disebut "diubah": sarannya menunjuk sel capaian penyebabnya', () => {
    const wb = buku();
    const refC = sel(wb, UKUR, 'IK08', 'Capaian');
    const refN = sel(wb, UKUR, 'IK08', 'NPS Sasaran');
    ubah(wb, UKUR, refC, 100); // typed over the capaian formula
    const { row, col } = parseA1(refN);
    const s = lembar(wb, UKUR);
    const rumusNps = s.formulas?.[row]?.[col] ?? '';
    expect(rumusNps).toMatch(/^=/);
    ubah(wb, UKUR, refN, 101.5, rumusNps); // the host recomputed it from the typed 100
    const h = periksa(wb);
    const pada = (ref: string): Temuan[] => h.temuan.filter((t) => t.sheet === UKUR && t.sel === ref);
    expect(pada(refC).map((t) => t.kode)).toContain('capaian-berbeda');
    const nps = pada(refN).find((t) => t.kode === 'nps-berbeda');
    expect(nps?.saran).toContain(`mengikuti ${refC}`);
    expect(nps?.saran).not.toContain('tampaknya diubah');
  });
});

describe('bobot perspektif di ringkasan Pengukuran', () => {
  test('NPS organisasi berbobot (rumus templat): bersih, dan sama dengan Σ(bobot × NPS perspektif) / Σ bobot', () => {
    const wb = buku(BERSIH(), { bobotPerspektif: BOBOT_PERSPEKTIF });
    const r = barisLabel(wb, UKUR, LABEL_ORGANISASI);
    const p = [...hitung(BERSIH()).perspektif.values()];
    const harap = (25 * p[0] + 15 * p[1] + 30 * p[2]) / 70;
    expect(lembar(wb, UKUR).values[r][1]).toBeCloseTo(harap, 10);
    expect(harap).not.toBeCloseTo(num(rataRata(p)), 2);
    expect(periksa(wb).temuan).toEqual([]);
  });

  test('semua bobot kosong = sama rata: NPS organisasi rata-rata biasa tetap bersih', () => {
    const wb = buku(BERSIH(), { bobotPerspektif: [null, null, null] });
    expect(periksa(wb).temuan).toEqual([]);
  });

  test('hanya sebagian bobot diisi: setiap perspektif yang bobotnya kosong disebut, NPS organisasi (#VALUE!) tidak dibandingkan', () => {
    const wb = buku(BERSIH(), { bobotPerspektif: [30, null, null] });
    const h = periksa(wb);
    expect(dengan(h, 'bobot-tidak-sah').map((t) => t.sel)).toEqual([selBobotPerspektif(wb, 1), selBobotPerspektif(wb, 2)]);
    expect(dengan(h, 'nps-berbeda')).toEqual([]);
    expect(dengan(h, 'bobot-tidak-sah')[0].saran).toMatch(/kosongkan semua bobot perspektif/);
  });

  test('ringkasan lama tanpa kolom Bobot: sama rata seperti sebelumnya', () => {
    const wb = buku();
    const s = lembar(wb, UKUR);
    for (const row of s.values) if (row.length > 3 && (row[0] === 'Perspektif' || row[3] === 'Bobot')) row.length = 3;
    expect(periksa(wb).temuan).toEqual([]);
  });
});

describe('lembar Pengaturan: salah ketik yang mengubah semua angka', () => {
  test('batas atas 120% (tersimpan 1,2) dilaporkan; 120 tidak', () => {
    const wb = denganPengaturan();
    ubah(wb, ATUR, 'B5', 1.2);
    const t = dengan(periksa(wb), 'pengaturan-tidak-sah');
    expect(t.map((x) => x.sel)).toEqual(['B5']);
    expect(t[0].pesan).toContain('di bawah 100');
    ubah(wb, ATUR, 'B5', 120);
    expect(dengan(periksa(wb), 'pengaturan-tidak-sah')).toEqual([]);
  });
  test('label skala yang diketik tepat di bawah tabel skala: tidak dibaca, dan itu dikatakan', () => {
    const wb = denganPengaturan();
    ubah(wb, ATUR, 'A39', 'Akreditasi');
    ubah(wb, ATUR, 'B39', 'Unggul');
    ubah(wb, ATUR, 'C39', 3);
    const t = dengan(periksa(wb), 'pengaturan-tidak-sah');
    expect(t.map((x) => x.sel)).toEqual(['A39']);
    expect(t[0].pesan).toContain('di luar tabel skala kualitatif (baris 23–38)');
  });
});
