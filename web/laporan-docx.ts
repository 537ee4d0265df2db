/**
 * "Unduh Bab III (.docx)": the report as a chapter of a LAKIP in Word, with
 * the `docx` library. This file is a chunk of its own, loaded only when the
 * button is clicked (bridge-web.ts imports it dynamically); it never enters
 * the Excel or Sheets bundles (test/laporan-docx.test.ts checks).
 *
 * Everything it says comes from the report object core builds from the views
 * (core/laporan/susun.ts), the same one the Laporan sheet is written from:
 * the Ringkasan, the tables in the shapes of Tabel 5, 4, 19 and 20, the
 * comparisons, and the charts as pictures. Numbers the Indonesian way.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { CellInput } from '../core/values';
import { parseCell } from '../core/values';
import { TOMBOL_LAPORAN } from '../core/laporan/susun';
import type { Laporan } from '../core/laporan/susun';
import { teksUkpbj } from '../core/laporan/ukpbj';
import { JenisNilai, KOSONG, angkaTetap, nilaiTeks } from '../core/laporan/teks';
import type { SpecGrafik } from '../core/workbook';
import type { DataGrafik } from './grafik';

/** Draws a chart as PNG (the page: web/grafik.ts pngGrafik, on a canvas). */
export type LukisPng = (g: SpecGrafik, d: DataGrafik, ukuran: { lebar: number; tinggi: number }) => Promise<Uint8Array>;

export interface OpsiDocx {
  lukis: LukisPng;
  /** The workbook's name, on the first line. */
  namaBuku?: string;
}

type Jenis = JenisNilai;

/** A view's value as the chapter prints it (core's nilaiTeks: the sheet's sentences say it the same way). */
export const teksNilai = (v: CellInput, jenis: Jenis): string => nilaiTeks(v, jenis);

const HURUF = 'Calibri';
const BIRU = '1F4E78';

function p(teks: string, o: { tebal?: boolean; miring?: boolean; ukuran?: number; rata?: (typeof AlignmentType)[keyof typeof AlignmentType]; setelah?: number; sebelum?: number } = {}): Paragraph {
  return new Paragraph({
    alignment: o.rata ?? AlignmentType.JUSTIFIED,
    spacing: { after: o.setelah ?? 120, before: o.sebelum ?? 0, line: 276 },
    children: [new TextRun({ text: teks, bold: o.tebal, italics: o.miring, size: o.ukuran ?? 22, font: HURUF })],
  });
}

function judul(teks: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel] = HeadingLevel.HEADING_2): Paragraph {
  return new Paragraph({ heading: level, spacing: { before: 240, after: 120 }, children: [new TextRun({ text: teks, bold: true, font: HURUF, color: BIRU, size: level === HeadingLevel.HEADING_1 ? 28 : 24 })] });
}

function keterangan(teks: string): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 120, after: 80 }, keepNext: true, children: [new TextRun({ text: teks, bold: true, font: HURUF, size: 20 })] });
}

interface Sel {
  teks: string;
  kanan?: boolean;
  tengah?: boolean;
  tebal?: boolean;
  latar?: string;
}

const garis = { style: BorderStyle.SINGLE, size: 4, color: '9AA4AF' };

/** A table: a header row repeated on every page, rows that do not split, widths in percent. */
function tabel(header: string[], rows: Sel[][], lebar: number[]): Table {
  const sel = (s: Sel, kepala: boolean, i: number): TableCell =>
    new TableCell({
      width: { size: lebar[i] ?? 10, type: WidthType.PERCENTAGE },
      shading: kepala ? { type: ShadingType.CLEAR, fill: BIRU, color: 'auto' } : s.latar ? { type: ShadingType.CLEAR, fill: s.latar, color: 'auto' } : undefined,
      margins: { top: 40, bottom: 40, left: 70, right: 70 },
      children: [
        new Paragraph({
          alignment: kepala || s.tengah ? AlignmentType.CENTER : s.kanan ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [new TextRun({ text: s.teks, bold: kepala || s.tebal, color: kepala ? 'FFFFFF' : undefined, size: 18, font: HURUF })],
        }),
      ],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: garis, bottom: garis, left: garis, right: garis, insideHorizontal: garis, insideVertical: garis },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: header.map((h, i) => sel({ teks: h }, true, i)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((s, i) => sel(s, false, i)) })),
    ],
  });
}

const kolom = (teks: string, o: Omit<Sel, 'teks'> = {}): Sel => ({ teks, ...o });
const angka = (v: CellInput, jenis: Jenis, o: Omit<Sel, 'teks'> = {}): Sel => ({ teks: teksNilai(v, jenis), kanan: parseCell(v).kind === 'number', ...o });

const LATAR_KELOMPOK = 'DDEBF7';

/** The charts of the chapter: specs for the picture (no sheet: the data come from the report object). */
function gambarSasaran(l: Laporan): { g: SpecGrafik; d: DataGrafik } {
  const g: SpecGrafik = {
    nama: 'sasaran',
    jenis: 'kolomGaris',
    judul: `Capaian per sasaran (NPS, %), ${l.namaPeriode}${l.tahun !== null ? ` ${l.tahun}` : ''}`,
    kategori: 'A1',
    seri: [],
    posisi: { sel: 'A1', lebar: 640, tinggi: 320 },
    sumbuY: '%',
  };
  return {
    g,
    d: {
      kategori: l.sasaran.map((s) => `${s.no}. ${s.nama}`),
      seri: [
        { nama: 'Capaian (NPS)', jenis: 'kolom', warna: '#2E75B6', nilai: l.sasaran.map((s) => s.npsAngka) },
        { nama: 'Target (100%)', jenis: 'garis', warna: '#C00000', nilai: l.sasaran.map(() => 100) },
      ],
    },
  };
}

function gambarPerspektif(l: Laporan): { g: SpecGrafik; d: DataGrafik } {
  const g: SpecGrafik = { nama: 'perspektif', jenis: 'kolom', judul: 'NPS per perspektif dan organisasi', kategori: 'A1', seri: [], posisi: { sel: 'A1', lebar: 640, tinggi: 280 }, sumbuY: '%' };
  return {
    g,
    d: {
      kategori: [...l.perspektif.map((x) => x.nama || '(tanpa perspektif)'), 'Organisasi'],
      seri: [{ nama: 'NPS', jenis: 'kolom', warna: '#548235', nilai: [...l.perspektif.map((x) => x.npsAngka), l.organisasi.npsAngka] }],
    },
  };
}

function angkaAtauNull(v: CellInput): number | null {
  const q = parseCell(v);
  return q.kind === 'number' ? q.value : null;
}

async function gambar(o: OpsiDocx, x: { g: SpecGrafik; d: DataGrafik }, alt: string): Promise<Paragraph> {
  const ukuran = { lebar: x.g.posisi.lebar, tinggi: x.g.posisi.tinggi };
  const png = await o.lukis(x.g, x.d, ukuran);
  // Word measures a picture in pixels at 96 dpi: 600 px wide fills the text width of an A4 page with 2 cm margins.
  const w = 600;
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    children: [new ImageRun({ type: 'png', data: png, transformation: { width: w, height: Math.round((w * ukuran.tinggi) / ukuran.lebar) }, altText: { title: x.g.judul, description: alt, name: x.g.nama } })],
  });
}

/** The chapter as .docx bytes. */
export async function buatDocx(l: Laporan, o: OpsiDocx): Promise<Uint8Array> {
  const th = l.tahun !== null ? ` ${l.tahun}` : '';
  const isi: Array<Paragraph | Table> = [];
  isi.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 60 }, children: [new TextRun({ text: 'BAB III', bold: true, size: 28, font: HURUF })] }));
  isi.push(new Paragraph({ alignment: AlignmentType.CENTER, heading: HeadingLevel.HEADING_1, spacing: { after: 240 }, children: [new TextRun({ text: 'AKUNTABILITAS KINERJA', bold: true, size: 32, font: HURUF, color: BIRU })] }));
  isi.push(p(`Periode laporan: ${l.namaPeriode}${th}. Kriteria: ${l.preset.nama}.${o.namaBuku ? ` Sumber: buku kerja ${o.namaBuku}.` : ''} Semua angka diambil dari lembar kerja Kinerja (Pengukuran, Anggaran dan Efisiensi, Renstra, RAPK).`, { miring: true, ukuran: 18, rata: AlignmentType.LEFT }));
  for (const w of l.peringatan) isi.push(p(`Perhatian: ${w}`, { tebal: true, ukuran: 20 }));

  // A. Ringkasan.
  isi.push(judul('A. Ringkasan'));
  isi.push(p(l.teks.nps));
  for (const t of l.teks.perspektif) isi.push(new Paragraph({ bullet: { level: 0 }, spacing: { after: 60 }, children: [new TextRun({ text: t, size: 22, font: HURUF })] }));
  isi.push(p(l.teks.sebaran, { sebelum: 120 }));
  isi.push(keterangan(`Tabel 1. Sebaran indikator menurut kriteria (${l.preset.nama})`));
  isi.push(
    tabel(
      ['No', 'Kriteria', 'Rentang capaian', 'Jumlah indikator'],
      [
        ...l.sebaran.map((k, i) => [kolom(String(i + 1), { tengah: true }), kolom(k.label), kolom(k.rentang, { tengah: true }), kolom(String(k.indikator.length), { tengah: true })]),
        ...(l.belumAda.length ? [[kolom(''), kolom('Belum ada realisasi'), kolom(''), kolom(String(l.belumAda.length), { tengah: true })]] : []),
        ...(l.galat.length ? [[kolom(''), kolom('Capaian belum dapat dihitung'), kolom(''), kolom(String(l.galat.length), { tengah: true })]] : []),
        [kolom('', { latar: LATAR_KELOMPOK }), kolom('Jumlah', { tebal: true, latar: LATAR_KELOMPOK }), kolom('', { latar: LATAR_KELOMPOK }), kolom(String(l.indikator.length), { tengah: true, tebal: true, latar: LATAR_KELOMPOK })],
      ],
      [8, 42, 25, 25],
    ),
  );
  isi.push(judul('Ringkasan Eksekutif', HeadingLevel.HEADING_3));
  isi.push(p(l.teks.ringkasanEksekutif));
  if (l.teks.anggaran) isi.push(p(l.teks.anggaran));
  if (l.teks.saran.length) {
    isi.push(judul('Saran', HeadingLevel.HEADING_3));
    l.teks.saran.forEach((s, i) => isi.push(p(`${i + 1}. ${s}`)));
  }

  // B. Capaian kinerja.
  isi.push(judul('B. Capaian Kinerja'));
  isi.push(keterangan(`Tabel 2. Pencapaian Indikator Kinerja per sasaran, ${l.namaPeriode}${th}`));
  const rows5: Sel[][] = [];
  for (const g of l.perspektif) {
    rows5.push([kolom(g.huruf, { tebal: true, latar: LATAR_KELOMPOK }), kolom(g.nama || '(tanpa perspektif)', { tebal: true, latar: LATAR_KELOMPOK }), ...Array.from({ length: 5 }, () => kolom('', { latar: LATAR_KELOMPOK }))]);
    for (const s of g.sasaran) {
      s.indikator.forEach((x, i) =>
        rows5.push([
          kolom(i === 0 ? String(s.no) : '', { tengah: true }),
          kolom(i === 0 ? s.nama : ''),
          kolom(`${x.kode} ${x.nama}`),
          kolom(x.satuan || '-', { tengah: true }),
          angka(x.target, 'angka'),
          angka(x.realisasi, 'angka'),
          angka(x.capaian, 'persen'),
        ]),
      );
    }
  }
  isi.push(tabel(['No', 'Sasaran', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'], rows5, [5, 27, 32, 8, 9, 9, 10]));
  isi.push(keterangan(`Tabel 3. Pencapaian Sasaran per perspektif, ${l.namaPeriode}${th}`));
  const rows4: Sel[][] = [];
  for (const g of l.perspektif) {
    rows4.push([kolom(`${g.huruf}.`, { tebal: true, latar: LATAR_KELOMPOK }), kolom(g.nama || '(tanpa perspektif)', { tebal: true, latar: LATAR_KELOMPOK }), angka(g.nps, 'persen', { tebal: true, latar: LATAR_KELOMPOK }), kolom(teksNilai(g.kriteria, 'teks'), { tebal: true, latar: LATAR_KELOMPOK })]);
    for (const s of g.sasaran) rows4.push([kolom(`${s.no}.`, { tengah: true }), kolom(s.nama), angka(s.nps, 'persen'), kolom(teksNilai(s.kriteria, 'teks'))]);
  }
  rows4.push([kolom('', { latar: 'BDD7EE' }), kolom('Organisasi', { tebal: true, latar: 'BDD7EE' }), angka(l.organisasi.nps, 'persen', { tebal: true, latar: 'BDD7EE' }), kolom(teksNilai(l.organisasi.kriteria, 'teks'), { tebal: true, latar: 'BDD7EE' })]);
  isi.push(tabel(['No', 'Perspektif / Sasaran', 'NPS', 'Kriteria'], rows4, [7, 61, 12, 20]));
  isi.push(p(l.organisasi.npsAngka !== null ? `NPS${th} sebesar ${angkaTetap(l.organisasi.npsAngka, 2)} (${teksNilai(l.organisasi.kriteria, 'teks')}).` : l.teks.nps, { sebelum: 120 }));
  isi.push(await gambar(o, gambarSasaran(l), 'Capaian (NPS) tiap sasaran sebagai batang, dengan garis target 100%.'));
  isi.push(keterangan('Gambar 1. Capaian per sasaran (batang) dan target 100% (garis)'));
  isi.push(await gambar(o, gambarPerspektif(l), 'NPS tiap perspektif dan organisasi.'));
  isi.push(keterangan('Gambar 2. NPS per perspektif dan organisasi'));

  if (l.anggaran) {
    const ag = l.anggaran;
    isi.push(judul('C. Anggaran dan Efisiensi'));
    if (l.teks.anggaran) isi.push(p(l.teks.anggaran));
    isi.push(keterangan(`Tabel 4. Pagu dan realisasi anggaran per sasaran${th}`));
    isi.push(
      tabel(
        ['No', 'Sasaran', 'Pagu (Rp)', 'Realisasi (Rp)', 'Serapan (%)', 'Porsi pagu (%)'],
        [
          ...ag.baris.map((b) => [kolom(String(b.no), { tengah: true }), kolom(b.sasaran), angka(b.pagu, 'rupiah'), angka(b.realisasi, 'rupiah'), angka(b.serapan, 'persen'), angka(b.porsi, 'persen')]),
          ...(ag.jumlah
            ? [[kolom('', { latar: LATAR_KELOMPOK }), kolom('Jumlah', { tebal: true, latar: LATAR_KELOMPOK }), angka(ag.jumlah.pagu, 'rupiah', { tebal: true, latar: LATAR_KELOMPOK }), angka(ag.jumlah.realisasi, 'rupiah', { tebal: true, latar: LATAR_KELOMPOK }), angka(ag.jumlah.serapan, 'persen', { tebal: true, latar: LATAR_KELOMPOK }), angka(100, 'persen', { tebal: true, latar: LATAR_KELOMPOK })]]
            : []),
        ],
        [5, 29, 21, 21, 12, 12],
      ),
    );
    isi.push(keterangan(`Tabel 5. Efisiensi per sasaran${th} (IE = capaian output / serapan, SE = 1, TE = (IE − SE) / SE)`));
    isi.push(
      tabel(
        ['No', 'Sasaran', 'Capaian output (%)', 'Serapan (%)', 'IE', 'TE', 'Kategori'],
        ag.baris.map((b) => [kolom(String(b.no), { tengah: true }), kolom(b.sasaran), angka(b.capaianOutput, 'persen'), angka(b.serapan, 'persen'), angka(b.ie, 'rasio'), angka(b.te, 'rasio'), kolom(teksNilai(b.kategori, 'teks'))]),
        [5, 39, 13, 11, 8, 8, 16],
      ),
    );
  }

  // D. Perbandingan.
  isi.push(judul(l.anggaran ? 'D. Perbandingan' : 'C. Perbandingan'));
  if (l.renstra) {
    const rs = l.renstra;
    const ini = rs.tahunIni;
    const lalu = ini !== null && rs.tahun.includes(ini - 1) ? ini - 1 : null;
    isi.push(
      p(
        `Realisasi ${ini ?? 'tahun ini'} dibandingkan dengan realisasi ${lalu ?? 'tahun lalu'} dan dengan target akhir Renstra ${rs.tahunAwal}–${rs.tahunAkhir} (target ${rs.tahunAkhir}). "${KOSONG}" berarti tahun itu belum diisi, bukan nol.`,
      ),
    );
    isi.push(keterangan(`Tabel 6. Realisasi tahun ini dibanding tahun lalu dan target akhir Renstra`));
    isi.push(
      tabel(
        ['Indikator', `Target ${rs.tahunAkhir}`, `Realisasi ${lalu ?? 'tahun lalu'}`, `Realisasi ${ini ?? 'tahun ini'}`, 'Perubahan', 'Capaian thd target akhir (%)'],
        rs.baris.map((b) => [
          kolom(`${b.kode} ${b.nama}`),
          angka(b.targetAkhir, 'angka'),
          lalu === null ? kolom(KOSONG) : angka(b.realisasi[lalu], 'angka'),
          ini === null ? kolom(KOSONG) : angka(b.realisasi[ini], 'angka'),
          angka(b.perubahan, 'rasio'),
          angka(b.capaianAkhir, 'persen'),
        ]),
        [40, 11, 12, 12, 11, 14],
      ),
    );
    isi.push(keterangan(`Tabel 7. Tren realisasi per tahun Renstra ${rs.tahunAwal}–${rs.tahunAkhir}`));
    isi.push(
      tabel(
        ['Indikator', ...rs.tahun.map(String), 'Arah'],
        rs.baris.map((b) => [kolom(`${b.kode} ${b.nama}`), ...rs.tahun.map((y) => angka(b.realisasi[y], 'angka')), kolom(b.arah)]),
        [34, ...rs.tahun.map(() => Math.floor(50 / Math.max(1, rs.tahun.length))), 16],
      ),
    );
  } else {
    isi.push(p(`Lembar Renstra belum ada: perbandingan antartahun ${KOSONG}.`));
  }

  // Target and realisasi per period, a chart per IKU (every indicator when none is marked IKU in the PK).
  if (l.periode && l.periode.indikator.length) {
    const per = l.periode;
    const iku = per.indikator.some((x) => x.iku) ? per.indikator.filter((x) => x.iku) : per.indikator;
    isi.push(judul('Target dan realisasi per periode', HeadingLevel.HEADING_3));
    isi.push(p(`Grafik berikut membandingkan target dan realisasi ${iku.length === per.indikator.length ? 'setiap indikator' : 'setiap Indikator Kinerja Utama (IKU)'} per periode (${per.nama.join(', ')}). Periode tanpa realisasi tidak digambar (bukan nol).`));
    let k = 0;
    for (const x of iku) {
      k++;
      const g: SpecGrafik = { nama: `iku-${x.kode}`, jenis: 'garis', judul: `${x.kode} ${x.nama}`, kategori: 'A1', seri: [], posisi: { sel: 'A1', lebar: 640, tinggi: 240 } };
      const d: DataGrafik = {
        kategori: x.per.map((q) => q.periode),
        seri: [
          { nama: 'Target', jenis: 'garis', warna: '#7F7F7F', nilai: x.per.map((q) => angkaAtauNull(q.target)) },
          { nama: 'Realisasi', jenis: 'garis', warna: '#2E75B6', nilai: x.per.map((q) => angkaAtauNull(q.realisasi)) },
        ],
      };
      isi.push(await gambar(o, { g, d }, `Target dan realisasi ${x.kode} per periode.`));
      isi.push(keterangan(`Gambar 3.${k}. Target dan realisasi per periode: ${x.kode} ${x.nama}`));
    }
  }

  // Kinerja pengadaan (UKPBJ), as the Capaian UKPBJ sheet computed it.
  if (l.ukpbj) {
    const u = l.ukpbj;
    isi.push(judul(`${l.anggaran ? 'E' : 'D'}. Kinerja Pengadaan Barang/Jasa (UKPBJ)`));
    isi.push(keterangan(`Tabel 8. Capaian kinerja UKPBJ per indikator, kumulatif s.d. ${l.namaPeriode}${th}`));
    isi.push(
      tabel(
        ['Indikator', 'n paket', 'Target', 'Realisasi', 'Capaian (%)', 'Kriteria', 'Rencana aksi'],
        u.indikator.map((x) => [kolom(`${x.kode} ${x.nama}`), x.n === null || x.n === '' ? kolom('') : angka(x.n, 'angka'), angka(x.target, 'angka'), angka(x.realisasi, 'angka'), angka(x.capaian, 'persen'), kolom(teksNilai(x.kriteria, 'teks')), kolom(teksNilai(x.rencanaAksi, 'teks'))]),
        [34, 8, 10, 10, 10, 14, 14],
      ),
    );
    isi.push(p(teksUkpbj(u, TOMBOL_LAPORAN)));
  }

  const doc = new Document({
    creator: 'Kinerja',
    title: `Bab III Akuntabilitas Kinerja${th}`,
    description: `Laporan Kinerja${th}, ${l.namaPeriode}`,
    styles: { default: { document: { run: { font: HURUF, size: 22 } } } },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [`Bab III Akuntabilitas Kinerja${th} · halaman `, PageNumber.CURRENT], size: 16, font: HURUF, color: '7F7F7F' })] })],
          }),
        },
        children: isi,
      },
    ],
  });
  return Packer.pack(doc, 'uint8array');
}
