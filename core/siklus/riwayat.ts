/**
 * Appending to Riwayat: one row per merged or changed figure, decision,
 * validation, correction and unlock. Kinerja only appends (under the last row
 * it finds), and makes the sheet with its header the first time.
 */
import { CellInput, formatAngka, parseCell } from '../values';
import { WriteOp, WriteValue, a1Range, teksTulis } from '../workbook';
import { nilaiSalin } from '../salin';
import { barisTerakhir } from '../model/lembar';
import { LEMBAR_SIKLUS, RIWAYAT_BARIS_HEADER, RIWAYAT_CATATAN, RIWAYAT_JUDUL, RIWAYAT_KOLOM } from './lembar';
import { ModelSiklus } from './model';
import { PROTEKSI_LOG } from './kunci';

export interface RiwayatBaru {
  jenis: string;
  sumber?: string;
  lembar?: string;
  sel?: string;
  kode?: string;
  periode?: string;
  kolom?: string;
  lama?: CellInput;
  baru?: CellInput;
  keterangan?: string;
  dataDukung?: string;
  rujukan?: string;
}

const WARNA_HEADER = { background: '#DDEBF7', fontColor: '#1F3864' };

const tt = (s: string | undefined): WriteValue => (s ? teksTulis(s) : null);

function nilai(v: CellInput): WriteValue {
  if (v === undefined || v === null) return null;
  return nilaiSalin(v);
}

/** The ops that append these rows (and make the sheet when there is none). */
export function tambahRiwayat(m: ModelSiklus, waktu: string, entri: RiwayatBaru[]): WriteOp[] {
  if (entri.length === 0) return [];
  const rows: WriteValue[][] = entri.map((e) => [
    teksTulis(waktu),
    e.jenis,
    tt(e.sumber),
    tt(e.lembar),
    tt(e.sel),
    tt(e.kode),
    tt(e.periode),
    tt(e.kolom),
    nilai(e.lama),
    nilai(e.baru),
    tt(e.keterangan),
    tt(e.dataDukung),
    tt(e.rujukan),
  ]);
  const s = m.riwayatSheet;
  const w = RIWAYAT_KOLOM.length;
  if (!s) {
    const nama = LEMBAR_SIKLUS.RIWAYAT;
    const kepala: WriteValue[][] = [
      [RIWAYAT_JUDUL, ...Array(w - 1).fill(null)],
      [RIWAYAT_CATATAN, ...Array(w - 1).fill(null)],
      [...RIWAYAT_KOLOM],
    ];
    return [
      { op: 'addSheet', sheet: nama },
      { op: 'setValues', sheet: nama, row: 0, col: 0, values: [...kepala, ...rows] },
      { op: 'format', sheet: nama, range: 'A1', bold: true },
      { op: 'format', sheet: nama, range: a1Range(RIWAYAT_BARIS_HEADER, 0, 1, w), bold: true, wrap: true, ...WARNA_HEADER },
      { op: 'columnWidths', sheet: nama, widths: [150, 170, 200, 90, 70, 70, 70, 130, 100, 100, 260, 200, 150] },
      { op: 'freeze', sheet: nama, rows: RIWAYAT_BARIS_HEADER + 1, cols: 0 },
      { op: 'proteksi', sheet: nama, proteksi: PROTEKSI_LOG[nama.toLowerCase()] },
    ];
  }
  const start = Math.max(barisTerakhir(s) + 1, RIWAYAT_BARIS_HEADER + 1);
  return [{ op: 'setValues', sheet: s.name, row: start, col: 0, values: rows }];
}

/** A figure as a person reads it in a message or the sidebar: "54,3", "WTP", "(kosong)". */
export function tampil(v: CellInput): string {
  const p = parseCell(v);
  if (p.kind === 'blank') return '(kosong)';
  if (p.kind === 'number') return formatAngka(p.value);
  if (p.kind === 'error') return p.error.toString();
  return String(v).trim();
}
