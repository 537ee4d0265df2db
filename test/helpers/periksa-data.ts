/**
 * Workbooks for the Periksa tests, made as a user gets them: the real plans
 * (planTemplat with the 2019 example, which runs Perbarui) applied to the
 * browser workbook (HyperFormula computes every native formula, as a host
 * does), then edited cell by cell and read with BACA.periksa, as the sidebar
 * reads it. Building the example costs about a second, so a test file builds
 * it once and each case edits it for one snapshot, then puts every cell back.
 *
 * `ujiAturan(aturan, { sah, salah })` is the rule tester (ESLint's RuleTester
 * in our words): each `salah` workbook must yield exactly its listed findings
 * of that rule, each `sah` workbook none, every message Indonesian and
 * complete, every code with its declared severity.
 */
import type { RawCellContent } from 'hyperformula';
import { BukuKerjaWeb, kunciSel } from '../../web/workbook-web';
import { planTemplat } from '../../core/templates';
import { BACA, rencanaJob } from '../../core/jobs';
import { PK_KOLOM } from '../../core/pk';
import { SHEET } from '../../core/layout';
import { bacaBukuKerja } from '../../core/model/bukukerja';
import { ATURAN, HasilPeriksa, Temuan } from '../../core/periksa';
import { jalankan } from '../../core/periksa';
import { Aturan } from '../../core/periksa/jenis';
import { buatKonteks } from '../../core/periksa/konteks';
import { CellInput } from '../../core/values';
import { WorkbookSnapshot, a1, getSheet } from '../../core/workbook';

export const PK = SHEET.PK;
export const RAPK = SHEET.RAPK;
export const UKUR = SHEET.PENGUKURAN;
export const ANGG = SHEET.ANGGARAN;
export const RENSTRA = SHEET.RENSTRA;
export const ATUR = SHEET.PENGATURAN;

export interface Alamat {
  sheet: string;
  row: number;
  col: number;
  /** "J7" */
  sel: string;
}

/** One edit: the cell, what is typed (a formula "=…", a value, null to clear), and optionally its number format. */
export type Ubah = [Alamat, RawCellContent, string?];

const SEKARANG = '2024-01-15T03:00:00Z';

export class BukuUji {
  constructor(readonly bk: BukuKerjaWeb) {}

  /** The 2019 example: PK, Pengaturan, and the views Perbarui writes, with realisasi in RAPK B12. */
  static contoh(): BukuUji {
    return BukuUji.dari(true);
  }

  /** The template without the example (PK and Pengaturan, nothing typed). */
  static kosong(): BukuUji {
    return BukuUji.dari(false);
  }

  private static dari(contoh: boolean): BukuUji {
    const bk = new BukuKerjaWeb();
    const t = planTemplat({ host: 'web', sheets: [] }, { contoh, sekarang: SEKARANG });
    if (!t.ok) throw new Error(t.pesan);
    bk.terapkanRencana(t.plan);
    return new BukuUji(bk);
  }

  /** What Periksa reads (BACA.periksa), as the sidebar's bridge reads it. */
  snapshot(): WorkbookSnapshot {
    return this.bk.bacaSnapshot(BACA.periksa);
  }

  /** Click "Perbarui dari PK" (the job's own read, plan and apply). */
  perbarui(): void {
    const r = rencanaJob('rapk', this.bk.bacaSnapshot(BACA.rapk), { sekarang: SEKARANG });
    if (!r.plan) throw new Error(r.hasil.pesan);
    this.bk.terapkanRencana(r.plan);
  }

  nilai(a: Alamat): CellInput {
    return this.bk.nilai(a.sheet, a.row, a.col);
  }

  /** Type permanently. */
  ketik(...ubah: Ubah[]): void {
    for (const [a, isi, format] of ubah) this.bk.isiSel(a.sheet, a.row, a.col, isi, format);
  }

  /**
   * The snapshot with these edits typed (recomputed by the engine), then every
   * edited cell put back as it was (content and number format). `lalu` may change
   * the snapshot itself, for what the engine can't do (a sheet removed, Excel
   * desktop's 0 for an empty cell).
   */
  dengan(ubah: Ubah[], lalu?: (wb: WorkbookSnapshot) => void): WorkbookSnapshot {
    const hf = this.bk.hf;
    const lama: Array<{ a: Alamat; isi: RawCellContent; format: string | undefined; adaGaya: boolean }> = [];
    for (const [a, isi, format] of ubah) {
      const id = this.bk.idLembar(a.sheet) as number;
      const gaya = this.bk.metaLembar(a.sheet).gaya.get(kunciSel(a.row, a.col));
      lama.push({ a, isi: hf.getCellSerialized({ sheet: id, row: a.row, col: a.col }) as RawCellContent, format: gaya?.numberFormat, adaGaya: gaya !== undefined });
      this.bk.isiSel(a.sheet, a.row, a.col, isi, format);
    }
    const wb = this.snapshot();
    for (const x of lama.reverse()) {
      this.bk.isiSel(x.a.sheet, x.a.row, x.a.col, x.isi);
      const m = this.bk.metaLembar(x.a.sheet);
      const k = kunciSel(x.a.row, x.a.col);
      if (!x.adaGaya) m.gaya.delete(k);
      else m.gaya.set(k, { ...m.gaya.get(k), numberFormat: x.format });
    }
    lalu?.(wb);
    return wb;
  }

  // -------------------------------------------------------------------------
  // Addresses, found as a reader would: the header row by name, the row by Kode.

  private lembar(sheet: string): CellInput[][] {
    const id = this.bk.idLembar(sheet);
    if (id === undefined) throw new Error(`lembar ${sheet} tidak ada`);
    return (this.bk.hf.getSheetValues(id) as unknown[][]).map((r) => r.map((v) => (v === null || v === undefined ? null : (v as CellInput))));
  }

  /** The header row of a sheet's table (the first of the first 10 rows holding every `wajib`). */
  header(sheet: string, wajib: string[] = ['Kode']): number {
    const v = this.lembar(sheet);
    const r = v.slice(0, 10).findIndex((row) => wajib.every((w) => row.includes(w)));
    if (r < 0) throw new Error(`baris judul ${wajib.join(', ')} tidak ada di ${sheet}`);
    return r;
  }

  kolom(sheet: string, judul: string, wajib: string[] = ['Kode']): number {
    const v = this.lembar(sheet);
    const c = v[this.header(sheet, wajib)].indexOf(judul);
    if (c < 0) throw new Error(`kolom ${judul} tidak ada di ${sheet}`);
    return c;
  }

  /** A column of an indicator's row (by Kode) in PK, RAPK, Pengukuran or Renstra. */
  di(sheet: string, kode: string, judul: string): Alamat {
    const v = this.lembar(sheet);
    const h = this.header(sheet);
    const k = v[h].indexOf('Kode');
    const row = v.findIndex((r, i) => i > h && String(r[k] ?? '').trim() === kode);
    if (row < 0) throw new Error(`kode ${kode} tidak ada di ${sheet}`);
    const col = this.kolom(sheet, judul);
    return { sheet, row, col, sel: a1(row, col) };
  }

  pk(kode: string, judul: (typeof PK_KOLOM)[number]): Alamat {
    return this.di(PK, kode, judul);
  }

  /** A PK cell by data row (0 = the first row under the header), for rows not holding an indicator yet. */
  pkBaris(i: number, judul: (typeof PK_KOLOM)[number]): Alamat {
    const row = this.header(PK) + 1 + i;
    const col = this.kolom(PK, judul);
    return { sheet: PK, row, col, sel: a1(row, col) };
  }

  rapk(kode: string, judul: string): Alamat {
    return this.di(RAPK, kode, judul);
  }

  ukur(kode: string, judul: string): Alamat {
    return this.di(UKUR, kode, judul);
  }

  renstra(kode: string, judul: string): Alamat {
    return this.di(RENSTRA, kode, judul);
  }

  /** A column of the i-th sasaran's row (1-based) in Anggaran dan Efisiensi. */
  anggaran(no: number, judul: string): Alamat {
    const wajib = ['Sasaran', 'Pagu'];
    const row = this.header(ANGG, wajib) + no;
    const col = this.kolom(ANGG, judul, wajib);
    return { sheet: ANGG, row, col, sel: a1(row, col) };
  }

  /** A cell of the Pengukuran summary row labelled `label` (0 Perspektif, 1 NPS, 2 Kriteria, 3 Bobot). */
  ringkasan(label: string, kolom: 0 | 1 | 2 | 3): Alamat {
    // The summary's header is Perspektif | NPS | Kriteria | Bobot, under the table's Perspektif column.
    const v = this.lembar(UKUR);
    const h = v.findIndex((r) => r.some((x, c) => x === 'Perspektif' && r[c + 1] === 'NPS'));
    const c0 = h < 0 ? -1 : v[h].findIndex((x, c) => x === 'Perspektif' && v[h][c + 1] === 'NPS');
    const row = v.findIndex((r, i) => i > h && r[c0] === label);
    if (h < 0 || row < 0) throw new Error(`baris ringkasan ${label} tidak ada`);
    return { sheet: UKUR, row, col: c0 + kolom, sel: a1(row, c0 + kolom) };
  }

  /** The value cell (column B) of a setting in Pengaturan, found by its label. */
  setelan(label: string): Alamat {
    const v = this.lembar(ATUR);
    const row = v.findIndex((r) => r[0] === label);
    if (row < 0) throw new Error(`setelan ${label} tidak ada`);
    return { sheet: ATUR, row, col: 1, sel: a1(row, 1) };
  }

  /** A cell of Pengaturan by address. */
  atur(sel: string): Alamat {
    return alamat(ATUR, sel);
  }
}

export function alamat(sheet: string, sel: string): Alamat {
  const m = sel.match(/^([A-Z]+)(\d+)$/);
  if (!m) throw new Error(sel);
  const col = m[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { sheet, row: Number(m[2]) - 1, col, sel };
}

/** A snapshot's sheet, to change the snapshot itself. */
export function lembarSnap(wb: WorkbookSnapshot, nama: string): NonNullable<ReturnType<typeof getSheet>> {
  const s = getSheet(wb, nama);
  if (!s) throw new Error(`lembar ${nama} tidak ada`);
  return s;
}

// ---------------------------------------------------------------------------
// Reading findings

export function daftar(temuan: Temuan[]): string[] {
  return temuan.map((t) => `${t.kode}@${t.sheet}!${t.sel}`);
}

export function dengan(h: HasilPeriksa, kode: string): Temuan[] {
  return h.temuan.filter((t) => t.kode === kode);
}

/** Words and figures a message must never show: a placeholder left unfilled, a JS number, English. */
export function pesanRapi(t: Temuan): string[] {
  const salah: string[] = [];
  for (const [nama, teks] of [
    ['pesan', t.pesan],
    ['saran', t.saran],
  ] as const) {
    if (/undefined|NaN|\[object|Infinity|null\b/.test(teks)) salah.push(`${nama} berisi nilai yang tidak terisi: ${teks}`);
    // Outside quoted user text and formulas: 98.27 or 98.26887 (a dot before 1–2 or 4+ digits) is not Indonesian style.
    const polos = teks.replace(/"[^"]*"/g, '').replace(/=[^ ]+/g, '').replace(/#[A-Z0-9/]+[!?]?/g, '');
    if (/\d\.(\d{1,2}|\d{4,})(?!\d)/.test(polos)) salah.push(`${nama} berisi angka gaya Inggris: ${teks}`);
    if (/\b(the|is|not|should|cannot|value)\b/i.test(polos)) salah.push(`${nama} berbahasa Inggris: ${teks}`);
  }
  if (t.saran.length <= 10) salah.push(`saran terlalu pendek: ${t.saran}`);
  return salah;
}

// ---------------------------------------------------------------------------
// The rule tester

export interface KasusSah {
  judul: string;
  buku: (b: BukuUji) => WorkbookSnapshot;
}

export interface Harap<K extends string = string> {
  kode: K;
  sheet: string;
  sel: string;
  /** Text the message or the advice must contain. */
  sebut?: string[];
}

export interface KasusSalah<K extends string = string> extends KasusSah {
  /** Exactly the findings this rule must report (addresses found in the same workbook). */
  temuan: (b: BukuUji) => Array<Harap<K>>;
}

/** A finding at an address. */
export function di<K extends string>(kode: K, a: Alamat, sebut?: string[]): Harap<K> {
  return { kode, sheet: a.sheet, sel: a.sel, sebut };
}

/** Codes a `salah` case of some ujiAturan expects (for "every code has a case"). */
export const KODE_DIUJI = new Set<string>();
/** Rules given to ujiAturan. */
export const ATURAN_DIUJI = new Set<string>();

/** Run one rule alone over a snapshot, as the runner does. */
export function periksaSatu(a: Aturan, wb: WorkbookSnapshot): Temuan[] {
  return jalankan([a], buatKonteks(bacaBukuKerja(wb)));
}

export function ujiAturan<K extends string>(a: Aturan<K>, kasus: { sah: KasusSah[]; salah: Array<KasusSalah<K>> }, buku: () => BukuUji): void {
  ATURAN_DIUJI.add(a.nama);
  describe(`aturan ${a.nama}`, () => {
    test('punya kasus sah dan salah, judul kasus unik', () => {
      expect(kasus.sah.length).toBeGreaterThan(0);
      expect(kasus.salah.length).toBeGreaterThan(0);
      const judul = [...kasus.sah, ...kasus.salah].map((x) => x.judul);
      expect(new Set(judul).size).toBe(judul.length);
    });
    test.each(kasus.sah.map((k) => [k.judul, k] as const))('sah: %s', (_j, k) => {
      expect(daftar(periksaSatu(a as Aturan, k.buku(buku())))).toEqual([]);
    });
    test.each(kasus.salah.map((k) => [k.judul, k] as const))('salah: %s', (_j, k) => {
      const b = buku();
      const harap = k.temuan(b);
      for (const t of harap) {
        expect(Object.keys(a.kode)).toContain(t.kode);
        KODE_DIUJI.add(t.kode);
      }
      const temuan = periksaSatu(a as Aturan, k.buku(b));
      expect(daftar(temuan).sort()).toEqual(harap.map((t) => `${t.kode}@${t.sheet}!${t.sel}`).sort());
      for (const t of temuan) {
        expect(t.tingkat).toBe((ATURAN as Record<string, { tingkat: string }>)[t.kode].tingkat);
        expect(t.judul).toBe((ATURAN as Record<string, { judul: string }>)[t.kode].judul);
        expect(pesanRapi(t)).toEqual([]);
        const h = harap.find((x) => x.kode === t.kode && x.sheet === t.sheet && x.sel === t.sel);
        for (const s of h?.sebut ?? []) expect(`${t.pesan}\n${t.saran}`).toContain(s);
      }
    });
  });
}
