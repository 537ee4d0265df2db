/**
 * "Impor paket": an SPSE/ISB or SiRUP export (JSON, CSV or tab-separated, as
 * copied from a spreadsheet) becomes Paket rows, merged by key into the rows
 * already there (UKPBJ.md §4, §6):
 *
 *   - a record is keyed by Kode paket, or by its Kode RUP before SPSE gives one;
 *     a record with a Kode paket also finds the row that was keyed by one of its
 *     Kode RUP (the paket left SiRUP for SPSE), so it never appears twice;
 *   - a re-tender (same Kode paket, a new Kode tender, a higher versi) updates
 *     the paket's row: the last versi wins, the earlier Kode tender is kept in
 *     "Kode tender sebelumnya";
 *   - a field the export does not carry (or leaves blank) keeps what the row
 *     holds: a re-import never erases Area strategis, Jumlah sanggah or
 *     anything typed;
 *   - money reads with the Indonesian number reader (values.ts parseCell:
 *     "Rp 1.234.567,50", 1499321187.61), dates with tanggal.ts, Kode RUP lists
 *     with ";".
 *
 * What cannot be read is reported with its record and field and is not written
 * (the row keeps its old value), never guessed.
 *
 * An LPSE web list ("Cari Paket", copied from the browser or from a spreadsheet;
 * UKPBJ.md §6) is read too: Kode, Nama Paket (its name, "jenis – tahun – jenis
 * kontrak – sistem kontrak" and "Nilai Kontrak: …" in one cell), K/L/PD, Tahapan,
 * HPS. Its Kode is the tender's code, which changes with a re-tender, and it has
 * no Kode paket or Kode RUP: it updates the paket whose Kode tender it is (status,
 * HPS, nilai kontrak) and never adds a row; a tender not in Paket yet is reported.
 */
import { CellInput, isKError, parseCell } from '../values';
import { WriteValue } from '../workbook';
import { HeaderPaket, PAKET_KOLOM } from './kolom';
import { bacaTanggal } from './tanggal';
import { daftarRup, kunciPaket, normKode } from './model';

export type Rekaman = Record<string, CellInput>;
/** One Paket row by header (a value, or null for blank). */
export type BarisImpor = Partial<Record<HeaderPaket, WriteValue>>;

export interface MasalahImpor {
  /** 1-based record number in the export. */
  rekaman: number;
  kolom: string;
  pesan: string;
}

// ---------------------------------------------------------------------------
// Reading the export text

/** RFC 4180 fields: quotes, doubled quotes, separators and newlines inside quotes. */
function pisahCsv(teks: string, sep: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let f = '';
  let q = false;
  for (let i = 0; i < teks.length; i++) {
    const ch = teks[i];
    if (q) {
      if (ch === '"') {
        if (teks[i + 1] === '"') {
          f += '"';
          i++;
        } else q = false;
      } else f += ch;
    } else if (ch === '"' && f === '') q = true;
    else if (ch === sep) {
      row.push(f);
      f = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && teks[i + 1] === '\n') i++;
      row.push(f);
      rows.push(row);
      row = [];
      f = '';
    } else f += ch;
  }
  if (f !== '' || row.length) {
    row.push(f);
    rows.push(row);
  }
  return rows.filter((r) => r.some((x) => x.trim() !== ''));
}

/**
 * The records of an export: a JSON array (or an object holding one, as ISB's
 * {"data": [...]}) or a table with a header row, separated by tabs (a copy from
 * a spreadsheet), semicolons or commas (whichever the header line has most of).
 */
export function bacaEkspor(teks: string): { rekaman: Rekaman[]; format: 'json' | 'tabel' | 'lpse' } | { galat: string } {
  const t = teks.replace(/^\uFEFF/, '').trim();
  if (t === '') return { galat: 'Teks impor kosong: tempel ekspor SPSE/ISB atau SiRUP (JSON atau tabel dengan baris judul).' };
  if (t[0] === '[' || t[0] === '{') {
    let data: unknown;
    try {
      data = JSON.parse(t);
    } catch (e) {
      return { galat: `JSON tidak terbaca: ${(e as Error).message}. Tempel seluruh isi ekspor, dari "[" sampai "]".` };
    }
    if (!Array.isArray(data) && data && typeof data === 'object') {
      const isi = Object.values(data as Record<string, unknown>).find(Array.isArray);
      data = isi ?? [data];
    }
    const recs = (data as unknown[]).filter((x): x is Record<string, unknown> => Boolean(x) && typeof x === 'object' && !Array.isArray(x));
    return {
      format: 'json',
      rekaman: recs.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'number' || typeof v === 'string' || v === null ? v : v === undefined ? null : String(v)]))),
    };
  }
  const baris1 = t.split(/\r?\n/, 1)[0];
  if (adalahDaftarLpse(baris1)) {
    const rekaman = bacaDaftarLpse(t);
    if (!rekaman.length) return { galat: 'Daftar paket LPSE tanpa baris paket: salin juga baris tabelnya, bukan judul kolomnya saja.' };
    return { format: 'lpse', rekaman };
  }
  const hitung = (c: string): number => baris1.split(c).length - 1;
  const sep = ['\t', ';', ','].reduce((m, c) => (hitung(c) > hitung(m) ? c : m), '\t');
  const rows = pisahCsv(t, sep);
  if (rows.length < 2) return { galat: 'Tabel impor hanya berisi satu baris: baris pertama harus judul kolom (mis. kd_paket, nama_paket, pagu), lalu satu baris per paket.' };
  const hdr = rows[0].map((h) => h.trim());
  return { format: 'tabel', rekaman: rows.slice(1).map((r) => Object.fromEntries(hdr.map((h, i) => [h, r[i] === undefined || r[i].trim() === '' ? null : r[i]]))) };
}

// ---------------------------------------------------------------------------
// The LPSE web list

const KOLOM_LPSE = ['kode', 'nama_paket', 'tahapan', 'hps'];

/** The header line of an LPSE "Cari Paket" list: Kode, Nama Paket, K/L/PD/Instansi Lainnya, Tahapan, HPS (tab-separated). */
function adalahDaftarLpse(baris1: string): boolean {
  const h = baris1.split('\t').map((x) => bakuNama(x.replace(/^"|"$/g, '')));
  return h.length >= 5 && KOLOM_LPSE.every((k) => h.includes(k)) && h.some((x) => x.startsWith('k/l/pd'));
}

/** An LPSE Tahapan as the Paket sheet writes it: a finished tender Selesai, a failed or closed one Gagal/Batal, any other stage Berlangsung. */
export function statusLpse(tahapan: string): string {
  const s = tahapan.toLowerCase();
  if (/gagal|batal|ditutup/.test(s)) return 'Gagal/Batal';
  if (/selesai/.test(s)) return 'Selesai';
  return 'Berlangsung';
}

/**
 * The records of an LPSE list. Copied from the browser, the Nama Paket cell's
 * lines arrive as lines of their own: lines are joined until a record has its
 * five tab-separated fields. Copied from a spreadsheet, that cell is quoted.
 */
function bacaDaftarLpse(t: string): Rekaman[] {
  const isi = t.split(/\r?\n/).slice(1).join('\n');
  let rekaman: string[][];
  if (/(^|\t)"/m.test(isi)) {
    // From a spreadsheet: a multi-line cell is quoted, as in any tab-separated copy.
    rekaman = pisahCsv(isi, '\t');
  } else {
    // From the browser: lines joined until the record has its five fields.
    rekaman = [];
    let buf: string | null = null;
    for (const b of isi.split('\n')) {
      buf = buf === null ? b : `${buf}\n${b}`;
      if ((buf.match(/\t/g) ?? []).length >= 4) {
        rekaman.push(buf.split('\t'));
        buf = null;
      }
    }
  }
  return rekaman
    .filter((r) => r.some((x) => x.trim() !== ''))
    .map((r) => {
      // The third field, K/L/PD/Instansi Lainnya, names the whole list's instansi, not a satker: no Paket column.
      const [kode = '', nama = '', , tahapan = '', hps = ''] = r.map((x) => x.trim());
      const bagian = nama.split(/\n/).map((x) => x.trim()).filter((x) => x !== '');
      const meta = bagian.slice(1).find((x) => /\s[-–]\s/.test(x) && !/^nilai kontrak/i.test(x));
      const nilaiTeks = bagian.find((x) => /^nilai kontrak\s*:/i.test(x))?.replace(/^nilai kontrak\s*:/i, '').trim() ?? '';
      // "Nilai Kontrak: Rp 0,00" or words ("belum ada") before the contract: no figure yet, not 0.
      const nilaiAngka = parseCell(nilaiTeks);
      const nilai = nilaiAngka.kind === 'number' && nilaiAngka.value > 0 ? nilaiTeks : null;
      const out: Rekaman = {
        kd_tender: kode || null,
        // The SPSE version badge ("spse 4.5") sits beside the name.
        nama_paket: (bagian[0] ?? '').replace(/\s+spse\s*[\d.]+\s*$/i, '').trim() || null,
        jenis_pengadaan: meta ? meta.split(/\s[-–]\s/)[0].trim() || null : null,
        nilai_kontrak: nilai,
        status_tender: tahapan ? statusLpse(tahapan) : null,
        hps: hps || null,
      };
      return out;
    });
}

// ---------------------------------------------------------------------------
// One record to one Paket row

/** Field name as matched: lower case, spaces and dashes as "_" ("Kode Paket" = kode_paket). */
const bakuNama = (s: string): string => s.trim().toLowerCase().replace(/[\s-]+/g, '_');

/** The Paket header each export field fills (ISB field names and the Paket headers themselves). */
const PETA: Map<string, (typeof PAKET_KOLOM)[number]> = (() => {
  const m = new Map<string, (typeof PAKET_KOLOM)[number]>();
  for (const k of PAKET_KOLOM) {
    m.set(bakuNama(k.h), k);
    for (const f of k.isb) if (!m.has(bakuNama(f))) m.set(bakuNama(f), k);
  }
  return m;
})();

/** The headers an export's fields fill (for the message: what the import understood). */
export function kolomDikenali(rekaman: Rekaman[]): HeaderPaket[] {
  const out = new Set<HeaderPaket>();
  for (const r of rekaman.slice(0, 50)) for (const k of Object.keys(r)) {
    const kol = PETA.get(bakuNama(k));
    if (kol) out.add(kol.h as HeaderPaket);
  }
  return PAKET_KOLOM.map((k) => k.h as HeaderPaket).filter((h) => out.has(h));
}

/** A status as the Paket sheet writes it (Selesai, Berlangsung, Gagal/Batal), else as given. */
export function bakuStatus(v: string): string {
  const s = v.trim().toLowerCase();
  if (/^(selesai|paket selesai|tender selesai|sudah selesai|completed)/.test(s)) return 'Selesai';
  if (/^(gagal|batal|ditutup|dibatalkan)/.test(s)) return 'Gagal/Batal';
  if (/^(berlangsung|aktif|sedang|proses|tender sedang berjalan|pengumuman|evaluasi)/.test(s)) return 'Berlangsung';
  return v.trim();
}

export function petakanRekaman(r: Rekaman, no: number, masalah: MasalahImpor[]): BarisImpor {
  const out: BarisImpor = {};
  for (const [nama, v] of Object.entries(r)) {
    const kol = PETA.get(bakuNama(nama));
    if (!kol || v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) continue;
    const h = kol.h as HeaderPaket;
    if (out[h] !== undefined && out[h] !== null) continue;
    switch (kol.jenis) {
      case 'angka': {
        const p = parseCell(v);
        if (p.kind === 'number' && !p.percent) out[h] = p.value;
        else masalah.push({ rekaman: no, kolom: nama, pesan: `${nama} "${String(v)}" bukan angka (tulis mis. 1.234.567,50 atau 1234567.5)` });
        break;
      }
      case 'tanggal': {
        const d = bacaTanggal(v, { bulanSaja: true });
        if (typeof d === 'number') out[h] = d;
        else if (isKError(d)) masalah.push({ rekaman: no, kolom: nama, pesan: `${nama}: ${d.message}` });
        break;
      }
      case 'kode':
        out[h] = normKode(v);
        break;
      case 'daftar-kode':
        out[h] = normKode(v)
          .split(/\s*[;,]\s*/)
          .filter((x) => x !== '')
          .join(';');
        break;
      default:
        out[h] = h === 'Status' ? bakuStatus(String(v)) : String(v).trim();
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// Merge by key

export interface HasilGabung {
  /** Every row after the import: the old ones in their order (updated), new ones after. */
  baris: BarisImpor[];
  /** Index in `baris` of each row that changed or is new. */
  berubah: number[];
  baru: number;
  diperbarui: number;
  /** Records merged into another record of the same paket (attempts of one tender, repeated rows). */
  digabung: number;
  /** Records with neither Kode paket nor Kode RUP (nor a Kode tender found in Paket): not imported. */
  tanpaKunci: number[];
  /** LPSE list records whose Kode tender is no paket's in Paket: not imported (the list cannot key a new row). */
  tenderTakDikenal: string[];
  masalah: MasalahImpor[];
}

const kodeDari = (b: BarisImpor): string => normKode((b['Kode paket'] as CellInput) ?? null);
const rupDari = (b: BarisImpor): string[] => daftarRup((b['Kode RUP'] as CellInput) ?? null);
const versi = (b: BarisImpor): number => (typeof b.Versi === 'number' ? b.Versi : 0);

/** `baru` laid over `lama`: fields it carries win, the rest stay; a re-tender keeps the last versi. */
function timpa(lama: BarisImpor, baru: BarisImpor): { baris: BarisImpor; berubah: boolean } {
  // An older attempt of a tender already imported does not overwrite the newer one.
  const lebihLama = versi(baru) > 0 && versi(lama) > versi(baru);
  const out: BarisImpor = { ...lama };
  if (lebihLama) {
    const sebelum = new Set(daftarRup((lama['Kode tender sebelumnya'] as CellInput) ?? null));
    const kt = normKode((baru['Kode tender'] as CellInput) ?? null).toLowerCase();
    if (kt && kt !== normKode((lama['Kode tender'] as CellInput) ?? null).toLowerCase() && !sebelum.has(kt)) {
      out['Kode tender sebelumnya'] = [...daftarRup((lama['Kode tender sebelumnya'] as CellInput) ?? null), kt].join(';');
    }
  } else {
    const ktLama = normKode((lama['Kode tender'] as CellInput) ?? null);
    const ktBaru = normKode((baru['Kode tender'] as CellInput) ?? null);
    for (const [h, v] of Object.entries(baru) as Array<[HeaderPaket, WriteValue]>) if (v !== null && v !== undefined && v !== '') out[h] = v;
    if (ktLama && ktBaru && ktLama.toLowerCase() !== ktBaru.toLowerCase()) {
      const sebelum = daftarRup((lama['Kode tender sebelumnya'] as CellInput) ?? null);
      if (!sebelum.includes(ktLama.toLowerCase())) out['Kode tender sebelumnya'] = [...sebelum, ktLama.toLowerCase()].join(';');
    }
    // Kode RUP lists join (a consolidated paket gains its codes, none is lost).
    const rup = [...new Set([...rupDari(lama), ...rupDari(baru)])];
    if (rup.length) out['Kode RUP'] = rup.join(';');
  }
  const berubah = PAKET_KOLOM.some((k) => (out[k.h as HeaderPaket] ?? null) !== (lama[k.h as HeaderPaket] ?? null));
  return { baris: out, berubah };
}

/**
 * Merge imported rows into the existing ones by key. Existing rows keep their
 * position (and everything the import does not carry); a row is found by Kode
 * paket, else by any of its Kode RUP.
 */
export function gabungPaket(lama: BarisImpor[], impor: BarisImpor[], masalahAwal: MasalahImpor[] = []): HasilGabung {
  const baris = lama.map((b) => ({ ...b }));
  const olehKode = new Map<string, number>();
  const olehRup = new Map<string, number>();
  // A tender's code → its row; an earlier attempt's code (Kode tender sebelumnya) → its row, marked as earlier.
  const olehTender = new Map<string, { i: number; sebelumnya: boolean }>();
  const daftar = (i: number): void => {
    const k = kodeDari(baris[i]).toLowerCase();
    if (k && !olehKode.has(k)) olehKode.set(k, i);
    for (const r of rupDari(baris[i])) if (!olehRup.has(r)) olehRup.set(r, i);
    const kt = normKode((baris[i]['Kode tender'] as CellInput) ?? null).toLowerCase();
    if (kt) olehTender.set(kt, { i, sebelumnya: false });
    for (const x of daftarRup((baris[i]['Kode tender sebelumnya'] as CellInput) ?? null)) if (!olehTender.has(x)) olehTender.set(x, { i, sebelumnya: true });
  };
  baris.forEach((_, i) => daftar(i));
  const berubah = new Set<number>();
  const disentuh = new Set<number>();
  let baru = 0;
  let digabung = 0;
  const tanpaKunci: number[] = [];
  const tenderTakDikenal: string[] = [];
  impor.forEach((rec, no) => {
    const kode = kodeDari(rec).toLowerCase();
    const rup = rupDari(rec);
    if (kunciPaket(kode, rup) === null) {
      // Only a Kode tender (an LPSE list): the paket that tender belongs to, never a new row.
      const kt = normKode((rec['Kode tender'] as CellInput) ?? null);
      const t = kt ? olehTender.get(kt.toLowerCase()) : undefined;
      if (!kt) tanpaKunci.push(no + 1);
      else if (!t) tenderTakDikenal.push(kt);
      else if (t.sebelumnya) digabung++; // an earlier attempt: the row holds the later one
      else {
        if (disentuh.has(t.i)) digabung++;
        const x = timpa(baris[t.i], rec);
        baris[t.i] = x.baris;
        if (x.berubah) berubah.add(t.i);
        disentuh.add(t.i);
      }
      return;
    }
    let i = kode ? olehKode.get(kode) : undefined;
    if (i === undefined) {
      for (const r of rup) {
        const j = olehRup.get(r);
        // A row keyed by RUP only, or the same Kode paket: the same paket. A row with another Kode paket is another paket.
        if (j !== undefined && (!kode || !kodeDari(baris[j]))) {
          i = j;
          break;
        }
      }
    }
    if (i === undefined) {
      baris.push({ ...rec });
      i = baris.length - 1;
      baru++;
      berubah.add(i);
      disentuh.add(i);
      daftar(i);
      return;
    }
    if (disentuh.has(i)) digabung++;
    const t = timpa(baris[i], rec);
    baris[i] = t.baris;
    if (t.berubah) berubah.add(i);
    disentuh.add(i);
    daftar(i);
  });
  // Changed = differs from the row before the import (two records of one paket may change a field and change it back).
  const beda = (a: BarisImpor, b: BarisImpor): boolean => PAKET_KOLOM.some((k) => (a[k.h as HeaderPaket] ?? null) !== (b[k.h as HeaderPaket] ?? null));
  const akhir = [...berubah].filter((i) => i >= lama.length || beda(lama[i], baris[i])).sort((a, b) => a - b);
  const diperbarui = akhir.filter((i) => i < lama.length).length;
  return { baris, berubah: akhir, baru, diperbarui, digabung, tanpaKunci, tenderTakDikenal, masalah: masalahAwal };
}

/** The export text straight to merged rows (what "Impor paket" plans its writes from). */
export function imporTeks(lama: BarisImpor[], teks: string): HasilGabung | { galat: string } {
  const e = bacaEkspor(teks);
  if ('galat' in e) return e;
  const masalah: MasalahImpor[] = [];
  const rows = e.rekaman.map((r, i) => petakanRekaman(r, i + 1, masalah));
  if (!rows.some((r) => Object.keys(r).length > 0)) {
    const nama = Object.keys(e.rekaman[0] ?? {}).slice(0, 8).join(', ');
    return { galat: `Tidak ada kolom ekspor yang dikenali (${nama || 'tanpa judul kolom'}). Kolom yang dibaca: kd_paket, kd_rup, nama_paket, pagu, hps, nilai_kontrak, status_tender, tgl_pengumuman_tender … atau judul kolom lembar Paket.` };
  }
  return gabungPaket(lama, rows, masalah);
}

/** A row in the Paket sheet's column order. */
export function barisKeSel(b: BarisImpor): WriteValue[] {
  return PAKET_KOLOM.map((k) => {
    const v = b[k.h as HeaderPaket];
    return v === undefined ? null : v;
  });
}

/** The rows of a Paket table as the import merges them (by header; blank as null). */
export function barisDariTabel(t: { rows: Array<{ sel: Record<string, { nilai: CellInput }> }> }): BarisImpor[] {
  return t.rows.map((r) => {
    const out: BarisImpor = {};
    for (const k of PAKET_KOLOM) {
      const v = r.sel[k.h]?.nilai;
      if (v === null || v === undefined || v === '') continue;
      out[k.h as HeaderPaket] = typeof v === 'number' || typeof v === 'string' ? v : String(v);
    }
    return out;
  });
}
