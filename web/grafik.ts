/**
 * Charts of the browser workbook (the Laporan's chart ops): one SVG drawing
 * from a chart spec and the values of its ranges, used three ways: drawn over
 * the grid (grid.ts), turned into PNG for the .xlsx (ExcelJS cannot write
 * charts: xlsx.ts embeds the picture) and for the Word chapter (laporan-docx.ts).
 *
 * A cell that is not a number (blank, text, #N/A) is a gap: never drawn as 0.
 * Numbers on the axis and above the bars are written the Indonesian way.
 */
import type { SpecGrafik } from '../core/workbook';
import { parseA1Range } from '../core/workbook';
import { formatAngka } from '../core/values';

export interface SeriGrafik {
  nama: string;
  jenis: 'kolom' | 'garis';
  warna: string;
  nilai: Array<number | null>;
}

export interface DataGrafik {
  kategori: string[];
  seri: SeriGrafik[];
}

const WARNA = ['#2E75B6', '#C00000', '#548235', '#BF9000', '#7030A0', '#7F7F7F'];

/** The categories and series of a chart, read cell by cell with `nilai(row, col)` from its sheet. */
export function dataGrafik(g: SpecGrafik, nilai: (row: number, col: number) => unknown): DataGrafik {
  const kolom = (a1: string): unknown[] => {
    const b = parseA1Range(a1);
    const out: unknown[] = [];
    for (let r = b.row; r < b.row + b.rows; r++) out.push(nilai(r, b.col));
    return out;
  };
  const kategori = kolom(g.kategori).map((v) => (v === null || v === undefined ? '' : typeof v === 'number' ? formatAngka(v, 2) : String(v)));
  const seri = g.seri.map((s, i) => ({
    nama: s.nama,
    jenis: (g.jenis === 'garis' ? 'garis' : g.jenis === 'kolom' ? 'kolom' : s.jenis ?? 'kolom') as 'kolom' | 'garis',
    warna: s.warna ?? WARNA[i % WARNA.length],
    nilai: kolom(s.range).map((v) => (typeof v === 'number' && Number.isFinite(v) ? v : null)),
  }));
  return { kategori, seri };
}

/** Text safe inside SVG/XML. */
function x(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A round step for about `n` ticks over `rentang`. */
function langkah(rentang: number, n: number): number {
  const kasar = rentang / Math.max(1, n);
  const p = Math.pow(10, Math.floor(Math.log10(kasar || 1)));
  const f = kasar / p;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10) * p;
}

const HURUF = 'font-family="Segoe UI, DejaVu Sans, Liberation Sans, Arial, sans-serif"';

/** Cut a label to about `maks` characters. */
function pendek(s: string, maks: number): string {
  return s.length <= maks ? s : `${s.slice(0, Math.max(1, maks - 1)).trimEnd()}…`;
}

/** The chart as an SVG document of `lebar` × `tinggi` pixels (the spec's size by default). */
export function svgGrafik(g: SpecGrafik, d: DataGrafik, ukuran: { lebar: number; tinggi: number } = g.posisi): string {
  const { lebar, tinggi } = ukuran;
  const nilai = d.seri.flatMap((s) => s.nilai.filter((v): v is number => v !== null));
  const n = d.kategori.length;
  const atas0 = nilai.length ? Math.max(...nilai) : 100;
  const bawah0 = nilai.length ? Math.min(0, ...nilai) : 0;
  const step = langkah(atas0 - bawah0 || 1, 5);
  const yMaks = Math.ceil((atas0 * 1.08) / step) * step || step;
  const yMin = Math.floor(bawah0 / step) * step;
  const miring = n > 6 || d.kategori.some((k) => k.length > 14);
  const labelMaks = miring ? 26 : 18;
  // Slanted labels run down to the left of their category: the first one needs room left of the plot.
  const panjangLabel = Math.min(labelMaks, Math.max(4, ...d.kategori.map((k) => k.length))) * 6.8 * Math.cos((35 * Math.PI) / 180);
  const kiri = miring ? Math.max(52, Math.ceil(panjangLabel - (lebar - 66) / Math.max(1, n) / 2) + 8) : 52;
  const kanan = 14;
  const judulT = 34;
  const legendaT = 24;
  const bawahLabel = miring ? Math.min(110, 14 + 5.2 * Math.max(...d.kategori.map((k) => Math.min(labelMaks, k.length)), 4)) : 24;
  const px0 = kiri;
  const px1 = lebar - kanan;
  const py0 = judulT;
  const py1 = tinggi - legendaT - bawahLabel;
  const Y = (v: number): number => py1 - ((v - yMin) / (yMaks - yMin)) * (py1 - py0);
  const lebarKat = (px1 - px0) / Math.max(1, n);
  const cx = (i: number): number => px0 + lebarKat * (i + 0.5);
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${lebar}" height="${tinggi}" viewBox="0 0 ${lebar} ${tinggi}" ${HURUF} font-size="11">`);
  out.push(`<rect x="0" y="0" width="${lebar}" height="${tinggi}" fill="#ffffff" stroke="#c9ccd1"/>`);
  out.push(`<text x="${lebar / 2}" y="20" text-anchor="middle" font-size="13" font-weight="600" fill="#1f2328">${x(pendek(g.judul, Math.floor(lebar / 7)))}</text>`);
  // Grid lines and the value axis.
  for (let v = yMin; v <= yMaks + step / 2; v += step) {
    const y = Y(v);
    out.push(`<line x1="${px0}" y1="${y.toFixed(1)}" x2="${px1}" y2="${y.toFixed(1)}" stroke="${v === 0 ? '#8c959f' : '#e1e4e8'}" stroke-width="1"/>`);
    out.push(`<text x="${px0 - 6}" y="${(y + 4).toFixed(1)}" text-anchor="end" fill="#57606a">${x(formatAngka(v, 2))}</text>`);
  }
  if (g.sumbuY) out.push(`<text x="14" y="${((py0 + py1) / 2).toFixed(1)}" text-anchor="middle" fill="#57606a" transform="rotate(-90 14 ${((py0 + py1) / 2).toFixed(1)})">${x(g.sumbuY)}</text>`);
  // Bars, grouped per category.
  const kolom = d.seri.filter((s) => s.jenis === 'kolom');
  const lebarBatang = Math.min(46, (lebarKat * 0.72) / Math.max(1, kolom.length));
  kolom.forEach((s, k) => {
    s.nilai.forEach((v, i) => {
      if (v === null) return;
      const xb = cx(i) - (lebarBatang * kolom.length) / 2 + k * lebarBatang;
      const y0 = Y(Math.max(0, yMin));
      const y1 = Y(v);
      out.push(`<rect class="batang" x="${xb.toFixed(1)}" y="${Math.min(y0, y1).toFixed(1)}" width="${(lebarBatang - 2).toFixed(1)}" height="${Math.abs(y0 - y1).toFixed(1)}" fill="${x(s.warna)}"/>`);
      if (n <= 16) out.push(`<text x="${(xb + lebarBatang / 2 - 1).toFixed(1)}" y="${(Math.min(y0, y1) - 3).toFixed(1)}" text-anchor="middle" font-size="${n > 8 ? 9 : 10}" fill="#1f2328">${x(formatAngka(v, 2))}</text>`);
    });
  });
  // Lines: a segment only between two neighbouring numbers (a gap stays a gap).
  for (const s of d.seri.filter((t) => t.jenis === 'garis')) {
    const titik = s.nilai.map((v, i) => (v === null ? null : [cx(i), Y(v)] as const));
    let jalur = '';
    titik.forEach((p, i) => {
      if (!p) return;
      jalur += `${i > 0 && titik[i - 1] ? 'L' : 'M'}${p[0].toFixed(1)},${p[1].toFixed(1)} `;
    });
    if (jalur) out.push(`<path d="${jalur.trim()}" fill="none" stroke="${x(s.warna)}" stroke-width="2.2"/>`);
    for (const p of titik) if (p) out.push(`<circle cx="${p[0].toFixed(1)}" cy="${p[1].toFixed(1)}" r="3.2" fill="${x(s.warna)}"/>`);
  }
  // Category labels.
  d.kategori.forEach((k, i) => {
    const t = x(pendek(k, labelMaks));
    if (miring) out.push(`<text x="${cx(i).toFixed(1)}" y="${py1 + 12}" text-anchor="end" fill="#1f2328" transform="rotate(-35 ${cx(i).toFixed(1)} ${py1 + 12})">${t}</text>`);
    else out.push(`<text x="${cx(i).toFixed(1)}" y="${py1 + 16}" text-anchor="middle" fill="#1f2328">${t}</text>`);
  });
  out.push(`<line x1="${px0}" y1="${py0}" x2="${px0}" y2="${py1}" stroke="#8c959f"/>`);
  // Legend.
  let lx = px0;
  const ly = tinggi - 9;
  for (const s of d.seri) {
    out.push(
      s.jenis === 'garis'
        ? `<line x1="${lx}" y1="${ly - 4}" x2="${lx + 16}" y2="${ly - 4}" stroke="${x(s.warna)}" stroke-width="2.2"/>`
        : `<rect x="${lx}" y="${ly - 10}" width="14" height="10" fill="${x(s.warna)}"/>`,
    );
    out.push(`<text x="${lx + 20}" y="${ly}" fill="#1f2328">${x(s.nama)}</text>`);
    lx += 34 + s.nama.length * 6.5;
  }
  if (nilai.length === 0) out.push(`<text x="${(px0 + px1) / 2}" y="${(py0 + py1) / 2}" text-anchor="middle" fill="#8c959f">data belum ada</text>`);
  out.push('</svg>');
  return out.join('');
}

/** The SVG as PNG bytes (browser only: an image drawn on a canvas), at `skala` times its size. */
export async function pngDariSvg(svg: string, lebar: number, tinggi: number, skala = 2): Promise<Uint8Array> {
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await img.decode();
  const kanvas = document.createElement('canvas');
  kanvas.width = Math.round(lebar * skala);
  kanvas.height = Math.round(tinggi * skala);
  const ctx = kanvas.getContext('2d');
  if (!ctx) throw new Error('Peramban ini tidak dapat menggambar grafik (canvas 2D tidak tersedia).');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, kanvas.width, kanvas.height);
  ctx.scale(skala, skala);
  ctx.drawImage(img, 0, 0, lebar, tinggi);
  const blob = await new Promise<Blob | null>((resolve) => kanvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('Grafik tidak dapat diubah menjadi gambar PNG.');
  return new Uint8Array(await blob.arrayBuffer());
}

/** A chart of the workbook (its spec and its sheet) as PNG: what the .xlsx and the .docx carry. */
export async function pngGrafik(g: SpecGrafik, d: DataGrafik, ukuran: { lebar: number; tinggi: number } = g.posisi): Promise<Uint8Array> {
  return pngDariSvg(svgGrafik(g, d, ukuran), ukuran.lebar, ukuran.tinggi);
}
