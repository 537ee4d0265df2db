/**
 * Every Periksa rule (core/periksa/*) through the rule tester: each `salah`
 * workbook yields exactly its listed findings of that rule, each `sah` workbook
 * none. Workbooks are the 2019 example as Sisipkan templat makes it (Perbarui
 * included), computed by the browser engine, with the listed cells typed.
 * The last tests check that every rule is tested and every code has a case.
 */
import { rapkBlok, rapkNpsHeader, rapkTargetHeader } from '../core/layout';
import { ATURAN, DAFTAR_ATURAN } from '../core/periksa';
import { aturanTabel } from '../core/periksa/tabel';
import { aturanKode } from '../core/periksa/kode';
import { aturanTarget } from '../core/periksa/pk-target';
import { aturanPkIsian } from '../core/periksa/pk-isian';
import { aturanBobot } from '../core/periksa/bobot';
import { aturanPengaturan } from '../core/periksa/pengaturan';
import { aturanPerbarui } from '../core/periksa/perbarui';
import { aturanLama } from '../core/periksa/lama';
import { aturanRapkIsian } from '../core/periksa/rapk-isian';
import { aturanRapkTarget } from '../core/periksa/rapk-target';
import { aturanCapaian } from '../core/periksa/capaian';
import { aturanHitungan } from '../core/periksa/hitungan';
import { aturanAnggaran } from '../core/periksa/anggaran';
import { aturanKosongNol } from '../core/periksa/kosong-nol';
import { aturanValidasi } from '../core/periksa/validasi';
import { BACA_SIKLUS, rencanaSiklus } from '../core/jobs';
import { LEMBAR_SIKLUS } from '../core/siklus/lembar';
import { a1 } from '../core/workbook';
import { ATURAN_DIUJI, ATUR, Alamat, BukuUji, KODE_DIUJI, PK, RAPK, alamat, di, lembarSnap, ujiAturan } from './helpers/periksa-data';

let buku: BukuUji | null = null;
const b0 = (): BukuUji => (buku ??= BukuUji.contoh());
const contoh = (b: BukuUji) => b.dengan([]);

const R12 = rapkBlok('B12')[2];
const C12 = rapkBlok('B12')[3];
const K12 = rapkBlok('B12')[4];
const [A6, B6, R6] = rapkBlok('B6');
const [A3, B3, R3] = rapkBlok('B3');
/** What Excel desktop reads for a hand-typed formula over an empty cell: the formula, and the value it shows there. */
const desktop = (sel: string, nilai: number | string) => (wb: ReturnType<BukuUji['snapshot']>) => {
  const s = lembarSnap(wb, RAPK);
  const a = alamat(RAPK, sel);
  const f = s.formulas as string[][];
  while (s.values[a.row].length <= a.col) s.values[a.row].push(null);
  while (f[a.row].length <= a.col) f[a.row].push('');
  f[a.row][a.col] = (b0().bk.rumus(RAPK, a.row, a.col) as string) ?? '';
  s.values[a.row][a.col] = nilai;
};
/** The three capaian above 120 the 2019 example has (BPOM Tabel 3: review the target). */
const REVIU = (b: BukuUji) => ['IK04', 'IK05', 'IK15'].map((k) => di('capaian-lebih-120' as const, b.rapk(k, C12)));

ujiAturan(
  aturanTabel,
  {
    sah: [
      { judul: 'contoh 2019', buku: contoh },
      {
        // Sisipkan templat UKPBJ alone: a procurement unit's workbook has no PK.
        judul: 'buku kerja UKPBJ saja (lembar Paket, tanpa PK)',
        buku: (b) => b.dengan([], (wb) => (wb.sheets = [{ name: 'Paket', values: [['Kode paket', 'Nama paket']], formulas: [['', '']] }])),
      },
    ],
    salah: [
      { judul: 'tanpa lembar PK', buku: (b) => b.dengan([], (wb) => (wb.sheets = wb.sheets.filter((s) => s.name !== PK))), temuan: () => [di('pk-tidak-ada', alamat(PK, 'A1'), ['"PK"'])] },
      {
        judul: 'lembar PK kosong',
        buku: (b) => b.dengan([], (wb) => Object.assign(lembarSnap(wb, PK), { values: [], formulas: [], numberFormats: [] })),
        temuan: () => [di('pk-kosong', alamat(PK, 'A1'))],
      },
      {
        judul: 'PK tanpa indikator di bawah baris judul',
        buku: (b) => b.dengan([], (wb) => lembarSnap(wb, PK).values.splice(4)),
        temuan: (b) => [di('pk-kosong', { ...b.pkBaris(0, 'Kode') }, ['belum berisi indikator'])],
      },
      { judul: 'judul kolom Kode PK diganti', buku: (b) => b.dengan([[alamat(PK, 'D4'), 'Kode IK']]), temuan: () => [di('tabel-tanpa-header', alamat(PK, 'A1'), ['"Kode"', '"Indikator"'])] },
      { judul: 'judul kolom Kode RAPK diganti', buku: (b) => b.dengan([[alamat(RAPK, 'D4'), 'Nomor kode']]), temuan: () => [di('tabel-tanpa-header', alamat(RAPK, 'A1'), ['Perbarui dari PK'])] },
      { judul: 'kolom Target PK tidak ada', buku: (b) => b.dengan([[alamat(PK, 'J4'), 'Sasaran tahunan']]), temuan: () => [di('kolom-tidak-ada', alamat(PK, 'A4'), ['"Target"'])] },
    ],
  },
  b0,
);

ujiAturan(
  aturanKode,
  {
    sah: [
      { judul: 'contoh 2019', buku: contoh },
      { judul: 'kode dengan spasi di tepi tetap kode yang sama', buku: (b) => b.dengan([[b.pk('IK03', 'Kode'), '  IK03 ']]) },
    ],
    salah: [
      { judul: 'kode kosong', buku: (b) => b.dengan([[b.pk('IK03', 'Kode'), null]]), temuan: () => [di('kode-kosong', alamat(PK, 'D7'), ['"Nilai Pengelolaan BMN BPOM"'])] },
      { judul: 'indikator kosong', buku: (b) => b.dengan([[b.pk('IK03', 'Indikator'), null]]), temuan: (b) => [di('indikator-kosong', b.pk('IK03', 'Indikator'), ['IK03'])] },
      { judul: 'kode ganda di PK ("ik01" = "IK01")', buku: (b) => b.dengan([[b.pk('IK03', 'Kode'), 'ik01']]), temuan: () => [di('kode-ganda', alamat(PK, 'D7'), ['"ik01"', 'D5', 'D7'])] },
      {
        judul: 'baris RAPK disalin dengan kode yang sama',
        buku: (b) => {
          const r = b.header(RAPK) + 18; // right under the table's 17 rows
          const c = (h: string): { sheet: string; row: number; col: number; sel: string } => ({ sheet: RAPK, row: r, col: b.kolom(RAPK, h), sel: '' });
          return b.dengan([
            [c('No'), 18],
            [c('Kode'), 'ik02'],
            [c('Indikator'), 'Opini BPK atas laporan keuangan BPOM'],
          ]);
        },
        temuan: () => [di('kode-ganda', alamat(RAPK, 'D22'), ['"ik02"', 'D6', 'RAPK Arsip'])],
      },
      {
        judul: 'sasaran tanpa indikator',
        buku: (b) => b.dengan([[b.pkBaris(17, 'Sasaran'), 'Meningkatnya layanan digital']]),
        temuan: (b) => [di('sasaran-tanpa-indikator', b.pkBaris(17, 'Sasaran'), ['"Meningkatnya layanan digital"'])],
      },
    ],
  },
  b0,
);

ujiAturan(
  aturanTarget,
  {
    sah: [
      { judul: 'contoh 2019', buku: contoh },
      { judul: 'target diketik sebagai teks "54,3"', buku: (b) => b.dengan([[b.pk('IK01', 'Target'), '54,3']]) },
      { judul: 'label panjang "Wajar Tanpa Pengecualian"', buku: (b) => b.dengan([[b.pk('IK02', 'Target'), 'Wajar Tanpa Pengecualian']]) },
      { judul: 'format dengan tanda % di dalam petik bukan format persen', buku: (b) => b.dengan([[b.pk('IK03', 'Target'), 72, '0.00" %"']]) },
      {
        judul: 'rentang dengan polaritas rentang, pola akhir',
        buku: (b) => b.dengan([
          [b.pk('IK01', 'Target'), '50–60'],
          [b.pk('IK01', 'Polaritas'), 'rentang'],
        ]),
      },
    ],
    salah: [
      { judul: 'target kosong', buku: (b) => b.dengan([[b.pk('IK01', 'Target'), null]]), temuan: (b) => [di('target-kosong', b.pk('IK01', 'Target'), ['IK01', 'kosong'])] },
      { judul: 'target 0', buku: (b) => b.dengan([[b.pk('IK03', 'Target'), 0]]), temuan: (b) => [di('target-kosong', b.pk('IK03', 'Target'), ['bernilai 0'])] },
      { judul: 'target teks', buku: (b) => b.dengan([[b.pk('IK01', 'Target'), 'lima puluh']]), temuan: (b) => [di('target-tidak-terbaca', b.pk('IK01', 'Target'), ['"lima puluh"'])] },
      { judul: 'rentang dengan dua tanda hubung', buku: (b) => b.dengan([[b.pk('IK01', 'Target'), '80--90']]), temuan: (b) => [di('target-tidak-terbaca', b.pk('IK01', 'Target'), ['dua tanda hubung'])] },
      { judul: '0,72 berformat persen', buku: (b) => b.dengan([[b.pk('IK03', 'Target'), 0.72, '0%']]), temuan: (b) => [di('target-pecahan', b.pk('IK03', 'Target'), ['0,72', '72%', 'Ketik 72'])] },
      { judul: '100% diketik (tersimpan 1)', buku: (b) => b.dengan([[b.pk('IK07', 'Target'), '100%']]), temuan: (b) => [di('target-pecahan', b.pk('IK07', 'Target'), ['tampil 100%', 'Ketik 100 '])] },
      { judul: 'satuan % dengan target 1', buku: (b) => b.dengan([[b.pk('IK06', 'Target'), 1]]), temuan: (b) => [di('target-pecahan', b.pk('IK06', 'Target'), ['100%'])] },
      {
        judul: '100 diketik ulang di sel berformat persen (tampil 10.000%)',
        buku: (b) => b.dengan([[b.pk('IK07', 'Target'), 100, '0%']]),
        temuan: (b) => [di('target-format-persen', b.pk('IK07', 'Target'), ['10.000%', 'nilainya 100', 'tidak perlu diketik ulang'])],
      },
      { judul: 'label WTP dengan satuan %', buku: (b) => b.dengan([[b.pk('IK02', 'Satuan'), '%']]), temuan: (b) => [di('target-label-satuan', b.pk('IK02', 'Satuan'), ['"WTP"', '"%"'])] },
      { judul: 'polaritas rentang dengan target satu angka', buku: (b) => b.dengan([[b.pk('IK01', 'Polaritas'), 'rentang']]), temuan: (b) => [di('polaritas-rentang', b.pk('IK01', 'Polaritas'), ['54,3'])] },
      { judul: 'pola kosong (kumulatif) dengan target label', buku: (b) => b.dengan([[b.pk('IK02', 'Pola target'), null]]), temuan: (b) => [di('pola-target-bukan-angka', b.pk('IK02', 'Pola target'), ['"WTP"', 'kumulatif'])] },
    ],
  },
  b0,
);

ujiAturan(
  aturanPkIsian,
  {
    sah: [
      { judul: 'contoh 2019', buku: contoh },
      {
        judul: 'ejaan lain yang dikenal',
        buku: (b) => b.dengan([
          [b.pk('IK01', 'Polaritas'), 'Positif'],
          [b.pk('IK01', 'Pola target'), 'Akhir'],
          [b.pk('IK01', 'Pagu'), 'Rp16.153.028.000,-'],
        ]),
      },
    ],
    salah: [
      { judul: 'polaritas tidak dikenal', buku: (b) => b.dengan([[b.pk('IK01', 'Polaritas'), 'naik turun']]), temuan: (b) => [di('polaritas-tidak-dikenal', b.pk('IK01', 'Polaritas'), ['"naik turun"'])] },
      { judul: 'pola tidak dikenal', buku: (b) => b.dengan([[b.pk('IK01', 'Pola target'), 'bulanan']]), temuan: (b) => [di('pola-tidak-dikenal', b.pk('IK01', 'Pola target'), ['"bulanan"', 'B3 = T/4'])] },
      { judul: 'pagu teks', buku: (b) => b.dengan([[b.pk('IK01', 'Pagu'), 'enam belas miliar']]), temuan: (b) => [di('pagu-tidak-sah', b.pk('IK01', 'Pagu'), ['"enam belas miliar"', 'bukan angka'])] },
      { judul: 'pagu negatif', buku: (b) => b.dengan([[b.pk('IK01', 'Pagu'), -5]]), temuan: (b) => [di('pagu-tidak-sah', b.pk('IK01', 'Pagu'), ['negatif'])] },
    ],
  },
  b0,
);

const BOBOT = (b: BukuUji, isi: unknown[]) =>
  b.dengan(['Customer Perspective', 'Internal Process Perspective', 'Learning and Growth Perspective'].map((p, i) => [b.ringkasan(p, 3), isi[i] as never]));

ujiAturan(
  aturanBobot,
  {
    sah: [
      { judul: 'contoh 2019 (bobot perspektif kosong semua)', buku: contoh },
      { judul: 'bobot "1" sebagai teks', buku: (b) => b.dengan([[b.pk('IK03', 'Bobot'), '1']]) },
      { judul: 'bobot perspektif 25/15/30', buku: (b) => BOBOT(b, [25, 15, 30]) },
    ],
    salah: [
      { judul: 'bobot 0', buku: (b) => b.dengan([[b.pk('IK01', 'Bobot'), 0]]), temuan: (b) => [di('bobot-tidak-sah', b.pk('IK01', 'Bobot'), ['Bobot 0', 'harus lebih dari 0'])] },
      { judul: 'bobot bukan angka', buku: (b) => b.dengan([[b.pk('IK03', 'Bobot'), 'dua']]), temuan: (b) => [di('bobot-tidak-sah', b.pk('IK03', 'Bobot'), ['"dua"', 'bukan angka'])] },
      {
        judul: 'bobot perspektif bukan angka',
        buku: (b) => BOBOT(b, [25, 'dua puluh lima', 30]),
        temuan: (b) => [di('bobot-tidak-sah', b.ringkasan('Internal Process Perspective', 3), ['"dua puluh lima"', 'bukan angka'])],
      },
      { judul: 'bobot perspektif negatif', buku: (b) => BOBOT(b, [-30, 15, 30]), temuan: (b) => [di('bobot-tidak-sah', b.ringkasan('Customer Perspective', 3), ['-30', 'harus lebih dari 0'])] },
      {
        judul: 'bobot perspektif kosong padahal yang lain berbobot',
        buku: (b) => BOBOT(b, [30, null, null]),
        temuan: (b) => ['Internal Process Perspective', 'Learning and Growth Perspective'].map((p) => di('bobot-tidak-sah', b.ringkasan(p, 3), ['kosong', 'kosongkan semua bobot perspektif'])),
      },
      { judul: 'bobot perspektif berisi spasi saja', buku: (b) => BOBOT(b, [' ', null, null]), temuan: (b) => [di('bobot-tidak-sah', b.ringkasan('Customer Perspective', 3), ['spasi saja'])] },
    ],
  },
  b0,
);

const SENDIRI = (b: BukuUji): [ReturnType<BukuUji['setelan']>, string] => [b.setelan('Preset kriteria'), 'Tabel sendiri'];

ujiAturan(
  aturanPengaturan,
  {
    sah: [
      { judul: 'contoh 2019', buku: contoh },
      {
        judul: 'batas atas 120, preset huruf kecil dengan spasi di tepi',
        buku: (b) => b.dengan([
          [b.setelan('Batas atas capaian'), 120],
          [b.setelan('Preset kriteria'), '  permendagri 86/2017 '],
        ]),
      },
      { judul: 'tabel kriteria sendiri rusak saat tidak dipakai', buku: (b) => b.dengan([[b.atur('A15'), 'lima puluh']]) },
      { judul: 'tabel kriteria sendiri dengan "> 120,5"', buku: (b) => b.dengan([SENDIRI(b), [b.atur('A19'), '> 120,5']]) },
    ],
    salah: [
      { judul: 'batas atas teks', buku: (b) => b.dengan([[b.setelan('Batas atas capaian'), 'tanpa batas']]), temuan: (b) => [di('pengaturan-tidak-sah', b.setelan('Batas atas capaian'), ['bukan angka'])] },
      { judul: 'batas atas 120% tersimpan 1,2', buku: (b) => b.dengan([[b.setelan('Batas atas capaian'), 1.2]]), temuan: (b) => [di('pengaturan-tidak-sah', b.setelan('Batas atas capaian'), ['1,2 di bawah 100'])] },
      { judul: 'rumus negatif tidak dikenal', buku: (b) => b.dengan([[b.setelan('Rumus polaritas negatif'), 'ratio']]), temuan: (b) => [di('pengaturan-tidak-sah', b.setelan('Rumus polaritas negatif'), ['"ratio"', '"selisih" atau "rasio"'])] },
      { judul: 'periode tidak dikenal', buku: (b) => b.dengan([[b.setelan('Periode'), 'mingguan']]), temuan: (b) => [di('pengaturan-tidak-sah', b.setelan('Periode'), ['"mingguan"'])] },
      {
        judul: 'preset dengan tanda hubung (dikenal Kinerja, tidak oleh rumus)',
        buku: (b) => b.dengan([[b.setelan('Preset kriteria'), 'Permendagri 86-2017']]),
        temuan: (b) => [di('preset-ejaan', b.setelan('Preset kriteria'), ['"Permendagri 86/2017"', '#N/A'])],
      },
      { judul: 'preset tidak dikenal', buku: (b) => b.dengan([[b.setelan('Preset kriteria'), 'Kemenkeu']]), temuan: (b) => [di('pengaturan-tidak-sah', b.setelan('Preset kriteria'), ['"Kemenkeu"'])] },
      { judul: 'tabel sendiri dipakai dan rusak', buku: (b) => b.dengan([SENDIRI(b), [b.atur('A15'), 'lima puluh']]), temuan: (b) => [di('pengaturan-tidak-sah', b.atur('A14'), ['"lima puluh"', 'Tabel sendiri'])] },
      {
        judul: 'batas "> 1.200,5" yang tidak terbaca rumus pita',
        buku: (b) => b.dengan([SENDIRI(b), [b.atur('A19'), '> 1.200,5']]),
        temuan: (b) => [di('kriteria-batas-natif', b.atur('A19'), ['1.200,5', 'tidak dapat membacanya', '> 1200,5'])],
      },
      {
        judul: 'skor skala bukan angka',
        buku: (b) => b.dengan([[b.atur('C27'), 'tiga']]),
        temuan: (b) => [di('pengaturan-tidak-sah', b.atur('A27'), ['"tiga"', 'WDP'])],
      },
      {
        judul: 'label di bawah tabel skala',
        buku: (b) => b.dengan([
          [b.atur('B41'), 'Unggul'],
          [b.atur('C41'), 3],
        ]),
        temuan: (b) => [di('pengaturan-tidak-sah', b.atur('B41'), ['di luar tabel skala kualitatif (baris 25–40)'])],
      },
    ],
  },
  b0,
);

ujiAturan(
  aturanPerbarui,
  {
    sah: [
      { judul: 'contoh 2019 (dibuat Perbarui)', buku: contoh },
      { judul: 'target PK dikosongkan: dilaporkan di PK, RAPK tidak dibandingkan', buku: (b) => b.dengan([[b.pk('IK03', 'Target'), null]]) },
      { judul: 'realisasi dan a/b diketik di RAPK', buku: (b) => b.dengan([[b.rapk('IK06', A6), 45], [b.rapk('IK06', B6), 50], [b.rapk('IK01', R3), 10]]) },
    ],
    salah: [
      { judul: 'periode diubah ke semester', buku: (b) => b.dengan([[b.setelan('Periode'), 'semester']]), temuan: (b) => [di('rapk-periode-beda', b.setelan('Periode'), ['semester', 'B3, B6, B9, B12'])] },
      {
        judul: 'indikator baru di PK',
        buku: (b) => b.dengan([
          [b.pkBaris(17, 'Kode'), 'IK18'],
          [b.pkBaris(17, 'Indikator'), 'Indeks layanan digital'],
          [b.pkBaris(17, 'Target'), 80],
          [b.pkBaris(17, 'Pola target'), 'akhir'],
        ]),
        temuan: (b) => [di('pk-kode-tidak-di-rapk', b.pkBaris(17, 'Kode'), ['IK18', '"Indeks layanan digital"'])],
      },
      {
        judul: 'kode PK diganti: satu ditambah, satu keluar',
        buku: (b) => b.dengan([[b.pk('IK17', 'Kode'), 'IK99']]),
        temuan: (b) => [di('pk-kode-tidak-di-rapk', alamat(PK, 'D21'), ['IK99']), di('rapk-kode-tidak-di-pk', b.rapk('IK17', 'Kode'), ['"IK17"', 'RAPK Arsip'])],
      },
      {
        judul: 'dua baris PK satu sasaran ditukar',
        buku: (b) => {
          const isi = (k: string) => (['Kode', 'Indikator', 'IKU', 'Bobot', 'Satuan', 'Target', 'Pola target', 'Pagu'] as const).map((h) => [h, b.nilai(b.pk(k, h))] as const);
          const a = isi('IK08');
          const c = isi('IK09');
          const r8 = b.pk('IK08', 'Kode').row;
          const r9 = b.pk('IK09', 'Kode').row;
          const sel = (row: number, h: (typeof a)[number][0]) => ({ ...b.pk('IK08', h), row });
          return b.dengan([...c.map(([h, v]) => [sel(r8, h), v] as never), ...a.map(([h, v]) => [sel(r9, h), v] as never)]);
        },
        temuan: (b) => [di('rapk-urutan-beda', b.rapk('IK08', 'Kode'), ['IK09'])],
      },
      {
        judul: 'baris PK dipindah tanpa mengubah urutan RAPK (Cek PK membaca tempat lama)',
        buku: (b) => {
          // IK17 (the last sasaran) one row down: a blank PK row above it; the order by sasaran stays.
          const h = ['Perspektif', 'Sasaran', 'Kode', 'Indikator', 'IKU', 'Bobot', 'Satuan', 'Polaritas', 'Target', 'Pola target', 'Pagu'] as const;
          const r = b.pk('IK17', 'Kode').row;
          const ubah = h.flatMap((x) => {
            const a = b.pk('IK17', x);
            return [[{ ...a, row: r + 1 }, b.nilai(a)] as never, [a, null] as never];
          });
          return b.dengan(ubah);
        },
        temuan: (b) => [di('rapk-urutan-beda', b.rapk('IK17', 'Kode'), ['baris 21', 'baris 22'])],
      },
      {
        judul: 'target PK diubah',
        buku: (b) => b.dengan([[b.pk('IK03', 'Target'), 75]]),
        temuan: (b) => [di('rapk-beda-pk', b.rapk('IK03', 'Target tahunan'), ['Target tahunan di RAPK 72, di PK 75', 'PK Target'])],
      },
      {
        judul: 'bobot diketik di Pengukuran',
        buku: (b) => b.dengan([[b.ukur('IK01', 'Bobot'), 5]]),
        temuan: (b) => [di('tampilan-beda-rapk', b.ukur('IK01', 'Bobot'), ['Bobot 5, di PK 2', 'ditimpa'])],
      },
      {
        judul: 'kode di Pengukuran diketik lain',
        buku: (b) => b.dengan([[b.ukur('IK05', 'Kode'), 'IK55']]),
        temuan: (b) => [di('tampilan-beda-rapk', b.ukur('IK05', 'Kode'), ['belum memuat IK05', 'masih memuat IK55'])],
      },
      { judul: 'rumus capaian RAPK dihapus', buku: (b) => b.dengan([[b.rapk('IK01', C12), null]]), temuan: (b) => [di('rumus-hilang', b.rapk('IK01', C12))] },
      {
        judul: 'Tahun di Pengaturan diubah (kolom realisasi Renstra tanpa rumus)',
        buku: (b) => b.dengan([[b.setelan('Tahun'), 2018]]),
        temuan: (b) => [di('rumus-hilang', b.renstra('IK01', 'Realisasi 2018'), ['Tahun di Pengaturan (2018)', '17 sel'])],
      },
    ],
  },
  b0,
);

ujiAturan(
  aturanLama,
  {
    sah: [{ judul: 'contoh 2019', buku: contoh }],
    salah: [
      {
        judul: 'realisasi diketik di Pengukuran',
        buku: (b) => b.dengan([[b.ukur('IK01', 'Realisasi'), 53.36], [b.ukur('IK03', 'Realisasi'), 77.46]]),
        temuan: (b) => [di('lembar-lama', b.ukur('IK01', 'Realisasi'), ['IK01 53,36 di J5', 'IK03 77,46', 'RAPK kolom Realisasi B12'])],
      },
      {
        judul: 'realisasi tahun PK diketik di Renstra',
        buku: (b) => b.dengan([[b.renstra('IK03', 'Realisasi 2019'), 77]]),
        temuan: (b) => [di('lembar-lama', b.renstra('IK03', 'Realisasi 2019'), ['Realisasi 2019'])],
      },
    ],
  },
  b0,
);

ujiAturan(
  aturanRapkIsian,
  {
    sah: [
      { judul: 'contoh 2019', buku: contoh },
      { judul: 'a 45, b 50', buku: (b) => b.dengan([[b.rapk('IK06', A6), 45], [b.rapk('IK06', B6), 50]]) },
      { judul: 'a > b pada satuan bukan persen', buku: (b) => b.dengan([[b.rapk('IK03', A6), 60], [b.rapk('IK03', B6), 50]]) },
      { judul: 'realisasi diketik hampir sama dengan a/b', buku: (b) => b.dengan([[b.rapk('IK06', A6), 45], [b.rapk('IK06', B6), 50], [b.rapk('IK06', R6), '90,004']]) },
      { judul: 'b tanpa a', buku: (b) => b.dengan([[b.rapk('IK06', B6), 0]]) },
      { judul: 'realisasi dengan satuan dan label', buku: (b) => b.dengan([[b.rapk('IK01', R12), '53,36 nilai'], [b.rapk('IK02', R12), 'wajar tanpa pengecualian']]) },
    ],
    salah: [
      {
        judul: 'pembilang teks',
        buku: (b) => b.dengan([[b.rapk('IK06', A6), 'empat puluh'], [b.rapk('IK06', B6), 50]]),
        temuan: (b) => [di('ab-tidak-terbaca', b.rapk('IK06', A6), ['"empat puluh"'])],
      },
      { judul: 'b = 0', buku: (b) => b.dengan([[b.rapk('IK06', A6), 45], [b.rapk('IK06', B6), 0]]), temuan: (b) => [di('penyebut-nol', b.rapk('IK06', B6), ['45', 'bernilai 0'])] },
      { judul: 'b kosong', buku: (b) => b.dengan([[b.rapk('IK06', A3), '12']]), temuan: (b) => [di('penyebut-nol', b.rapk('IK06', B3), ['kosong'])] },
      { judul: 'a > b pada indikator persen', buku: (b) => b.dengan([[b.rapk('IK06', A6), 60], [b.rapk('IK06', B6), 50]]), temuan: (b) => [di('pembilang-lebih-besar', b.rapk('IK06', A6), ['60', '50', '120'])] },
      {
        judul: 'realisasi diketik berbeda dengan a/b',
        buku: (b) => b.dengan([[b.rapk('IK06', A6), 45], [b.rapk('IK06', B6), 50], [b.rapk('IK06', R6), 95]]),
        temuan: (b) => [di('realisasi-beda-ab', b.rapk('IK06', R6), ['95', '= 90'])],
      },
      { judul: 'realisasi teks', buku: (b) => b.dengan([[b.rapk('IK07', R6), 'lihat lampiran']]), temuan: (b) => [di('realisasi-tidak-terbaca', b.rapk('IK07', R6), ['"lihat lampiran"', 'B6'])] },
    ],
  },
  b0,
);

ujiAturan(
  aturanRapkTarget,
  {
    sah: [
      { judul: 'contoh 2019', buku: contoh },
      { judul: 'target kumulatif diketik sama dengan pembagian rata', buku: (b) => b.dengan([[b.rapk('IK06', rapkTargetHeader('B3')), 25]]) },
      { judul: 'target pola tetap diketik sama (dilaporkan aturan hitungan)', buku: (b) => b.dengan([[b.rapk('IK07', rapkTargetHeader('B6')), 100]]) },
    ],
    salah: [
      { judul: 'pola akhir dengan target B3 diketik', buku: (b) => b.dengan([[b.rapk('IK01', rapkTargetHeader('B3')), 13.5]]), temuan: (b) => [di('target-pola', b.rapk('IK01', rapkTargetHeader('B3')), ['13,5', '"akhir"'])] },
      { judul: 'pola tetap dengan target B6 lain', buku: (b) => b.dengan([[b.rapk('IK07', rapkTargetHeader('B6')), 90]]), temuan: (b) => [di('target-pola', b.rapk('IK07', rapkTargetHeader('B6')), ['90', '"tetap"'])] },
      {
        judul: 'kumulatif menurun',
        buku: (b) => b.dengan([[b.rapk('IK06', rapkTargetHeader('B6')), 20]]),
        temuan: (b) => [di('target-pola', b.rapk('IK06', rapkTargetHeader('B6')), ['20', 'T/2 = 50', 'menurun'])],
      },
      {
        judul: 'kumulatif diketik per periode, naik',
        buku: (b) => b.dengan([[b.rapk('IK06', rapkTargetHeader('B3')), 20], [b.rapk('IK06', rapkTargetHeader('B6')), 45], [b.rapk('IK06', rapkTargetHeader('B9')), 70]]),
        temuan: (b) => ['B3', 'B6', 'B9'].map((q) => di('target-kumulatif-diketik', b.rapk('IK06', rapkTargetHeader(q)), ['pembagian rata'])),
      },
      { judul: 'kumulatif: periode terakhir bukan target tahunan', buku: (b) => b.dengan([[b.rapk('IK06', rapkTargetHeader('B12')), 90]]), temuan: (b) => [di('target-pola', b.rapk('IK06', rapkTargetHeader('B12')), ['90', 'target tahunan PK 100'])] },
    ],
  },
  b0,
);

ujiAturan(
  aturanCapaian,
  {
    sah: [
      { judul: 'contoh 2019 dengan Permendagri 86/2017 (tanpa batas reviu)', buku: (b) => b.dengan([[b.setelan('Preset kriteria'), 'Permendagri 86/2017']]) },
      { judul: 'batas atas 120: capaian dibatasi', buku: (b) => b.dengan([[b.setelan('Batas atas capaian'), 120]]) },
    ],
    salah: [
      { judul: 'contoh 2019: tiga capaian di atas 120', buku: contoh, temuan: (b) => REVIU(b).map((x, i) => ({ ...x, sebut: [['132,16'], ['131,08'], ['128,03']][i].concat('terlalu rendah', 'BPOM Tabel 3') })) },
      {
        judul: 'negatif di atas 120: target terlalu tinggi, bukan terlalu rendah',
        buku: (b) => b.dengan([[b.pk('IK07', 'Polaritas'), 'negatif'], [b.rapk('IK07', 'Polaritas'), 'negatif'], [b.rapk('IK07', R12), 10]]),
        temuan: (b) => [...REVIU(b), di('capaian-lebih-120', b.rapk('IK07', C12), ['190', 'polaritas negatif', 'terlalu tinggi'])],
      },
      {
        judul: 'target PK dikosongkan: capaian baris itu tidak dinilai lagi (dikatakan di PK)',
        buku: (b) => b.dengan([[b.pk('IK04', 'Target'), null]]),
        temuan: (b) => REVIU(b).filter((x) => x.sel !== b.rapk('IK04', C12).sel),
      },
      { judul: 'label dari skala lain', buku: (b) => b.dengan([[b.rapk('IK02', R12), 'AA']]), temuan: (b) => [...REVIU(b), di('skala-berbeda', b.rapk('IK02', R12), ['"AA"', 'Predikat AKIP', 'Opini BPK'])] },
      { judul: 'label terhadap target angka', buku: (b) => b.dengan([[b.rapk('IK01', R12), 'WTP']]), temuan: (b) => [...REVIU(b), di('skala-berbeda', b.rapk('IK01', R12), ['"WTP"', '54,3'])] },
      { judul: 'realisasi pecahan terhadap target poin persen', buku: (b) => b.dengan([[b.rapk('IK06', R12), 0.9944]]), temuan: (b) => [...REVIU(b), di('satuan-berbeda', b.rapk('IK06', R12), ['0,9944', '99,44'])] },
      {
        judul: 'target 1 (bukan %) terhadap realisasi 99,44: dilaporkan di sel target PK',
        buku: (b) => b.dengan([[b.pk('IK06', 'Satuan'), 'indeks'], [b.pk('IK06', 'Target'), 1], [b.rapk('IK06', 'Target tahunan'), 1]]),
        temuan: (b) => [...REVIU(b), di('satuan-berbeda', b.pk('IK06', 'Target'), ['Ketik target 100'])],
      },
      { judul: 'realisasi pada periode tanpa target (pola akhir)', buku: (b) => b.dengan([[b.rapk('IK01', R3), 20]]), temuan: (b) => [...REVIU(b), di('realisasi-tanpa-target', b.rapk('IK01', R3), ['B3', '"akhir"'])] },
      {
        judul: 'negatif-rasio dengan realisasi 0',
        buku: (b) => b.dengan([[b.pk('IK03', 'Polaritas'), 'negatif-rasio'], [b.rapk('IK03', 'Polaritas'), 'negatif-rasio'], [b.rapk('IK03', R12), 0]]),
        temuan: (b) => [...REVIU(b), di('capaian-galat', b.rapk('IK03', C12), ['realisasi 0'])],
      },
    ],
  },
  b0,
);

ujiAturan(
  aturanHitungan,
  {
    sah: [
      { judul: 'contoh 2019', buku: contoh },
      { judul: 'realisasi diketik di RAPK, target kumulatif diketik', buku: (b) => b.dengan([[b.rapk('IK01', R12), 60], [b.rapk('IK06', rapkTargetHeader('B3')), 20]]) },
      { judul: 'realisasi anggaran diketik', buku: (b) => b.dengan([[b.anggaran(2, 'Realisasi Anggaran'), 1300000000]]) },
    ],
    salah: [
      { judul: 'capaian diketik berbeda', buku: (b) => b.dengan([[b.rapk('IK01', C12), 99]]), temuan: (b) => [di('capaian-berbeda', b.rapk('IK01', C12), ['99', '98,27', 'R / T × 100'])] },
      { judul: 'capaian diketik sama dengan hasil rumus', buku: (b) => b.dengan([[b.rapk('IK01', C12), 98.26887661141805]]), temuan: (b) => [di('nilai-menimpa-rumus', b.rapk('IK01', C12), ['sama dengan hasil rumusnya'])] },
      {
        judul: 'rumus capaian diubah',
        buku: (b) => b.dengan([[b.rapk('IK01', C12), `=ROUND(${b.rapk('IK01', R12).sel}/${b.rapk('IK01', rapkTargetHeader('B12')).sel}*100,0)`]]),
        temuan: (b) => [di('capaian-berbeda', b.rapk('IK01', C12), ['Rumus di', '98', 'tampaknya diubah'])],
      },
      {
        judul: 'rumus Kinerja yang tidak diubah menghasilkan nilai lain (dibaca dari host)',
        buku: (b) => b.dengan([], (wb) => {
          const a = b.ringkasan('Organisasi', 2);
          lembarSnap(wb, a.sheet).values[a.row][a.col] = 'Cukup';
        }),
        temuan: (b) => [di('kriteria-berbeda', b.ringkasan('Organisasi', 2), ['Rumus Kinerja di', '"Cukup"', '106,37 termasuk "Baik"', 'laporkan'])],
      },
      { judul: 'kriteria diketik lain', buku: (b) => b.dengan([[b.rapk('IK01', K12), 'Sangat Baik']]), temuan: (b) => [di('kriteria-berbeda', b.rapk('IK01', K12), ['"Sangat Baik"', '"Baik"', 'BPOM Tabel 3'])] },
      { judul: 'kriteria bukan pita', buku: (b) => b.dengan([[b.rapk('IK01', K12), 'Bagus']]), temuan: (b) => [di('kriteria-tidak-dikenal', b.rapk('IK01', K12), ['"Bagus"', 'Sangat Kurang'])] },
      { judul: 'NPS sasaran RAPK diketik', buku: (b) => b.dengan([[b.rapk('IK08', rapkNpsHeader('B12')), 109.03]]), temuan: (b) => [di('nps-berbeda', b.rapk('IK08', rapkNpsHeader('B12')), ['109,03', '109,04'])] },
      {
        judul: 'LAKIP 2019: ringkasan menyebut 106,37 "Sangat Baik"',
        buku: (b) => b.dengan([[b.ringkasan('Organisasi', 2), 'Sangat Baik']]),
        temuan: (b) => [di('kriteria-berbeda', b.ringkasan('Organisasi', 2), ['"Sangat Baik"', '106,37', '"Baik"'])],
      },
      {
        judul: 'LAKIP 2019: Tabel 4 menyebut sasaran 10 (111,13) "Baik"',
        buku: (b) => b.dengan([[b.ukur('IK13', 'Kriteria Sasaran'), 'Baik']]),
        temuan: (b) => [di('kriteria-berbeda', b.ukur('IK13', 'Kriteria Sasaran'), ['111,13', '"Sangat Baik"'])],
      },
      { judul: 'capaian Pengukuran diketik', buku: (b) => b.dengan([[b.ukur('IK01', 'Capaian'), 99]]), temuan: (b) => [di('capaian-berbeda', b.ukur('IK01', 'Capaian'), ['99', '98,27'])] },
      { judul: 'target Pengukuran diketik lain', buku: (b) => b.dengan([[b.ukur('IK01', 'Target'), 60]]), temuan: (b) => [di('nilai-menimpa-rumus', b.ukur('IK01', 'Target'), ['60', '54,3'])] },
      { judul: 'rumus target Pengukuran diganti', buku: (b) => b.dengan([[b.ukur('IK01', 'Target'), '=60']]), temuan: (b) => [di('rumus-diubah', b.ukur('IK01', 'Target'), ['60', '54,3'])] },
      { judul: 'NPS organisasi diketik', buku: (b) => b.dengan([[b.ringkasan('Organisasi', 1), 110]]), temuan: (b) => [di('nps-berbeda', b.ringkasan('Organisasi', 1), ['110', '106,37'])] },
      {
        judul: 'serapan dan kategori diketik',
        buku: (b) => b.dengan([[b.anggaran(2, 'Realisasi Anggaran'), 1300000000], [b.anggaran(2, 'Serapan'), 50], [b.anggaran(2, 'Kategori'), 'Tidak Efisien']]),
        temuan: (b) => [di('serapan-berbeda', b.anggaran(2, 'Serapan'), ['50', '93,91']), di('kategori-berbeda', b.anggaran(2, 'Kategori'), ['"Tidak Efisien"', '"Efisien"'])],
      },
    ],
  },
  b0,
);

ujiAturan(
  aturanAnggaran,
  {
    sah: [
      { judul: 'contoh 2019 (belum ada realisasi anggaran)', buku: contoh },
      { judul: 'realisasi 0 dan sama dengan pagu', buku: (b) => b.dengan([[b.anggaran(1, 'Realisasi Anggaran'), 0], [b.anggaran(2, 'Realisasi Anggaran'), '1.384.303.000']]) },
    ],
    salah: [
      { judul: 'realisasi teks', buku: (b) => b.dengan([[b.anggaran(1, 'Realisasi Anggaran'), 'enam belas miliar']]), temuan: (b) => [di('anggaran-tidak-terbaca', b.anggaran(1, 'Realisasi Anggaran'), ['"enam belas miliar"'])] },
      { judul: 'realisasi negatif', buku: (b) => b.dengan([[b.anggaran(1, 'Realisasi Anggaran'), -5000]]), temuan: (b) => [di('anggaran-negatif', b.anggaran(1, 'Realisasi Anggaran'), ['-5.000'])] },
      { judul: 'realisasi melebihi pagu', buku: (b) => b.dengan([[b.anggaran(2, 'Realisasi Anggaran'), 'Rp1.484.303.000,-']]), temuan: (b) => [di('anggaran-lebih-pagu', b.anggaran(2, 'Realisasi Anggaran'), ['1.384.303.000', '107,22'])] },
      {
        judul: 'pagu kosong dengan realisasi: dilaporkan di pagu PK',
        buku: (b) => b.dengan([[b.pk('IK03', 'Pagu'), null], [b.anggaran(2, 'Pagu'), null], [b.anggaran(2, 'Realisasi Anggaran'), 1200000000]]),
        temuan: (b) => [di('pagu-kosong', b.pk('IK03', 'Pagu'), ['kosong', '1.200.000.000'])],
      },
    ],
  },
  b0,
);

ujiAturan(
  aturanKosongNol,
  {
    sah: [
      { judul: 'contoh 2019 (rumus Kinerja dijaga)', buku: contoh },
      {
        judul: 'rumus dijaga dengan IF',
        buku: (b) => {
          b.ketik([alamat(RAPK, 'AU5'), '=IF(O5="","",KINERJA.CAPAIAN(O5,J5))']);
          const wb = b.dengan([], desktop('AU5', 0));
          b.ketik([alamat(RAPK, 'AU5'), null]);
          return wb;
        },
      },
      { judul: 'realisasi yang dirujuk terisi', buku: (b) => b.dengan([[alamat(RAPK, 'O5'), 50], [alamat(RAPK, 'AU5'), '=KINERJA.CAPAIAN(O5,J5)']]) },
      { judul: 'peramban: sel kosong tetap kosong', buku: (b) => b.dengan([[alamat(RAPK, 'AU5'), '=KINERJA.CAPAIAN(O5,J5)']]) },
    ],
    salah: [
      {
        judul: 'Excel desktop: CAPAIAN atas sel kosong tampil 0',
        buku: (b) => {
          b.ketik([alamat(RAPK, 'AU5'), '=KINERJA.CAPAIAN(O5,J5)']);
          const wb = b.dengan([], desktop('AU5', 0));
          b.ketik([alamat(RAPK, 'AU5'), null]);
          return wb;
        },
        temuan: () => [di('kosong-jadi-nol', alamat(RAPK, 'AU5'), ['O5', 'Excel desktop', '=IF(O5="","",KINERJA.CAPAIAN(O5,J5))'])],
      },
      {
        judul: 'Excel desktop: KRITERIA atas sel kosong tampil "Sangat Kurang"',
        buku: (b) => {
          b.ketik([alamat(RAPK, 'AV5'), '=KINERJA.KRITERIA(O5)']);
          const wb = b.dengan([], desktop('AV5', 'Sangat Kurang'));
          b.ketik([alamat(RAPK, 'AV5'), null]);
          return wb;
        },
        temuan: () => [di('kosong-jadi-nol', alamat(RAPK, 'AV5'), ['kriteria', '=IF(O5="","",KINERJA.KRITERIA(O5))'])],
      },
    ],
  },
  b0,
);

/** The example with period B12 validated (Berita Acara and locks), as the cycle's Validasi makes it. */
let validasi: BukuUji | null = null;
const bV = (): BukuUji => {
  if (validasi) return validasi;
  const b = BukuUji.contoh();
  const r = rencanaSiklus('validasi', b.bk.bacaSnapshot(BACA_SIKLUS.validasi), {
    sekarang: '2024-01-20T03:00:00Z',
    validasi: { periode: 'B12', validator: [{ nama: 'Rina', nip: '', jabatan: 'Ketua Tim' }] },
  });
  if (!r.plan) throw new Error(r.hasil.pesan);
  b.bk.terapkanRencana(r.plan);
  return (validasi = b);
};
/** A cell of the Berita Acara's indicator table, by Kode and column. */
const baSel = (b: BukuUji, kode: string, judul: string): Alamat => {
  const v = b.snapshot().sheets.find((s) => s.name === LEMBAR_SIKLUS.BA)!.values;
  const h = v.findIndex((r) => r.includes('Kode') && r.includes('Realisasi'));
  const row = v.findIndex((r, i) => i > h && r[v[h].indexOf('Kode')] === kode);
  const col = v[h].indexOf(judul);
  return { sheet: LEMBAR_SIKLUS.BA, row, col, sel: a1(row, col) };
};
/** A value typed into the snapshot past the protection (as after Unprotect in Excel). */
const ketikPaksa = (wb: ReturnType<BukuUji['snapshot']>, a: Alamat, nilai: number): void => {
  lembarSnap(wb, a.sheet).values[a.row][a.col] = nilai;
};
/** The fingerprint's cell under the Berita Acara (column B of its "Sidik jari" row). */
const sidikSel = (b: BukuUji): Alamat => {
  const v = b.snapshot().sheets.find((s) => s.name === LEMBAR_SIKLUS.BA)!.values;
  const row = v.findIndex((r) => typeof r[1] === 'string' && /^[0-9a-f]{64}$/.test(r[1] as string));
  return { sheet: LEMBAR_SIKLUS.BA, row, col: 1, sel: a1(row, 1) };
};

ujiAturan(
  aturanValidasi,
  {
    sah: [
      { judul: 'B12 divalidasi, tidak ada yang berubah', buku: contoh },
      { judul: 'periode lain (B6) diisi setelah validasi B12', buku: (b) => b.dengan([[b.rapk('IK03', rapkBlok('B6')[2]), 70]]) },
    ],
    salah: [
      {
        // The cells are locked (Kinerja refuses the edit); someone lifted the protection in Excel and typed.
        judul: 'realisasi B12 tervalidasi diketik ulang setelah proteksi dibuka',
        buku: (b) => b.dengan([], (wb) => ketikPaksa(wb, b.rapk('IK03', R12), 1)),
        temuan: (b) => [di('validasi-berubah', b.rapk('IK03', R12), ['Realisasi IK03 periode B12', 'Koreksi'])],
      },
      {
        judul: 'angka di tabel Berita Acara diubah',
        buku: (b) => b.dengan([], (wb) => ketikPaksa(wb, baSel(b, 'IK03', 'Realisasi'), 12345)),
        temuan: (b) => [di('berita-acara-diubah', sidikSel(b), ['sidik jari'])],
      },
      {
        judul: 'indikator tervalidasi hilang dari RAPK',
        buku: (b) =>
          b.dengan([], (wb) => {
            const k = b.rapk('IK03', 'Kode');
            lembarSnap(wb, RAPK).values[k.row][k.col] = 'IK99';
          }),
        temuan: (b) => [di('validasi-baris-hilang', baSel(b, 'IK03', 'Kode'), ['IK03', 'RAPK Arsip'])],
      },
    ],
  },
  bV,
);

/**
 * The UKPBJ rules are tested in test/periksa-ukpbj.test.ts, which makes the same two checks for them
 * (Jest gives each file its own modules, so the sets filled there are not seen here).
 */
const UKPBJ = DAFTAR_ATURAN.filter((a) => a.nama.startsWith('ukpbj'));
const kodeUkpbj = new Set(UKPBJ.flatMap((a) => Object.keys(a.kode)));

describe('daftar aturan', () => {
  test('setiap aturan diuji dengan ujiAturan (UKPBJ di periksa-ukpbj.test.ts)', () => {
    expect(UKPBJ.map((a) => a.nama).sort()).toEqual(['ukpbj-indikator', 'ukpbj-paket']);
    expect(DAFTAR_ATURAN.map((a) => a.nama).filter((n) => !ATURAN_DIUJI.has(n) && !n.startsWith('ukpbj'))).toEqual([]);
  });
  test('setiap kode aturan punya kasus salah (UKPBJ di periksa-ukpbj.test.ts)', () => {
    expect(Object.keys(ATURAN).filter((k) => !KODE_DIUJI.has(k) && !kodeUkpbj.has(k))).toEqual([]);
  });
  test('satu kode, satu tingkat; setiap kode berbentuk kebab-case, judulnya bahasa Indonesia', () => {
    for (const [k, v] of Object.entries(ATURAN)) {
      expect(k).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(['Kesalahan', 'Peringatan', 'Info']).toContain(v.tingkat);
      expect(v.judul.length).toBeGreaterThan(8);
    }
  });
});

export { ATUR };
