/**
 * Workbooks for the "Perbarui dari PK" tests (test/rapk.test.ts, test/perbarui.test.ts,
 * test/templates.test.ts): a PK typed by a user, then clicks, edits and reads by Kode.
 *
 * Two engines behind one face:
 *   'web'  the browser workbook (web/workbook-web.ts BukuKerjaWeb, HyperFormula):
 *          every formula is computed, as in a real host; use it where a test reads
 *          what a cell shows (a target, a capaian, a view row).
 *   'sim'  core/simulasi.ts: the plan applied as values and formula text, nothing
 *          computed; fast, and enough where a test asks only what was written.
 * Each click reads the snapshot the hosts read (core/jobs.ts BACA.rapk) and goes
 * through rencanaJob, as the sidebar's button does.
 */
import { BukuKerjaWeb } from '../../web/workbook-web';
import { BACA, rencanaJob } from '../../core/jobs';
import { SHEET } from '../../core/layout';
import { PK_KOLOM } from '../../core/pk';
import { INDIKATOR_2019 } from '../../core/contoh2019';
import { ARSIP_HEADER } from '../../core/model/arsip';
import { simulasikan } from '../../core/simulasi';
import { CellInput } from '../../core/values';
import { HostKind, Plan, SheetSnapshot, WorkbookSnapshot, WriteValue, getSheet, parseA1 } from '../../core/workbook';

export interface PkIsi {
  perspektif?: string;
  sasaran?: string;
  kode?: string;
  indikator?: string;
  iku?: boolean;
  bobot?: CellInput;
  satuan?: string;
  polaritas?: string;
  target?: CellInput;
  pola?: string;
  pagu?: CellInput;
}

/** A PK sheet as a user types it: one title row, the PK_KOLOM header on row 2, indicators from row 3. */
export function isiPk(rows: PkIsi[], judul = 'Perjanjian Kinerja'): CellInput[][] {
  const values: CellInput[][] = [[judul], [...PK_KOLOM]];
  rows.forEach((r, i) =>
    values.push([
      i + 1,
      r.perspektif ?? '',
      r.sasaran ?? '',
      r.kode ?? '',
      r.indikator ?? '',
      r.iku ? 'Ya' : 'Tidak',
      r.bobot ?? '',
      r.satuan ?? '%',
      r.polaritas ?? 'positif',
      r.target ?? '',
      r.pola ?? '',
      r.pagu ?? '',
    ]),
  );
  return values;
}

/** The 2019 PK, with Perspektif and Sasaran left blank on repeated rows (merged cells, as users type them). */
export function pk2019(): PkIsi[] {
  return INDIKATOR_2019.map((ind, i) => {
    const prev = INDIKATOR_2019[i - 1];
    return {
      perspektif: prev && prev.perspektif === ind.perspektif ? '' : ind.perspektif,
      sasaran: prev && prev.sasaran === ind.sasaran ? '' : ind.sasaran,
      kode: ind.kode,
      indikator: ind.indikator,
      iku: ind.iku,
      satuan: ind.satuan,
      polaritas: ind.polaritas,
      target: ind.target,
      pola: ind.pola,
    };
  });
}

/** n indicators, 3 per sasaran, cycling through the three pola. */
export function pkBanyak(n: number): PkIsi[] {
  return Array.from({ length: n }, (_, i) => ({
    perspektif: 'Internal Process Perspective',
    sasaran: `Sasaran ${Math.floor(i / 3) + 1}`,
    kode: `IK${String(i + 1).padStart(4, '0')}`,
    indikator: `Indikator ${i + 1}`,
    target: 100,
    pola: ['akhir', 'tetap', 'kumulatif'][i % 3],
  }));
}

export const KECIL: PkIsi[] = [
  { perspektif: 'Customer Perspective', sasaran: 'Sasaran A', kode: 'IK01', indikator: 'Indeks kepuasan', iku: true, satuan: 'indeks', target: 80, pola: 'akhir' },
  { sasaran: 'Sasaran A', kode: 'IK02', indikator: 'Opini BPK', satuan: 'opini', target: 'WTP', pola: 'akhir' },
  { sasaran: 'Sasaran B', kode: 'IK03', indikator: 'Dokumen tepat waktu', target: 100, pola: 'kumulatif' },
  { sasaran: 'Sasaran B', kode: 'IK04', indikator: 'Pengaduan dijawab', target: 93, pola: 'tetap' },
  { sasaran: 'Sasaran C', kode: 'IK05', indikator: 'Kerja sama efektif', target: 71, pola: 'tetap' },
];

export type Mesin = 'web' | 'sim';

/** What one click answered: the plan applied (when accepted), the message and the notes. */
export interface Klik {
  ok: boolean;
  pesan: string;
  catatan: string[];
  plan?: Plan;
}

/** The header row of a generated table: the first row holding all of `wajib`. */
export function barisJudulKolom(values: CellInput[][], wajib: string[] = ['Kode', 'Indikator']): number {
  return values.findIndex((row) => wajib.every((w) => (row ?? []).includes(w)));
}

export class Buku {
  readonly mesin: Mesin;
  readonly host: HostKind;
  /** The 'web' engine. */
  bk?: BukuKerjaWeb;
  /** The 'sim' engine's workbook. */
  private wb: WorkbookSnapshot;
  sekarang = '2024-04-02T08:00:00.000Z';
  zonaMenit = 0;

  constructor(pk: PkIsi[] | CellInput[][] | null, opsi: { mesin?: Mesin; host?: HostKind } = {}) {
    this.mesin = opsi.mesin ?? 'web';
    this.host = this.mesin === 'web' ? 'web' : opsi.host ?? 'excel';
    if (opsi.host && this.mesin === 'web' && opsi.host !== 'web') throw new Error('mesin web selalu host "web"');
    this.wb = { host: this.host, sheets: [] };
    if (this.mesin === 'web') this.bk = new BukuKerjaWeb();
    if (pk) this.gantiPk(pk);
  }

  // -------------------------------------------------------------------------
  // Reading

  /** Every sheet: values (computed in 'web'), formulas, number formats. */
  snapshot(): WorkbookSnapshot {
    if (this.bk) return this.bk.bacaSnapshot(this.bk.namaLembar());
    return { host: this.wb.host, sheets: this.wb.sheets.map((s) => ({ ...s, values: s.values.map((r) => [...(r ?? [])]), formulas: s.formulas?.map((r) => [...(r ?? [])]) })) };
  }

  /** What the button reads. */
  bacaan(): WorkbookSnapshot {
    if (this.bk) return this.bk.bacaSnapshot(BACA.rapk);
    const names = new Set(BACA.rapk.map((b) => b.name.toLowerCase()));
    const s = this.snapshot();
    return { host: s.host, sheets: s.sheets.filter((x) => names.has(x.name.toLowerCase())) };
  }

  lembar(nama: string): SheetSnapshot | undefined {
    return getSheet(this.snapshot(), nama);
  }

  namaLembar(): string[] {
    return this.bk ? this.bk.namaLembar() : this.wb.sheets.map((s) => s.name);
  }

  /** The cell of `header` on the row whose Kode (or `kunci` column) is `kode`, found by reading the sheet. */
  cari(kode: string, header: string, sheet: string = SHEET.RAPK, kunci = 'Kode'): { r: number; c: number } {
    const s = this.lembar(sheet);
    if (!s) throw new Error(`lembar ${sheet} tidak ada`);
    const h = barisJudulKolom(s.values, [kunci, header]);
    if (h < 0) throw new Error(`${sheet}: judul kolom ${kunci}/${header} tidak ada`);
    const cK = s.values[h].indexOf(kunci);
    const c = s.values[h].indexOf(header);
    const rows = s.values.map((row, i) => (i > h && row?.[cK] === kode ? i : -1)).filter((i) => i >= 0);
    if (rows.length !== 1) throw new Error(`${sheet} ${kode}/${header}: ${rows.length} baris`);
    return { r: rows[0], c };
  }

  sel(kode: string, header: string, sheet: string = SHEET.RAPK, kunci = 'Kode'): { nilai: CellInput; rumus: string } {
    const s = this.lembar(sheet) as SheetSnapshot;
    const { r, c } = this.cari(kode, header, sheet, kunci);
    return { nilai: s.values[r]?.[c] ?? null, rumus: s.formulas?.[r]?.[c] || '' };
  }

  nilai(kode: string, header: string, sheet: string = SHEET.RAPK, kunci = 'Kode'): CellInput {
    return this.sel(kode, header, sheet, kunci).nilai;
  }

  /** A cell by its A1 address: value and formula. */
  di(sheet: string, ref: string): { nilai: CellInput; rumus: string } {
    const s = this.lembar(sheet);
    const p = parseA1(ref);
    return { nilai: s?.values[p.row]?.[p.col] ?? null, rumus: s?.formulas?.[p.row]?.[p.col] || '' };
  }

  /** The Kode column of a generated table, top to bottom. */
  kode(sheet: string = SHEET.RAPK): CellInput[] {
    const s = this.lembar(sheet) as SheetSnapshot;
    const h = barisJudulKolom(s.values, ['Kode']);
    const cK = s.values[h].indexOf('Kode');
    const out: CellInput[] = [];
    for (let r = h + 1; r < s.values.length; r++) {
      const v = s.values[r]?.[cK];
      if (v === null || v === undefined || v === '') break;
      out.push(v);
    }
    return out;
  }

  /** RAPK Arsip, one object per entry (long format), by header. */
  arsip(): Array<Record<(typeof ARSIP_HEADER)[number], CellInput>> {
    const s = this.lembar(SHEET.RAPK_ARSIP);
    if (!s) return [];
    const out: Array<Record<(typeof ARSIP_HEADER)[number], CellInput>> = [];
    let dalam = false;
    for (const row of s.values) {
      if (ARSIP_HEADER.every((h, i) => row?.[i] === h)) {
        dalam = true;
        continue;
      }
      if (!dalam || !row || row.every((v) => v === null || v === '')) continue;
      out.push(Object.fromEntries(ARSIP_HEADER.map((h, i) => [h, row[i] ?? null])) as Record<(typeof ARSIP_HEADER)[number], CellInput>);
    }
    return out;
  }

  // -------------------------------------------------------------------------
  // Editing, as a user does

  /** Replace a whole sheet's contents (a new PK, an old-layout sheet). */
  gantiLembar(nama: string, values: CellInput[][]): void {
    if (this.bk) {
      const hf = this.bk.hf;
      let id = this.bk.idLembar(nama);
      if (id === undefined) {
        hf.addSheet(nama);
        id = hf.getSheetId(nama) as number;
      }
      hf.setSheetContent(id, values.map((r) => r.map((v) => (v === undefined ? null : v))) as never);
      return;
    }
    const lama = getSheet(this.wb, nama);
    const baru: SheetSnapshot = { name: lama?.name ?? nama, values: values.map((r) => [...r]), formulas: values.map((r) => r.map((v) => (typeof v === 'string' && v.startsWith('=') ? v : ''))) };
    baru.values = baru.values.map((r) => r.map((v) => (typeof v === 'string' && v.startsWith('=') ? null : v)));
    this.wb = { host: this.wb.host, sheets: lama ? this.wb.sheets.map((s) => (s === lama ? baru : s)) : [...this.wb.sheets, baru] };
  }

  gantiPk(pk: PkIsi[] | CellInput[][]): void {
    const rows = pk.length > 0 && Array.isArray(pk[0]) ? (pk as CellInput[][]) : isiPk(pk as PkIsi[]);
    this.gantiLembar(SHEET.PK, rows);
  }

  hapusLembar(nama: string): void {
    if (this.bk) {
      const id = this.bk.idLembar(nama);
      if (id !== undefined) this.bk.hf.removeSheet(id);
      return;
    }
    this.wb = { host: this.wb.host, sheets: this.wb.sheets.filter((s) => s.name.toLowerCase() !== nama.toLowerCase()) };
  }

  /** Type into one cell (a value, a formula "=…", null to clear). */
  isiSel(sheet: string, r: number, c: number, v: WriteValue): void {
    if (this.bk) {
      this.bk.isiSel(sheet, r, c, v);
      return;
    }
    this.wb = simulasikan(this.wb, [{ op: 'setValues', sheet, row: r, col: c, values: [[v]] }]);
  }

  ketik(kode: string, header: string, v: WriteValue, sheet: string = SHEET.RAPK, kunci = 'Kode'): void {
    const { r, c } = this.cari(kode, header, sheet, kunci);
    this.isiSel(sheet, r, c, v);
  }

  ketikBanyak(isi: Array<[string, string, WriteValue]>, sheet: string = SHEET.RAPK): void {
    for (const [k, h, v] of isi) this.ketik(k, h, v, sheet);
  }

  ketikDi(sheet: string, ref: string, v: WriteValue): void {
    const p = parseA1(ref);
    this.isiSel(sheet, p.row, p.col, v);
  }

  /** A setting in Pengaturan, found by its label in column A (value in column B). */
  setel(label: string, v: WriteValue): void {
    const s = this.lembar(SHEET.PENGATURAN);
    const r = s ? s.values.findIndex((row) => row?.[0] === label) : -1;
    if (r < 0) throw new Error(`Pengaturan: ${label} tidak ada`);
    this.isiSel(SHEET.PENGATURAN, r, 1, v);
  }

  // -------------------------------------------------------------------------
  // Clicking

  /** Apply a plan as the host would. */
  terapkan(plan: Plan): void {
    if (this.bk) this.bk.terapkanRencana(plan);
    else this.wb = simulasikan(this.wb, plan.ops);
  }

  /** One click on "Perbarui dari PK" (job "rapk"): planned on what the hosts read, applied when accepted. */
  klik(sekarang = this.sekarang): Klik {
    const r = rencanaJob('rapk', this.bacaan(), { sekarang, zonaMenit: this.zonaMenit });
    if (r.plan) this.terapkan(r.plan);
    return { ...r.hasil, plan: r.plan };
  }

  /** A click that must be accepted: its plan. */
  perbarui(sekarang = this.sekarang): Plan & { pesan: string } {
    const k = this.klik(sekarang);
    if (!k.ok || !k.plan) throw new Error(`Perbarui menolak: ${k.pesan}`);
    return { ...k.plan, pesan: k.pesan };
  }

  /** A click that must be refused: its message (nothing was written). */
  tolak(): string {
    const sebelum = JSON.stringify(this.snapshot());
    const k = this.klik();
    if (k.ok) throw new Error(`Perbarui seharusnya menolak, tetapi menjawab: ${k.pesan}`);
    if (JSON.stringify(this.snapshot()) !== sebelum) throw new Error('Perbarui menolak tetapi buku kerja berubah');
    return k.pesan;
  }

  /** "Sisipkan templat" (job "templat"). */
  templat(contoh: boolean): Klik {
    const names = BACA.templat.map((b) => b.name);
    const baca: WorkbookSnapshot = this.bk ? this.bk.bacaSnapshot(BACA.templat) : { host: this.host, sheets: this.wb.sheets.filter((s) => names.some((n) => n.toLowerCase() === s.name.toLowerCase())).map((s) => ({ name: s.name, values: [] })) };
    const r = rencanaJob('templat', baca, { contoh, sekarang: this.sekarang, zonaMenit: this.zonaMenit });
    if (r.plan) this.terapkan(r.plan);
    return { ...r.hasil, plan: r.plan };
  }
}

/** A fresh workbook holding the template (PK and Pengaturan), and the example when asked. */
export function bukuTemplat(contoh: boolean, opsi: { mesin?: Mesin; host?: HostKind } = {}): Buku {
  const b = new Buku(null, opsi);
  const k = b.templat(contoh);
  if (!k.ok) throw new Error(k.pesan);
  return b;
}
