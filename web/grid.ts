/**
 * The browser workbook's spreadsheet view, plain DOM: sheet tabs, column
 * letters and row numbers, a name box and a formula bar, a grid that edits
 * cells in place.
 *
 * - Only the rows in view are in the DOM (plus a margin): a 1,000-row sheet
 *   scrolls as fast as a 50-row one. The header (column letters and the frozen
 *   rows) stays on top as one block, so header texts wrap instead of being cut.
 * - Frozen columns wider than about half the grid stay on screen only in part:
 *   the ones nearest the data (Kode, Indikator) stay, the ones before them
 *   scroll away, so the columns to type in stay reachable (the workbook keeps
 *   its own freeze). A title in a frozen row stays readable when scrolled.
 * - Numbers show the Indonesian way through the cell's number format
 *   ('#,##0.00' -> "98,27"); errors show their code with the message as a
 *   tooltip and, when selected, under the formula bar, in Indonesian.
 * - Excel habits: arrows move, Shift+arrows/Shift+click/drag select, Ctrl+arrow
 *   to the edge of the data, Home, Ctrl+Home, Ctrl+End, PageUp/PageDown; typing
 *   or F2 or a double-click edits; Enter commits and moves down, Tab right,
 *   Escape cancels; Delete clears the selection; Ctrl+Z / Ctrl+Y undo and redo
 *   (a whole sidebar job is one step); Ctrl+C / Ctrl+X / Ctrl+V copy and paste
 *   (tab-separated text from Excel or Sheets, numbers read as typed); the name
 *   box takes an address; right-click for rows (insert, delete, move) and the
 *   number format; drag a column border to resize it (double-click fits it);
 *   double-click a sheet tab to rename it, right-click it to delete it.
 * - Each sheet keeps its own scroll position and selection.
 *
 * All cell text goes in through textContent, never as markup.
 */
import { DetailedCellError } from 'hyperformula';
import { a1, colName, parseA1Range } from '../core/workbook';
import { BukuKerjaWeb, GayaSel, Kotak, LEBAR_BAWAAN, MetaLembar, Pilihan, metaKosong } from './workbook-web';
import { angkaSunting, bacaKetikan, formatAngka, keTsv, uraiTsv } from './format-angka';
import { IsiMenu, bukaMenu, tutupMenu } from './menu';
import { pesanGalat as pesanGalatUmum } from '../sidebar/sidebar';
import { dataGrafik, svgGrafik } from './grafik';

export const TINGGI_BARIS = 24;
const LEBAR_NOMOR = 46;
const CADANGAN = 12;
const BARIS_MIN = 100;
const KOLOM_MIN = 26;
/** At most this share of the grid's width stays frozen on screen. */
const BEKU_MAKS = 0.55;

/** The number formats of the format menu, with the codes each one also stands for. */
export const FORMAT_ANGKA: ReadonlyArray<{ kode: string; label: string; juga: string[] }> = [
  { kode: 'General', label: 'Umum', juga: [''] },
  { kode: '#,##0.00', label: 'Angka 2 desimal', juga: ['0.00'] },
  { kode: '0.00%', label: 'Persen', juga: ['0%', '0.0%'] },
];

function el<K extends keyof HTMLElementTagNameMap>(tag: K, kelas?: string, teks?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (kelas) e.className = kelas;
  if (teks !== undefined) e.textContent = teks;
  return e;
}

/** What a cell shows. */
interface Tampil {
  teks: string;
  jenis: 'kosong' | 'angka' | 'teks' | 'logika' | 'galat';
  judul?: string;
}

/** What an error means when its message says nothing (HyperFormula's own errors often carry none). */
const ARTI_GALAT: Record<string, string> = {
  DIV_BY_ZERO: 'pembagian dengan nol: pembaginya kosong atau 0 (di rumus ini atau di sel yang dirujuknya)',
  NA: 'nilai tidak tersedia atau tidak ditemukan',
  VALUE: 'jenis nilai tidak sesuai, mis. teks di tempat yang membutuhkan angka',
  REF: 'rujukan ke sel atau lembar yang tidak ada',
  NAME: 'nama fungsi atau nama rentang tidak dikenal',
  NUM: 'angka tidak sah (terlalu besar, terlalu kecil, atau tak terhingga)',
  CYCLE: 'rujukan melingkar: rumus ini, langsung atau lewat sel lain, merujuk dirinya sendiri',
  SPILL: 'hasil array tidak muat: sel di sebelahnya sudah berisi',
  ERROR: 'rumus tidak dapat dibaca (periksa tanda kurung, tanda kutip dan pemisah argumen)',
  LIC: 'fungsi ini tidak tersedia',
};

/** HyperFormula's English messages, in Indonesian (Kinerja's own messages are Indonesian already). */
const TERJEMAHAN_GALAT: Array<[RegExp, string]> = [
  [/Value cannot be coerced to number\./g, 'nilai tidak dapat dibaca sebagai angka'],
  [/Number argument expected\./g, 'argumen harus berupa angka'],
  [/Number-only range expected\./g, 'rentang harus berisi angka saja'],
  [/Wrong number of arguments\./g, 'jumlah argumen fungsi salah'],
  [/Empty function argument\./g, 'ada argumen fungsi yang kosong'],
  [/Value not found\./g, 'nilai yang dicari tidak ditemukan'],
  [/Sheet does not exist\./g, 'lembar yang dirujuk tidak ada'],
  [/Address is not correct\./g, 'alamat sel tidak benar'],
  [/Resulting reference is out of the sheet\./g, 'rujukan hasilnya berada di luar lembar'],
  [/NaN or infinite value encountered\./g, 'hasilnya bukan angka atau tak terhingga'],
  [/Wrong type of argument\./g, 'jenis argumen salah'],
  [/Cell range not allowed\./g, 'rentang sel tidak boleh dipakai di sini'],
  [/Cell range expected\./g, 'argumen harus berupa rentang sel'],
  [/Cell reference expected\./g, 'argumen harus berupa rujukan sel'],
  [/Incorrect criterion\./g, 'kriteria tidak benar'],
  [/Value needs to be an integer\./g, 'nilai harus bilangan bulat'],
  [/Value cannot be negative\./g, 'nilai tidak boleh negatif'],
  [/Argument cannot be 0\./g, 'argumen tidak boleh 0'],
  [/Index out of bounds\./g, 'indeks di luar batas'],
  [/Invalid date\./g, 'tanggal tidak sah'],
  [/String does not represent correct DateTime\./g, 'teks ini bukan tanggal atau waktu yang sah'],
  [/Range spans more than one sheet\./g, 'rentang melintasi lebih dari satu lembar'],
  [/Ranges need to be of equal length\./g, 'rentang-rentangnya harus sama panjang'],
  [/Array dimensions (are not compatible|mismatched)\./g, 'ukuran array tidak cocok'],
  [/No space for array result\./g, 'tidak ada ruang untuk hasil array'],
  [/None of the conditions were met\./g, 'tidak ada syarat yang terpenuhi'],
  [/Value too large\./g, 'nilai terlalu besar'],
  [/Value too small\./g, 'nilai terlalu kecil'],
  [/Function name (\S+) not recognized\./g, 'fungsi $1 tidak dikenal'],
  [/Named expression (\S+) not recognized\./g, 'nama $1 tidak dikenal'],
  // Parse errors come as several English lines listing the tokens the parser wanted.
  [/^Parsing error\. Expecting token of type --> RParen <--[\s\S]*$/, 'rumus tidak dapat dibaca: tanda kurung tutup ")" kurang'],
  [/^Parsing error\.[\s\S]*but found: ''\s*$/, 'rumus tidak dapat dibaca: rumus berhenti di tengah (ada operator, pemisah atau argumen yang belum diisi di akhirnya)'],
  [/^Parsing error\.[\s\S]*$/, ARTI_GALAT.ERROR],
];

/** Words of an English sentence that no Indonesian message here uses (quoted parts aside). */
const KATA_INGGRIS = /\b(the|of|is|are|not|expected|expecting|found|token|cannot|must|should|argument|invalid|error)\b/i;

/** Reasons already worked out, by error type and message. */
const pesanGalatSudah = new Map<string, string>();

/**
 * An error's reason in Indonesian: Kinerja's own message, HyperFormula's
 * English message translated, or what the error code means.
 */
export function pesanGalat(e: DetailedCellError): string {
  // Every visible error cell asks on every redraw, and a fresh template holds many alike.
  const kunci = `${e.type}|${e.message || ''}`;
  let m = pesanGalatSudah.get(kunci);
  if (m !== undefined) return m;
  m = (e.message || '').trim();
  for (const [pola, id] of TERJEMAHAN_GALAT) m = m.replace(pola, id);
  // An English message not translated above: say what the code means instead.
  if (!m || /^[A-Z][a-z]+(?: [a-z-]+)+\.?$/.test(m) || KATA_INGGRIS.test(m.replace(/"[^"]*"/g, ''))) m = ARTI_GALAT[e.type] ?? 'sel ini berisi galat';
  if (pesanGalatSudah.size > 500) pesanGalatSudah.clear();
  pesanGalatSudah.set(kunci, m);
  return m;
}

export function tampilNilai(v: unknown, gaya?: GayaSel): Tampil {
  if (v === null || v === undefined || v === '') return { teks: '', jenis: 'kosong' };
  if (v instanceof DetailedCellError) return { teks: v.value, jenis: 'galat', judul: `${v.value} — ${pesanGalat(v)}` };
  if (typeof v === 'number') return { teks: formatAngka(v, gaya?.numberFormat), jenis: 'angka' };
  if (typeof v === 'boolean') return { teks: v ? 'TRUE' : 'FALSE', jenis: 'logika' };
  return { teks: String(v), jenis: 'teks' };
}

/** Where a sheet was left: scroll position and the selection with its active cell. */
export interface TampilanLembar {
  top: number;
  left: number;
}

interface Sel {
  row: number;
  col: number;
}

/** The frozen rows and columns as shown: columns [dari, cols) stay on screen, those before `dari` scroll away. */
export interface BekuTampil {
  rows: number;
  cols: number;
  dari: number;
}

export class GridKerja {
  readonly root: HTMLElement;
  readonly bk: BukuKerjaWeb;
  /** The active sheet's name. */
  lembar = '';
  /** The selection: a block; `jangkar` is its active cell (where typing goes), `ujung` the corner Shift moves. */
  private sel: Kotak = { row: 0, col: 0, rows: 1, cols: 1 };
  private jangkar: Sel = { row: 0, col: 0 };
  private ujung: Sel = { row: 0, col: 0 };
  private bilahAlamat: HTMLInputElement;
  private bilahIsi: HTMLInputElement;
  private tombolUrung: HTMLButtonElement;
  private tombolUlang: HTMLButtonElement;
  private pilihFormat: HTMLSelectElement;
  /** Under the formula bar: why the selected cell shows an error, or what an action could not do, in Indonesian. */
  private bilahGalat: HTMLElement;
  private pesan: string | null = null;
  private gulir: HTMLElement;
  private tabel: HTMLTableElement;
  private colgroup: HTMLTableColElement;
  private thead: HTMLTableSectionElement;
  private tbody: HTMLTableSectionElement;
  private tabs: HTMLElement;
  /** Right of the sheet tabs, for the page's own status (autosave). */
  readonly slotBawah: HTMLElement;
  private dataList: HTMLDataListElement;
  private jendela = { awal: -1, akhir: -1 };
  private ukuran = { baris: BARIS_MIN, kolom: KOLOM_MIN };
  private kiriKolom: number[] = [];
  private lebarKolom: number[] = [];
  private tinggiKepala = TINGGI_BARIS;
  private rafGulir = 0;
  private lebarTerakhir = 0;
  /** Scroll positions of the sheets left, by sheet name in lower case. */
  private tampilan = new Map<string, TampilanLembar>();
  /** Selecting by dragging the mouse. */
  private seret = false;
  /** The text put on the clipboard by the last copy here: pasting it back pastes the cells themselves (formulas follow). */
  private teksSalinan: string | null = null;
  /** The cell being edited and its editor, kept across re-renders. */
  private sunting: { row: number; col: number; input: HTMLInputElement; asal: 'sel' | 'bilah' } | null = null;

  constructor(root: HTMLElement, bk: BukuKerjaWeb) {
    this.root = root;
    this.bk = bk;
    root.classList.add('kw-grid');
    while (root.firstChild) root.removeChild(root.firstChild);

    const bilah = el('div', 'kw-bilah');
    this.tombolUrung = el('button', 'kw-ikon', '↶');
    this.tombolUrung.type = 'button';
    this.tombolUrung.title = 'Urungkan (Ctrl+Z)';
    this.tombolUrung.setAttribute('aria-label', 'Urungkan (Ctrl+Z)');
    this.tombolUlang = el('button', 'kw-ikon', '↷');
    this.tombolUlang.type = 'button';
    this.tombolUlang.title = 'Ulangi (Ctrl+Y)';
    this.tombolUlang.setAttribute('aria-label', 'Ulangi (Ctrl+Y)');
    this.pilihFormat = el('select', 'kw-format');
    this.pilihFormat.title = 'Format angka sel terpilih';
    this.pilihFormat.setAttribute('aria-label', 'Format angka');
    this.bilahAlamat = el('input', 'kw-alamat');
    this.bilahAlamat.type = 'text';
    this.bilahAlamat.spellcheck = false;
    this.bilahAlamat.title = 'Kotak nama: ketik alamat (mis. J5, A5:C9, PK!J5) lalu Enter';
    this.bilahAlamat.setAttribute('aria-label', 'Alamat sel (ketik alamat lalu Enter)');
    const fx = el('span', 'kw-fx', 'fx');
    fx.setAttribute('aria-hidden', 'true');
    this.bilahIsi = el('input', 'kw-bilah-isi');
    this.bilahIsi.type = 'text';
    this.bilahIsi.spellcheck = false;
    this.bilahIsi.setAttribute('aria-label', 'Isi atau rumus sel');
    bilah.append(this.tombolUrung, this.tombolUlang, this.pilihFormat, this.bilahAlamat, fx, this.bilahIsi);
    this.bilahGalat = el('div', 'kw-bilah-galat');
    this.bilahGalat.id = `kw-galat-${Math.random().toString(36).slice(2, 8)}`;
    this.bilahGalat.setAttribute('role', 'status');
    this.bilahGalat.setAttribute('aria-live', 'polite');
    this.bilahGalat.hidden = true;

    this.gulir = el('div', 'kw-gulir');
    this.gulir.tabIndex = 0;
    this.gulir.setAttribute('role', 'grid');
    this.gulir.setAttribute('aria-label', 'Lembar kerja');
    this.tabel = el('table', 'kw-tabel');
    this.colgroup = el('colgroup');
    this.thead = el('thead');
    this.tbody = el('tbody');
    this.tabel.append(this.colgroup, this.thead, this.tbody);
    this.gulir.append(this.tabel);

    this.dataList = el('datalist');
    this.dataList.id = `kw-daftar-${Math.random().toString(36).slice(2, 8)}`;

    this.tabs = el('div', 'kw-tabs');
    this.tabs.setAttribute('role', 'tablist');
    this.tabs.setAttribute('aria-label', 'Lembar');
    const bawah = el('div', 'kw-bawah');
    this.slotBawah = el('div', 'kw-bawah-kanan');
    bawah.append(this.tabs, this.slotBawah);

    root.append(bilah, this.bilahGalat, this.gulir, bawah, this.dataList);

    this.pasangPeristiwa();
    bk.dengar((e) => {
      if (e.jenis === 'ubah') this.segarkan(e.sumber === 'muat', e.sumber === 'rencana');
      else this.terapkanPilihan(e.pilihan);
    });
    const names = bk.namaLembar();
    if (bk.pilihan) this.terapkanPilihan(bk.pilihan);
    else if (names.length) this.aktifkan(names[0]);
    else this.segarkan(true);
  }

  // ---------------------------------------------------------------------------
  // Public

  /** The selection as the sidebar and tests see it. */
  pilihan(): Pilihan {
    return { sheet: this.lembar, ...this.sel };
  }

  /** The active cell of the selection (where typing goes). */
  selAktif(): { row: number; col: number } {
    return { ...this.jangkar };
  }

  /** "J5" (or "J5:K7"). */
  alamat(): string {
    const s = this.sel;
    return s.rows === 1 && s.cols === 1 ? a1(s.row, s.col) : `${a1(s.row, s.col)}:${a1(s.row + s.rows - 1, s.col + s.cols - 1)}`;
  }

  aktifkan(sheet: string): void {
    const nama = this.bk.namaAsli(sheet);
    if (!nama) return;
    if (nama.toLowerCase() === this.lembar.toLowerCase()) return;
    // Back on a sheet left earlier: the same cells selected (as Excel keeps a selection per sheet).
    const ingat = this.pilihanLembar.get(nama.toLowerCase());
    this.bk.setPilihan(ingat ? { sheet: nama, ...ingat } : { sheet: nama, ...this.selPertama(nama), rows: 1, cols: 1 });
  }

  /**
   * Where a sheet opened for the first time starts: A1, or, when its frozen
   * columns do not all stay on screen (Pengukuran, PK and RAPK on a laptop),
   * where Ctrl+Home goes (below and right of the frozen panes); gulirPertama
   * then scrolls the first frozen columns away, so the first screen shows the
   * columns that say which row it is (Kode, Indikator) with the data beside
   * them, not No, Perspektif and Sasaran.
   */
  private selPertama(nama: string): Sel {
    const m = this.bk.meta.get(nama.toLowerCase()) ?? metaKosong();
    const lebar = (c: number): number => (m.lebar[c] && m.lebar[c] > 0 ? m.lebar[c] : LEBAR_BAWAAN);
    return this.bekuLepas(m.beku.cols, lebar) > 0 ? { row: m.beku.rows, col: m.beku.cols } : { row: 0, col: 0 };
  }

  /** Select a cell on the active sheet (and scroll to it). */
  pilih(row: number, col: number): void {
    this.pilihRentang({ row: Math.max(0, row), col: Math.max(0, col) });
  }

  /** Text of a cell as shown (for tests and the formula bar). */
  teksSel(row: number, col: number): string {
    const id = this.bk.idLembar(this.lembar);
    if (id === undefined) return '';
    return tampilNilai(this.bk.hf.getCellValue({ sheet: id, row, col }), this.bk.gayaSel(this.lembar, row, col)).teks;
  }

  /**
   * Scroll so that columns `dari`..`sampai` of `row` show, `dari` as far left
   * as needed (a first screen showing the typed columns with what identifies
   * each row), as far as the grid is wide; the active cell stays in view.
   */
  tampilkanKolom(row: number, dari: number, sampai: number): void {
    this.gulirKe(row, sampai);
    this.gulirKe(row, dari);
    this.gulirKe(this.jangkar.row, this.jangkar.col);
    this.gambarBaris(false);
  }

  /** Scroll positions by sheet (what autosave keeps, so a reload opens where the user was). */
  tampilanSemua(): Record<string, TampilanLembar> {
    this.ingatTampilan();
    return Object.fromEntries(this.tampilan);
  }

  pulihkanTampilan(t: Record<string, TampilanLembar>): void {
    for (const [k, v] of Object.entries(t)) this.tampilan.set(k.toLowerCase(), { top: v.top, left: v.left });
    const v = this.tampilan.get(this.lembar.toLowerCase());
    if (v) {
      this.gulir.scrollTop = v.top;
      this.gulir.scrollLeft = v.left;
      this.gambarBaris(true);
    }
  }

  /** Show what an action could not do (or did), under the formula bar until the next move. */
  tampilPesan(teks: string): void {
    this.pesan = teks;
    this.gambarGalat();
  }

  // ---------------------------------------------------------------------------
  // Reacting to the workbook

  /** The selections of the sheets left, so coming back to a tab finds the same cell. */
  private pilihanLembar = new Map<string, Kotak>();

  private ingatTampilan(): void {
    if (!this.lembar) return;
    this.tampilan.set(this.lembar.toLowerCase(), { top: this.gulir.scrollTop, left: this.gulir.scrollLeft });
    this.pilihanLembar.set(this.lembar.toLowerCase(), { ...this.sel });
  }

  private terapkanPilihan(p: Pilihan): void {
    const ganti = p.sheet.toLowerCase() !== this.lembar.toLowerCase();
    if (this.sunting) this.selesaiSunting(true);
    this.pesan = null;
    if (ganti) this.ingatTampilan();
    this.lembar = this.bk.namaAsli(p.sheet) ?? p.sheet;
    this.sel = { row: p.row, col: p.col, rows: p.rows, cols: p.cols };
    // The active cell stays where it was when it is inside the new block and the block is its own; otherwise top-left.
    const milikSendiri = this.dariJangkar && this.dariJangkar.row === p.row && this.dariJangkar.col === p.col && this.dariJangkar.rows === p.rows && this.dariJangkar.cols === p.cols;
    if (!milikSendiri || ganti) {
      this.jangkar = { row: p.row, col: p.col };
      this.ujung = { row: p.row + p.rows - 1, col: p.col + p.cols - 1 };
    }
    this.dariJangkar = null;
    // Whole rows (selected by their numbers) or whole columns: no scrolling along them, as in Excel.
    const tepi = this.tepiData();
    const u = this.ujungTerlihat();
    const fokus = { row: p.row === 0 && p.rows > 1 && p.rows >= tepi.baris ? -1 : u.row, col: p.col === 0 && p.cols > 1 && p.cols >= tepi.kolom ? -1 : u.col };
    if (ganti) {
      const v = this.tampilan.get(this.lembar.toLowerCase());
      this.bangunKerangka();
      this.gambarBaris(true);
      this.gulir.scrollTop = v?.top ?? 0;
      this.gulir.scrollLeft = v?.left ?? 0;
      if (!v) this.gulirPertama(fokus.col);
      this.gulirKe(fokus.row, fokus.col);
      this.gambarTabs();
      this.gambarBaris(true);
      this.gambarGrafik();
    } else {
      // Same sheet: move the highlight in place (a click must not rebuild the cells it lands on).
      if (p.row + p.rows >= this.ukuran.baris - 5 || p.col + p.cols >= this.ukuran.kolom) this.bangunKerangka();
      this.gulirKe(fokus.row, fokus.col);
      this.gambarBaris(false);
      this.tandaiPilihan();
    }
    this.gambarBilah();
  }

  /** The block the grid itself asked for (so its active cell is kept when the workbook echoes it back). */
  private dariJangkar: Kotak | null = null;

  /** Select from the active cell `j` to corner `u` (a block), keeping `j` active. */
  private pilihRentang(j: Sel, u: Sel = j): void {
    const kotak = { row: Math.min(j.row, u.row), col: Math.min(j.col, u.col), rows: Math.abs(j.row - u.row) + 1, cols: Math.abs(j.col - u.col) + 1 };
    this.jangkar = { ...j };
    this.ujung = { ...u };
    this.dariJangkar = kotak;
    this.bk.setPilihan({ sheet: this.lembar, ...kotak });
  }

  /** The cell to keep in view: the corner that moves while extending a selection, else the active cell. */
  private ujungTerlihat(): Sel {
    return this.sel.rows === 1 && this.sel.cols === 1 ? this.jangkar : this.ujung;
  }

  /** Update the selection marks of the cells and headers in the DOM. */
  private tandaiPilihan(): void {
    const s = this.sel;
    for (const e of Array.from(this.tabel.querySelectorAll('.kw-pilih, .kw-rentang, .kw-aktif, .kw-berdaftar, [aria-selected="true"]'))) {
      e.classList.remove('kw-pilih', 'kw-rentang', 'kw-aktif', 'kw-berdaftar');
      e.removeAttribute('aria-selected');
    }
    for (let r = s.row; r < s.row + s.rows; r++) {
      const no = this.tabel.querySelector(`tr.kw-baris[data-r="${r}"] > th.kw-nomor`);
      if (no) no.classList.add('kw-aktif');
      for (let c = s.col; c < s.col + s.cols; c++) {
        const td = this.tabel.querySelector(`td.kw-sel[data-r="${r}"][data-c="${c}"]`);
        if (!td) continue;
        this.tandaiSel(td as HTMLElement, r, c);
      }
    }
    for (let c = s.col; c < s.col + s.cols; c++) {
      const th = this.tabel.querySelector(`th.kw-huruf[data-c="${c}"]`);
      if (th) th.classList.add('kw-aktif');
    }
  }

  private tandaiSel(td: HTMLElement, r: number, c: number): void {
    const utama = r === this.jangkar.row && c === this.jangkar.col;
    td.classList.add(utama ? 'kw-pilih' : 'kw-rentang');
    if (utama) {
      td.setAttribute('aria-selected', 'true');
      if (this.bk.daftarSel(this.lembar, r, c)) td.classList.add('kw-berdaftar');
    }
  }

  /**
   * Cells or sheets changed: keep the view on the same sheet when it still
   * exists. Another workbook (`semua`) or a job's plan (`baru`: sheets built
   * anew) forgets where the other sheets were scrolled.
   */
  private segarkan(semua: boolean, baru = false): void {
    const names = this.bk.namaLembar();
    if (semua || baru) {
      this.tampilan.clear();
      this.pilihanLembar.clear();
    }
    if (!this.lembar || !this.bk.namaAsli(this.lembar)) {
      this.lembar = names[0] ?? '';
      this.sel = { row: 0, col: 0, rows: 1, cols: 1 };
      this.jangkar = { row: 0, col: 0 };
      this.ujung = { row: 0, col: 0 };
      semua = true;
    } else this.lembar = this.bk.namaAsli(this.lembar) as string;
    if (this.sunting && semua) this.sunting = null;
    const berubah = this.bangunKerangka();
    this.gambarTabs();
    if (berubah || semua || this.jendela.awal < 0) this.gambarBaris(true);
    else this.perbaruiBaris();
    this.gambarBilah();
    this.gambarGrafik();
  }

  // ---------------------------------------------------------------------------
  // Charts (the Laporan): drawn over the cells they are anchored at, from the values of their ranges now

  private lapisGrafik: HTMLElement[] = [];
  /** What the charts on screen were drawn from (sheet, widths, header height, their SVG): nothing to do when it is the same. */
  private tandaGrafik = '';

  /** Draw the active sheet's charts (after every change: a chart follows its cells, e.g. the Kode typed for chart 3). */
  private gambarGrafik(): void {
    const grafik = this.meta().grafik ?? [];
    const id = this.bk.idLembar(this.lembar);
    const beku = this.bekuTampil();
    const svg = id === undefined ? [] : grafik.map((g) => svgGrafik(g, dataGrafik(g, (r, c) => this.bk.hf.getCellValue({ sheet: id, row: r, col: c }))));
    const tanda = `${this.lembar}|${this.tinggiKepala}|${this.kerangka}|${beku.rows}|${svg.join('')}`;
    if (tanda === this.tandaGrafik && this.lapisGrafik.every((e) => e.isConnected)) return;
    this.tandaGrafik = tanda;
    for (const e of this.lapisGrafik) e.remove();
    this.lapisGrafik = [];
    const parser = new DOMParser();
    grafik.forEach((g, i) => {
      const p = parseA1Range(g.posisi.sel);
      if (p.col >= this.kiriKolom.length) return;
      // Rows below the frozen ones are all TINGGI_BARIS high, under the header block.
      const top = this.tinggiKepala + Math.max(0, p.row - beku.rows) * TINGGI_BARIS;
      const kotak = el('div', 'kw-grafik');
      kotak.dataset.grafik = g.nama;
      kotak.setAttribute('role', 'img');
      kotak.setAttribute('aria-label', g.judul);
      kotak.style.left = `${this.kiriKolom[p.col]}px`;
      kotak.style.top = `${top}px`;
      kotak.style.width = `${g.posisi.lebar}px`;
      kotak.style.height = `${g.posisi.tinggi}px`;
      const doc = parser.parseFromString(svg[i], 'image/svg+xml');
      kotak.append(document.importNode(doc.documentElement, true));
      this.gulir.append(kotak);
      this.lapisGrafik.push(kotak);
    });
  }

  private meta(): MetaLembar {
    return this.bk.meta.get(this.lembar.toLowerCase()) ?? metaKosong();
  }

  // ---------------------------------------------------------------------------
  // Drawing

  private gambarTabs(): void {
    const names = this.bk.namaLembar();
    while (this.tabs.firstChild) this.tabs.removeChild(this.tabs.firstChild);
    for (const n of names) {
      const b = el('button', 'kw-tab', n);
      b.type = 'button';
      b.setAttribute('role', 'tab');
      b.dataset.lembar = n;
      b.title = `${n} (klik dua kali untuk mengganti nama; klik kanan untuk menu)`;
      const aktif = n.toLowerCase() === this.lembar.toLowerCase();
      b.setAttribute('aria-selected', aktif ? 'true' : 'false');
      b.tabIndex = aktif ? 0 : -1;
      b.addEventListener('click', () => this.aktifkan(n));
      b.addEventListener('dblclick', () => this.gantiNamaTab(b, n));
      b.addEventListener('contextmenu', (e) => {
        e.preventDefault();
        this.aktifkan(n);
        this.menuTab(e.clientX, e.clientY, n);
      });
      b.addEventListener('keydown', (e) => {
        if (e.key === 'F2') {
          e.preventDefault();
          this.gantiNamaTab(b, n);
        } else if (e.key === 'ContextMenu' || (e.key === 'F10' && e.shiftKey)) {
          e.preventDefault();
          const r = b.getBoundingClientRect();
          this.menuTab(r.left, r.top - 120, n);
        }
      });
      this.tabs.append(b);
    }
    const tambah = el('button', 'kw-tambah-lembar', '+');
    tambah.type = 'button';
    tambah.title = 'Sisipkan lembar baru';
    tambah.setAttribute('aria-label', 'Sisipkan lembar baru');
    tambah.addEventListener('click', () => this.coba(() => this.bk.tambahLembar()));
    this.tabs.append(tambah);
  }

  private menuTab(x: number, y: number, nama: string): void {
    const isi: IsiMenu = [
      { label: 'Ganti nama…', pintas: 'F2', aksi: () => this.gantiNamaTab(this.tabs.querySelector(`.kw-tab[data-lembar="${CSS.escape(nama)}"]`) as HTMLElement, nama) },
      { label: 'Hapus lembar…', aksi: () => this.hapusLembarTanya(nama), nonaktif: this.bk.namaLembar().length <= 1 },
      null,
      { label: 'Sisipkan lembar baru', aksi: () => this.coba(() => this.bk.tambahLembar()) },
    ];
    bukaMenu(x, y, isi, `Lembar ${nama}`, this.gulir);
  }

  private hapusLembarTanya(nama: string): void {
    if (!window.confirm(`Hapus lembar "${nama}" beserta seluruh isinya? (Ctrl+Z membatalkan penghapusan.)`)) return;
    this.coba(() => this.bk.hapusLembar(nama));
  }

  /** Rename in place: the tab becomes a text box; Enter keeps the name, Escape gives up. */
  private gantiNamaTab(tab: HTMLElement | null, nama: string): void {
    if (!tab) return;
    const input = el('input', 'kw-tab-nama');
    input.type = 'text';
    input.value = nama;
    input.setAttribute('aria-label', `Nama baru lembar ${nama}`);
    input.size = Math.max(8, nama.length + 2);
    tab.replaceWith(input);
    input.focus();
    input.select();
    let selesai = false;
    const akhiri = (simpan: boolean): void => {
      if (selesai) return;
      if (simpan && input.value.trim() !== nama) {
        const masalah = this.bk.masalahNamaLembar(input.value, nama);
        if (masalah) {
          this.tampilPesan(masalah);
          input.setAttribute('aria-invalid', 'true');
          input.focus();
          return;
        }
        selesai = true;
        this.coba(() => this.bk.gantiNamaLembar(nama, input.value));
      }
      selesai = true;
      this.gambarTabs();
      this.gulir.focus({ preventScroll: true });
    };
    input.addEventListener('keydown', (e) => {
      e.stopPropagation();
      if (e.key === 'Enter') {
        e.preventDefault();
        akhiri(true);
      } else if (e.key === 'Escape') {
        e.preventDefault();
        akhiri(false);
      }
    });
    input.addEventListener('blur', () => setTimeout(() => akhiri(true), 0));
  }

  /** What bangunKerangka built last: the sheet, its size, widths and freeze. */
  private kerangka = '';

  /**
   * Size of the sheet, widths: everything that does not depend on the scroll
   * position. Returns whether any of it changed (then every row is drawn again).
   */
  private bangunKerangka(): boolean {
    const id = this.bk.idLembar(this.lembar);
    const dim = id === undefined ? { width: 0, height: 0 } : this.bk.hf.getSheetDimensions(id);
    const m = this.meta();
    this.ukuran = {
      baris: Math.max(BARIS_MIN, dim.height + 30, this.sel.row + this.sel.rows + 20),
      kolom: Math.max(KOLOM_MIN, dim.width + 3, m.lebar.length + 1, this.sel.col + this.sel.cols + 3),
    };
    this.lebarKolom = [];
    this.kiriKolom = [];
    let x = LEBAR_NOMOR;
    for (let c = 0; c < this.ukuran.kolom; c++) {
      const w = m.lebar[c] && m.lebar[c] > 0 ? m.lebar[c] : LEBAR_BAWAAN;
      this.lebarKolom.push(w);
      this.kiriKolom.push(x);
      x += w;
    }
    const tanda = `${this.lembar}|${this.ukuran.baris}|${this.ukuran.kolom}|${this.lebarKolom.join(',')}|${m.beku.rows},${m.beku.cols}`;
    if (tanda === this.kerangka) return false;
    this.kerangka = tanda;
    this.tabel.style.width = `${x}px`;
    while (this.colgroup.firstChild) this.colgroup.removeChild(this.colgroup.firstChild);
    const c0 = el('col');
    c0.style.width = `${LEBAR_NOMOR}px`;
    this.colgroup.append(c0);
    for (const w of this.lebarKolom) {
      const col = el('col');
      col.style.width = `${w}px`;
      this.colgroup.append(col);
    }
    this.jendela = { awal: -1, akhir: -1 };
    return true;
  }

  /**
   * After an edit: draw again only the rows on screen whose cells show
   * something else (an edit changes a few rows; rebuilding all of them would
   * cost most of the time from Enter to the screen showing the result).
   */
  private perbaruiBaris(): void {
    const id = this.bk.idLembar(this.lembar);
    const beku = this.bekuTampil();
    let kepalaBerubah = false;
    for (const tr of Array.from(this.tabel.querySelectorAll('tr.kw-baris')) as HTMLTableRowElement[]) {
      const r = Number(tr.dataset.r);
      const dibekukan = tr.classList.contains('kw-beku');
      if (tr.dataset.tanda === this.tandaBaris(id, r)) continue;
      tr.replaceWith(this.baris(id, r, beku, dibekukan));
      if (dibekukan) kepalaBerubah = true;
    }
    if (kepalaBerubah) this.tinggiKepala = this.thead.offsetHeight || this.tinggiKepala;
  }

  /** What a row shows, as one string: the text, kind and format of each cell, and its notes. */
  private tandaBaris(id: number | undefined, r: number): string {
    if (id === undefined) return '';
    const bagian: string[] = [];
    for (let c = 0; c < this.ukuran.kolom; c++) {
      const g = this.bk.gayaSel(this.lembar, r, c);
      const t = tampilNilai(this.bk.hf.getCellValue({ sheet: id, row: r, col: c }), g);
      if (t.jenis === 'kosong' && !g) continue;
      bagian.push(`${c}\u0001${t.jenis}\u0001${t.teks}\u0001${t.judul ?? ''}\u0001${g ? `${g.numberFormat}|${g.bold}|${g.wrap}|${g.align}|${g.background}|${g.fontColor}` : ''}\u0001${this.bk.catatanSel(this.lembar, r, c) ?? ''}`);
    }
    return bagian.join('\u0002');
  }

  /**
   * The frozen rows and columns as shown. When the workbook's frozen columns
   * would take more than BEKU_MAKS of the grid's width, only the last ones
   * (nearest the data: Kode, Indikator) stay on screen and the first ones
   * scroll away, or the columns to type in could not be reached; the workbook
   * (and the .xlsx) keeps its own freeze.
   */
  bekuTampil(): BekuTampil {
    const b = this.meta().beku;
    const cols = Math.min(b.cols, this.ukuran.kolom);
    return { rows: Math.min(b.rows, this.ukuran.baris), cols, dari: this.bekuLepas(cols, (c) => this.lebarKolom[c]) };
  }

  /** How many of the first `cols` frozen columns scroll away (see bekuTampil), for columns of width `lebar(c)`. */
  private bekuLepas(cols: number, lebar: (c: number) => number): number {
    const ruang = this.gulir.clientWidth;
    if (!(ruang > 0) || cols <= 0) return 0;
    const batas = (ruang - LEBAR_NOMOR) * BEKU_MAKS;
    let w = 0;
    for (let c = 0; c < cols; c++) w += lebar(c);
    let dari = 0;
    while (dari < cols && w > batas) {
      w -= lebar(dari);
      dari++;
    }
    return dari;
  }

  /** Width of the columns that stay on screen. */
  private lebarTetap(b: BekuTampil): number {
    return b.cols > b.dari ? this.kiriKolom[b.cols - 1] + this.lebarKolom[b.cols - 1] - this.kiriKolom[b.dari] : 0;
  }

  /** Draw the header and the rows in view; `paksa` redraws even when the window did not move. */
  private gambarBaris(paksa = false): void {
    const beku = this.bekuTampil();
    const tinggi = this.gulir.clientHeight || 600;
    const atas = this.gulir.scrollTop;
    const badan = this.ukuran.baris - beku.rows;
    const ruang = Math.max(TINGGI_BARIS, tinggi - this.tinggiKepala);
    const terlihatAwal = Math.floor(atas / TINGGI_BARIS);
    const terlihatAkhir = Math.ceil((atas + ruang) / TINGGI_BARIS);
    if (!paksa && terlihatAwal >= this.jendela.awal && terlihatAkhir <= this.jendela.akhir) return;

    const id = this.bk.idLembar(this.lembar);
    const fokusEditor = !!this.sunting && this.sunting.asal === 'sel' && document.activeElement === this.sunting.input;
    if (paksa || this.jendela.awal < 0) {
      // Header: column letters, then the frozen rows; it stays on top as one block.
      while (this.thead.firstChild) this.thead.removeChild(this.thead.firstChild);
      const kepala = el('tr', 'kw-kepala');
      const sudut = el('th', 'kw-sudut');
      sudut.title = 'Pilih semua (Ctrl+A)';
      kepala.append(sudut);
      for (let c = 0; c < this.ukuran.kolom; c++) {
        const th = el('th', 'kw-huruf', colName(c));
        th.dataset.c = String(c);
        if (c >= this.sel.col && c < this.sel.col + this.sel.cols) th.classList.add('kw-aktif');
        if (c >= beku.dari && c < beku.cols) this.lekatKiri(th, c, beku, 7);
        const geser = el('span', 'kw-geser-kolom');
        geser.dataset.c = String(c);
        geser.title = `Seret untuk mengubah lebar kolom ${colName(c)}; klik dua kali untuk menyesuaikan dengan isinya`;
        th.append(geser);
        kepala.append(th);
      }
      this.thead.append(kepala);
      for (let r = 0; r < beku.rows; r++) this.thead.append(this.baris(id, r, beku, true));
      this.tinggiKepala = this.thead.offsetHeight || TINGGI_BARIS * (beku.rows + 1);
    }
    const ruang2 = Math.max(TINGGI_BARIS, tinggi - this.tinggiKepala);
    const akhirTerlihat = Math.ceil((atas + ruang2) / TINGGI_BARIS);
    const awal = Math.max(0, terlihatAwal - CADANGAN);
    const akhir = Math.min(badan, akhirTerlihat + CADANGAN);
    this.jendela = { awal, akhir: akhirTerlihat + CADANGAN >= badan ? Number.MAX_SAFE_INTEGER : akhir };

    while (this.tbody.firstChild) this.tbody.removeChild(this.tbody.firstChild);
    if (awal > 0) this.tbody.append(this.pengisi(awal * TINGGI_BARIS));
    for (let i = awal; i < akhir; i++) this.tbody.append(this.baris(id, beku.rows + i, beku, false));
    if (akhir < badan) this.tbody.append(this.pengisi((badan - akhir) * TINGGI_BARIS));
    this.root.dataset.baris = `${beku.rows + awal}-${beku.rows + akhir}`;
    // Re-rendering moved the editor into a new cell: keep typing in it.
    if (fokusEditor && this.sunting && this.sunting.input.isConnected) this.sunting.input.focus({ preventScroll: true });
  }

  private pengisi(tinggi: number): HTMLTableRowElement {
    const tr = el('tr', 'kw-pengisi');
    const td = el('td');
    td.colSpan = this.ukuran.kolom + 1;
    td.style.height = `${tinggi}px`;
    tr.append(td);
    return tr;
  }

  /** A column that stays on screen: sticky at its place right of the row numbers and the columns before it that stay. */
  private lekatKiri(e: HTMLElement, c: number, beku: BekuTampil, z: number): void {
    e.classList.add('kw-lekat-kiri');
    e.style.left = `${LEBAR_NOMOR + this.kiriKolom[c] - this.kiriKolom[beku.dari]}px`;
    e.style.zIndex = String(z);
  }

  /** One row: its number and its cells. `beku` = a frozen row (in the header block). */
  private baris(id: number | undefined, r: number, beku: BekuTampil, dibekukan: boolean): HTMLTableRowElement {
    const tr = el('tr', 'kw-baris');
    tr.dataset.r = String(r);
    tr.dataset.tanda = this.tandaBaris(id, r);
    const no = el('th', 'kw-nomor', String(r + 1));
    no.dataset.r = String(r);
    if (r >= this.sel.row && r < this.sel.row + this.sel.rows) no.classList.add('kw-aktif');
    tr.append(no);
    if (dibekukan) tr.classList.add('kw-beku');
    const n = this.ukuran.kolom;
    const nilai: unknown[] = [];
    if (id !== undefined) for (let c = 0; c < n; c++) nilai.push(this.bk.hf.getCellValue({ sheet: id, row: r, col: c }));
    const kosong = (v: unknown): boolean => v === null || v === undefined || v === '';
    // A title alone in its row, running over the empty cells after it (the sheet's name, its instructions, the
    // summary's heading), stays readable when the columns scroll.
    const satuSatunya = nilai.filter((v) => !kosong(v)).length === 1;
    let luberSampai = -1;
    for (let c = 0; c < n; c++) {
      const td = el('td', 'kw-sel');
      td.dataset.r = String(r);
      td.dataset.c = String(c);
      const gaya = this.bk.gayaSel(this.lembar, r, c);
      const t = tampilNilai(nilai[c], gaya);
      const isi = el('span', 'kw-isi', t.teks);
      td.append(isi);
      td.classList.add(`kw-${t.jenis}`);
      if (t.judul) td.title = t.judul;
      else if (t.jenis === 'teks' && t.teks.length > 8) td.title = t.teks;
      if (gaya) {
        if (gaya.bold) td.classList.add('kw-tebal');
        if (gaya.wrap) td.classList.add('kw-bungkus');
        if (gaya.align) td.style.textAlign = gaya.align;
        if (gaya.background) td.style.backgroundColor = gaya.background;
        if (gaya.fontColor) td.style.color = gaya.fontColor;
      }
      if (t.jenis === 'teks') {
        const w = this.bk.warnaSel(this.lembar, r, c, t.teks);
        if (w?.background) td.style.backgroundColor = w.background;
        if (w?.fontColor) td.style.color = w.fontColor;
        if (w) td.classList.add('kw-bersyarat');
      }
      // A validated period's cell: read-only, faintly hatched, the reason as its tooltip.
      const kunci = this.bk.proteksiSel(this.lembar, r, c);
      if (kunci) {
        td.classList.add('kw-terkunci');
        td.title = kunci.alasan;
        if (kunci.cakupan === 'sel') td.style.backgroundImage = 'repeating-linear-gradient(135deg, rgba(95,99,104,0.10) 0 2px, transparent 2px 7px)';
      }
      const catatan = this.bk.catatanSel(this.lembar, r, c);
      if (catatan) {
        td.classList.add('kw-bercatatan');
        td.title = catatan;
      }
      const tetap = c >= beku.dari && c < beku.cols;
      // No grid line through a text running over this cell (as in Excel).
      if (c < luberSampai) td.classList.add('kw-dilewati');
      // Text runs over empty neighbours to the right, as in Excel (not wrapped, not centred).
      if (t.jenis === 'teks' && !gaya?.wrap && (!gaya?.align || gaya.align === 'left') && c > luberSampai) {
        let lebar = this.lebarKolom[c];
        let k = c + 1;
        while (k < n && k < c + 30 && kosong(nilai[k]) && !(tetap && k >= beku.cols)) {
          lebar += this.lebarKolom[k];
          k++;
        }
        if (k > c + 1) {
          td.classList.add('kw-luber', 'kw-dilewati');
          isi.style.width = `${lebar - 8}px`;
          luberSampai = k - 1;
        }
      }
      const dipilih = r >= this.sel.row && r < this.sel.row + this.sel.rows && c >= this.sel.col && c < this.sel.col + this.sel.cols;
      if (dipilih) this.tandaiSel(td, r, c);
      // Above the cells that scroll under them (and their overflowing texts, z-index 1).
      if (tetap) this.lekatKiri(td, c, beku, td.classList.contains('kw-luber') ? 4 : 3);
      else if (satuSatunya && t.jenis === 'teks' && td.classList.contains('kw-luber')) {
        td.classList.add('kw-lekat-kiri', 'kw-judul-lekat');
        td.style.left = `${LEBAR_NOMOR}px`;
        td.style.zIndex = '5';
      }
      if (this.sunting && this.sunting.asal === 'sel' && this.sunting.row === r && this.sunting.col === c) {
        td.classList.add('kw-menyunting');
        td.append(this.sunting.input);
      }
      tr.append(td);
    }
    return tr;
  }

  private gambarBilah(): void {
    this.bilahAlamat.value = this.alamat();
    this.tombolUrung.disabled = !this.bk.bisaUrung();
    this.tombolUlang.disabled = !this.bk.bisaUlang();
    this.gambarFormat();
    this.gambarGalat();
    if (this.sunting) return;
    this.bilahIsi.value = this.isiSunting(this.jangkar.row, this.jangkar.col);
    // A read-only cell's content can be read and copied in the formula bar, not changed.
    const kunci = this.lembar ? this.bk.alasanTerkunci(this.lembar, this.jangkar.row, this.jangkar.col) : undefined;
    this.bilahIsi.readOnly = kunci !== undefined;
    this.bilahIsi.title = kunci ?? '';
  }

  /** The format menu shows the active cell's number format (or "Lainnya" for one it does not offer). */
  private gambarFormat(): void {
    const asli = this.bk.gayaSel(this.lembar, this.jangkar.row, this.jangkar.col)?.numberFormat || 'General';
    const dikenal = FORMAT_ANGKA.find((f) => f.kode === asli || f.juga.includes(asli));
    const kode = dikenal ? dikenal.kode : asli;
    const pilihan: Array<{ kode: string; label: string; nonaktif?: boolean }> = [...FORMAT_ANGKA];
    if (!dikenal) pilihan.push({ kode, label: `Lainnya (${kode})`, nonaktif: true });
    const sama = this.pilihFormat.options.length === pilihan.length && pilihan.every((p, i) => this.pilihFormat.options[i].value === p.kode);
    if (!sama) {
      while (this.pilihFormat.firstChild) this.pilihFormat.removeChild(this.pilihFormat.firstChild);
      for (const p of pilihan) {
        const o = el('option', undefined, p.label);
        o.value = p.kode;
        if (p.nonaktif) o.disabled = true;
        this.pilihFormat.append(o);
      }
    }
    this.pilihFormat.value = kode;
  }

  /** The line under the formula bar: a message of the last action, or "⚠ #VALUE! — why" when the active cell holds an error. */
  private gambarGalat(): void {
    const id = this.bk.idLembar(this.lembar);
    const v = id === undefined ? null : this.bk.hf.getCellValue({ sheet: id, row: this.jangkar.row, col: this.jangkar.col });
    const teks = this.pesan ? `⚠ ${this.pesan}` : v instanceof DetailedCellError ? `⚠ ${a1(this.jangkar.row, this.jangkar.col)}: ${tampilNilai(v).judul}` : '';
    if (this.bilahGalat.textContent === teks && this.bilahGalat.hidden === !teks) return;
    this.bilahGalat.textContent = teks;
    this.bilahGalat.hidden = !teks;
    if (teks) this.gulir.setAttribute('aria-describedby', this.bilahGalat.id);
    else this.gulir.removeAttribute('aria-describedby');
  }

  /** What the editor starts with: the formula, or the value the Indonesian way. */
  private isiSunting(row: number, col: number): string {
    const id = this.bk.idLembar(this.lembar);
    if (id === undefined) return '';
    const addr = { sheet: id, row, col };
    const f = this.bk.hf.getCellFormula(addr);
    if (f) return f;
    const v = this.bk.hf.getCellValue(addr);
    if (v === null || v === undefined) return '';
    if (typeof v === 'number') {
      const fmt = this.bk.gayaSel(this.lembar, row, col)?.numberFormat;
      if (fmt && /%/.test(fmt.replace(/"[^"]*"/g, ''))) return `${angkaSunting(Math.round(v * 100 * 1e10) / 1e10)}%`;
      return angkaSunting(v);
    }
    if (v instanceof DetailedCellError) return v.value;
    if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
    return String(v);
  }

  /**
   * A sheet opened for the first time on a cell right of its frozen columns:
   * the frozen columns that do not stay on screen start scrolled away; when
   * the cell is still off screen to the right, it comes first after the
   * columns that stay (they say which row it is), so the columns after it
   * (the rest of a quarter: b, realisasi, capaian, kriteria) show too.
   */
  private gulirPertama(col: number): void {
    const beku = this.bekuTampil();
    const tetap = this.lebarTetap(beku);
    if (tetap === 0 || col < beku.cols || this.kiriKolom[col] === undefined) return;
    // The frozen columns that scroll away start away (they would be scrolled off by the first move right anyway).
    if (beku.dari > 0) this.gulir.scrollLeft = this.kiriKolom[beku.dari] - LEBAR_NOMOR;
    const kiriData = LEBAR_NOMOR + tetap;
    const lebar = this.gulir.clientWidth || 800;
    if (this.kiriKolom[col] + this.lebarKolom[col] - this.gulir.scrollLeft > lebar) this.gulir.scrollLeft = this.kiriKolom[col] - kiriData;
  }

  /** Scroll so that the cell is in view (below the frozen rows, right of the columns that stay on screen). */
  private gulirKe(row: number, col: number): void {
    const beku = this.bekuTampil();
    const tinggi = this.gulir.clientHeight || 600;
    const lebar = this.gulir.clientWidth || 800;
    if (row >= beku.rows) {
      const y = (row - beku.rows) * TINGGI_BARIS;
      const ruang = tinggi - this.tinggiKepala;
      if (y < this.gulir.scrollTop) this.gulir.scrollTop = y;
      else if (y + TINGGI_BARIS > this.gulir.scrollTop + ruang) this.gulir.scrollTop = Math.max(0, y + TINGGI_BARIS * 2 - ruang);
    }
    if (col >= beku.cols && this.kiriKolom[col] !== undefined) {
      // Left edge of the data on screen, once the columns that stay are stuck.
      const kiriData = LEBAR_NOMOR + this.lebarTetap(beku);
      const x = this.kiriKolom[col] - kiriData;
      const ruang = lebar - kiriData;
      if (x < this.gulir.scrollLeft) this.gulir.scrollLeft = x;
      // Out of view on the right: scroll just enough to show it whole, keeping as much as possible on its left
      // (the labels of its row). Snap to a column's left edge, so no column shows half-hidden under the frozen ones.
      else if (x + this.lebarKolom[col] > this.gulir.scrollLeft + ruang) {
        const ingin = Math.max(0, x + this.lebarKolom[col] - ruang);
        let tepi = x;
        for (let c = beku.cols; c < col; c++) {
          const kiri = this.kiriKolom[c] - kiriData;
          if (kiri >= ingin) {
            tepi = kiri;
            break;
          }
        }
        this.gulir.scrollLeft = tepi;
      }
    } else if (col < beku.dari && this.kiriKolom[col] !== undefined) {
      // A frozen column that scrolls away: back to it.
      const x = this.kiriKolom[col] - LEBAR_NOMOR;
      if (x < this.gulir.scrollLeft) this.gulir.scrollLeft = x;
    }
  }

  // ---------------------------------------------------------------------------
  // Input

  private selDari(t: EventTarget | null): { row: number; col: number } | null {
    const td = (t as HTMLElement | null)?.closest?.('td.kw-sel') as HTMLElement | null;
    if (!td || !this.root.contains(td)) return null;
    return { row: Number(td.dataset.r), col: Number(td.dataset.c) };
  }

  /** Run an action of the user; what it cannot do is said under the formula bar (never thrown at the page). */
  private coba(aksi: () => void): boolean {
    try {
      aksi();
      return true;
    } catch (e) {
      // Kinerja's own reasons are Indonesian; a library's English one gets an Indonesian lead.
      this.tampilPesan(pesanGalatUmum(e));
      return false;
    }
  }

  private pasangPeristiwa(): void {
    this.gulir.addEventListener('scroll', () => {
      if (this.rafGulir) return;
      this.rafGulir = requestAnimationFrame(() => {
        this.rafGulir = 0;
        this.gambarBaris(false);
      });
    });
    // A narrower or wider grid may freeze other columns on screen: redraw (a height change only needs more rows).
    if (typeof ResizeObserver !== 'undefined') {
      new ResizeObserver(() => {
        const lebar = this.gulir.clientWidth;
        const berubah = lebar !== this.lebarTerakhir;
        this.lebarTerakhir = lebar;
        this.gambarBaris(berubah);
      }).observe(this.gulir);
    }
    this.gulir.addEventListener('mousedown', (e) => this.tekanMouse(e));
    this.gulir.addEventListener('mousemove', (e) => {
      if (!this.seret || !(e.buttons & 1)) return;
      const s = this.selDari(e.target);
      if (s && (s.row !== this.ujung.row || s.col !== this.ujung.col)) this.pilihRentang(this.jangkar, s);
    });
    document.addEventListener('mouseup', () => (this.seret = false));
    this.gulir.addEventListener('dblclick', (e) => {
      const geser = (e.target as HTMLElement).closest('.kw-geser-kolom') as HTMLElement | null;
      if (geser) {
        this.pasKolom(Number(geser.dataset.c));
        return;
      }
      if (this.sunting || (e.target as HTMLElement).closest('thead th, th.kw-nomor')) return;
      const s = this.selDari(e.target);
      if (s && (s.row !== this.jangkar.row || s.col !== this.jangkar.col)) this.pilih(s.row, s.col);
      this.mulaiSunting(null);
    });
    this.gulir.addEventListener('contextmenu', (e) => {
      const s = this.selDari(e.target);
      const no = (e.target as HTMLElement).closest('th.kw-nomor') as HTMLElement | null;
      if (!s && !no) return;
      e.preventDefault();
      if (this.sunting) this.selesaiSunting(true);
      const row = s ? s.row : Number(no!.dataset.r);
      const dalam = row >= this.sel.row && row < this.sel.row + this.sel.rows && (!s || (s.col >= this.sel.col && s.col < this.sel.col + this.sel.cols));
      if (!dalam) {
        if (s) this.pilih(s.row, s.col);
        else this.pilihBaris(row, row);
      }
      this.menuSel(e.clientX, e.clientY);
    });
    this.gulir.addEventListener('keydown', (e) => this.tombol(e));
    this.gulir.addEventListener('copy', (e) => this.salinKeClipboard(e, false));
    this.gulir.addEventListener('cut', (e) => this.salinKeClipboard(e, true));
    this.gulir.addEventListener('paste', (e) => {
      if (this.sunting) return;
      e.preventDefault();
      this.tempelTeks(e.clipboardData?.getData('text/plain') ?? '');
    });

    this.tombolUrung.addEventListener('click', () => this.urungUlang(true));
    this.tombolUlang.addEventListener('click', () => this.urungUlang(false));
    this.pilihFormat.addEventListener('change', () => {
      const kode = this.pilihFormat.value;
      this.coba(() => this.bk.aturFormatAngka(this.lembar, this.sel, kode));
      this.gulir.focus({ preventScroll: true });
    });

    this.bilahAlamat.addEventListener('focus', () => this.bilahAlamat.select());
    this.bilahAlamat.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        if (this.keAlamat(this.bilahAlamat.value)) this.gulir.focus({ preventScroll: true });
      } else if (e.key === 'Escape') {
        e.preventDefault();
        this.bilahAlamat.value = this.alamat();
        this.gulir.focus({ preventScroll: true });
      }
    });
    this.bilahAlamat.addEventListener('blur', () => (this.bilahAlamat.value = this.alamat()));

    this.bilahIsi.addEventListener('focus', () => {
      if (this.sunting) return;
      this.sunting = { row: this.jangkar.row, col: this.jangkar.col, input: this.bilahIsi, asal: 'bilah' };
    });
    this.bilahIsi.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === 'Tab') {
        e.preventDefault();
        this.selesaiSunting(true);
        this.gerak(e.key === 'Enter' ? (e.shiftKey ? -1 : 1) : 0, e.key === 'Tab' ? (e.shiftKey ? -1 : 1) : 0);
        this.gulir.focus({ preventScroll: true });
      } else if (e.key === 'Escape') {
        e.preventDefault();
        this.selesaiSunting(false);
        this.gulir.focus({ preventScroll: true });
      }
    });
    this.bilahIsi.addEventListener('blur', () => {
      if (this.sunting?.asal === 'bilah') this.selesaiSunting(true);
    });
  }

  private tekanMouse(e: MouseEvent): void {
    const target = e.target as HTMLElement;
    if (target.closest('input')) return;
    if (e.button !== 0) return;
    const geser = target.closest('.kw-geser-kolom') as HTMLElement | null;
    if (geser) {
      e.preventDefault();
      this.seretKolom(e, Number(geser.dataset.c));
      return;
    }
    const huruf = target.closest('th.kw-huruf') as HTMLElement | null;
    const no = target.closest('th.kw-nomor') as HTMLElement | null;
    const s = this.selDari(target);
    if (!s && !huruf && !no && !target.closest('th.kw-sudut')) return;
    if (this.sunting) this.selesaiSunting(true);
    e.preventDefault();
    this.gulir.focus({ preventScroll: true });
    if (target.closest('th.kw-sudut')) {
      this.pilihSemua();
      return;
    }
    if (no) {
      const r = Number(no.dataset.r);
      this.pilihBaris(e.shiftKey ? this.jangkar.row : r, r);
      this.seret = true;
      return;
    }
    if (huruf) {
      const c = Number(huruf.dataset.c);
      const t = this.tepiData();
      this.pilihRentang({ row: 0, col: e.shiftKey ? this.jangkar.col : c }, { row: Math.max(0, t.baris - 1), col: c });
      return;
    }
    if (!s) return;
    if (e.shiftKey) this.pilihRentang(this.jangkar, s);
    else this.pilih(s.row, s.col);
    this.seret = true;
  }

  /** Whole rows `dari`..`sampai` (as far as the sheet has columns), the active cell in the first. */
  private pilihBaris(dari: number, sampai: number): void {
    const lebar = Math.max(1, this.tepiData().kolom);
    this.pilihRentang({ row: dari, col: 0 }, { row: sampai, col: lebar - 1 });
  }

  private pilihSemua(): void {
    const t = this.tepiData();
    this.pilihRentang({ row: 0, col: 0 }, { row: Math.max(0, t.baris - 1), col: Math.max(0, t.kolom - 1) });
  }

  /** Drag a column's right border: the width follows the mouse; letting go keeps it (one undo step). */
  private seretKolom(e: MouseEvent, c: number): void {
    const awalX = e.clientX;
    const awalW = this.lebarKolom[c];
    const col = this.colgroup.children[c + 1] as HTMLElement | undefined;
    let w = awalW;
    const gerak = (m: MouseEvent): void => {
      w = Math.max(16, Math.round(awalW + m.clientX - awalX));
      if (col) col.style.width = `${w}px`;
      this.tabel.style.width = `${this.kiriKolom[this.ukuran.kolom - 1] + this.lebarKolom[this.ukuran.kolom - 1] + w - awalW}px`;
    };
    const lepas = (): void => {
      document.removeEventListener('mousemove', gerak);
      document.removeEventListener('mouseup', lepas);
      if (w !== awalW) this.coba(() => this.bk.aturLebarKolom(this.lembar, c, w));
    };
    document.addEventListener('mousemove', gerak);
    document.addEventListener('mouseup', lepas);
  }

  /** Double-click on a column border: as wide as its longest text (as Excel's AutoFit). */
  private pasKolom(c: number): void {
    const id = this.bk.idLembar(this.lembar);
    if (id === undefined) return;
    const kanvas = document.createElement('canvas').getContext('2d');
    if (!kanvas) return;
    const gaya = getComputedStyle(this.tabel);
    const t = this.tepiData();
    let w = 0;
    for (let r = 0; r < t.baris; r++) {
      const g = this.bk.gayaSel(this.lembar, r, c);
      const teks = tampilNilai(this.bk.hf.getCellValue({ sheet: id, row: r, col: c }), g).teks;
      if (!teks) continue;
      // Wrapped header texts do not count: they wrap.
      if (g?.wrap && r < this.bekuTampil().rows) continue;
      kanvas.font = `${g?.bold ? '700 ' : ''}${gaya.fontSize} ${gaya.fontFamily}`;
      w = Math.max(w, kanvas.measureText(teks).width);
    }
    if (w > 0) this.coba(() => this.bk.aturLebarKolom(this.lembar, c, Math.min(600, Math.ceil(w + 14))));
  }

  /** The context menu of a cell or row number: rows, clipboard, number format, undo. */
  private menuSel(x: number, y: number): void {
    const s = this.sel;
    const n = s.rows;
    const baris = n === 1 ? `baris ${s.row + 1}` : `baris ${s.row + 1}–${s.row + n}`;
    const isi: IsiMenu = [
      { label: 'Urungkan', pintas: 'Ctrl+Z', aksi: () => this.urungUlang(true), nonaktif: !this.bk.bisaUrung() },
      { label: 'Ulangi', pintas: 'Ctrl+Y', aksi: () => this.urungUlang(false), nonaktif: !this.bk.bisaUlang() },
      null,
      { label: 'Potong', pintas: 'Ctrl+X', aksi: () => this.perintahPapan('cut') },
      { label: 'Salin', pintas: 'Ctrl+C', aksi: () => this.perintahPapan('copy') },
      { label: 'Tempel', pintas: 'Ctrl+V', aksi: () => void this.tempelDariMenu() },
      null,
      { label: n === 1 ? 'Sisipkan baris di atas' : `Sisipkan ${n} baris di atas`, pintas: 'Ctrl++', aksi: () => this.sisip(false) },
      { label: n === 1 ? 'Sisipkan baris di bawah' : `Sisipkan ${n} baris di bawah`, aksi: () => this.sisip(true) },
      { label: `Hapus ${baris}`, pintas: 'Ctrl+-', aksi: () => this.hapusBarisPilihan() },
      { label: 'Pindahkan baris ke atas', pintas: 'Alt+Shift+↑', aksi: () => this.pindah(-1), nonaktif: s.row === 0 },
      { label: 'Pindahkan baris ke bawah', pintas: 'Alt+Shift+↓', aksi: () => this.pindah(1) },
      null,
      ...FORMAT_ANGKA.map((f) => ({ label: `Format: ${f.label}`, aksi: () => this.coba(() => this.bk.aturFormatAngka(this.lembar, this.sel, f.kode)) })),
    ];
    bukaMenu(x, y, isi, 'Menu sel', this.gulir);
  }

  private perintahPapan(jenis: 'copy' | 'cut'): void {
    this.gulir.focus({ preventScroll: true });
    // Through the browser, so the text reaches other programs too; the copy/cut handler does the rest.
    if (!document.execCommand(jenis)) this.tampilPesan(`Tekan ${jenis === 'copy' ? 'Ctrl+C' : 'Ctrl+X'} untuk ${jenis === 'copy' ? 'menyalin' : 'memotong'}.`);
  }

  private async tempelDariMenu(): Promise<void> {
    this.gulir.focus({ preventScroll: true });
    try {
      const teks = await navigator.clipboard.readText();
      this.tempelTeks(teks);
    } catch {
      if (this.bk.adaSalinan()) this.coba(() => this.bk.tempel(this.lembar, this.jangkar.row, this.jangkar.col));
      else this.tampilPesan('Peramban tidak mengizinkan membaca papan klip dari menu: tekan Ctrl+V untuk menempel.');
    }
  }

  private sisip(bawah: boolean): void {
    const s = this.sel;
    this.coba(() => this.bk.sisipBaris(this.lembar, bawah ? s.row + s.rows : s.row, s.rows));
  }

  private hapusBarisPilihan(): void {
    const s = this.sel;
    this.coba(() => this.bk.hapusBaris(this.lembar, s.row, s.rows));
  }

  /** Move the selected rows one up (-1) or down (1); formulas keep pointing at their cells. */
  private pindah(arah: -1 | 1): void {
    const s = this.sel;
    if (arah < 0 && s.row === 0) return;
    const j = { ...this.jangkar };
    const u = { ...this.ujung };
    if (this.coba(() => this.bk.pindahBaris(this.lembar, s.row, s.rows, arah < 0 ? s.row - 1 : s.row + s.rows + 1))) {
      // The same cells stay selected, one row further.
      this.pilihRentang({ row: j.row + arah, col: j.col }, { row: u.row + arah, col: u.col });
    }
  }

  private urungUlang(urung: boolean): void {
    if (this.sunting) this.selesaiSunting(false);
    tutupMenu();
    const ok = urung ? this.bk.urung() : this.bk.ulang();
    if (!ok) this.tampilPesan(urung ? 'Tidak ada yang dapat diurungkan.' : 'Tidak ada yang dapat diulangi.');
    this.gulir.focus({ preventScroll: true });
  }

  /** Go to what the name box says: "J5", "A5:C9", "PK!J5", "'Anggaran dan Efisiensi'!E5". */
  private keAlamat(teks: string): boolean {
    const t = teks.trim();
    const m = t.match(/^(?:(?:'((?:[^']|'')+)'|([^!]+))!)?\s*(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)$/);
    const lembar = m ? (m[1] ? m[1].replace(/''/g, "'") : m[2]?.trim()) : undefined;
    let kotak: Kotak | null = null;
    try {
      kotak = m ? parseA1Range(m[3].replace(/\$/g, '')) : null;
    } catch {
      kotak = null;
    }
    if (!kotak || kotak.rows < 1 || kotak.cols < 1 || kotak.row > 1_048_575 || kotak.col > 16_383) {
      this.tampilPesan(`Alamat "${t}" tidak dikenal. Tulis misalnya J5, A5:C9 atau PK!J5.`);
      this.bilahAlamat.select();
      return false;
    }
    const nama = lembar ? this.bk.namaAsli(lembar) : this.lembar;
    if (!nama) {
      this.tampilPesan(`Lembar "${lembar}" tidak ada di buku kerja ini.`);
      this.bilahAlamat.select();
      return false;
    }
    this.bk.setPilihan({ sheet: nama, ...kotak });
    return true;
  }

  /** Copy or cut: the cells as Excel puts them on the clipboard (tab-separated, as shown); the workbook remembers the cells. */
  private salinKeClipboard(e: ClipboardEvent, potong: boolean): void {
    if (this.sunting || !e.clipboardData) return;
    e.preventDefault();
    const s = this.sel;
    const baris: string[][] = [];
    for (let r = s.row; r < s.row + s.rows; r++) {
      const row: string[] = [];
      for (let c = s.col; c < s.col + s.cols; c++) row.push(this.teksSel(r, c));
      baris.push(row);
    }
    const tsv = keTsv(baris);
    e.clipboardData.setData('text/plain', tsv);
    this.teksSalinan = tsv.replace(/\r\n/g, '\n');
    this.coba(() => this.bk.salin(this.lembar, s, potong));
  }

  /**
   * Paste text: the cells copied here (formulas follow, as in Excel), or
   * tab-separated text from another program, each cell read as if typed
   * (Indonesian numbers, percents, formulas). One value into a block fills the block.
   */
  private tempelTeks(teks: string): void {
    if (!teks) return;
    const { row, col } = { row: this.sel.row, col: this.sel.col };
    if (this.teksSalinan !== null && teks.replace(/\r\n/g, '\n') === this.teksSalinan && this.bk.adaSalinan()) {
      this.coba(() => this.bk.tempel(this.lembar, row, col));
      return;
    }
    let baris = uraiTsv(teks);
    if (baris.length === 1 && baris[0].length === 1 && (this.sel.rows > 1 || this.sel.cols > 1)) {
      baris = Array.from({ length: this.sel.rows }, () => Array.from({ length: this.sel.cols }, () => baris[0][0]));
    }
    const isi = baris.map((r) => r.map((x) => bacaKetikan(x)));
    const ok = this.coba(() =>
      this.bk.isiBlok(
        this.lembar,
        row,
        col,
        isi.map((r) => r.map((k) => k.isi)),
        isi.map((r) => r.map((k) => k.format)),
      ),
    );
    if (ok) {
      const lebar = Math.max(...baris.map((r) => r.length));
      this.pilihRentang({ row, col }, { row: row + baris.length - 1, col: col + lebar - 1 });
    }
  }

  private tombol(e: KeyboardEvent): void {
    if (this.sunting) return;
    const k = e.key;
    const ctrl = e.ctrlKey || e.metaKey;
    const arah: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    if (this.pesan && !ctrl) {
      this.pesan = null;
      this.gambarGalat();
    }
    if (arah[k] && e.altKey && e.shiftKey && (k === 'ArrowUp' || k === 'ArrowDown')) {
      e.preventDefault();
      this.pindah(k === 'ArrowUp' ? -1 : 1);
    } else if (arah[k]) {
      e.preventDefault();
      if (e.shiftKey) {
        const u = ctrl ? this.loncatDari(this.ujung, arah[k][0], arah[k][1]) : { row: Math.max(0, this.ujung.row + arah[k][0]), col: Math.max(0, Math.min(this.ukuran.kolom - 1, this.ujung.col + arah[k][1])) };
        this.pilihRentang(this.jangkar, u);
      } else if (ctrl) {
        const u = this.loncatDari(this.jangkar, arah[k][0], arah[k][1]);
        this.pilih(u.row, u.col);
      } else this.gerak(arah[k][0], arah[k][1]);
    } else if (ctrl && !e.altKey && (k === 'z' || k === 'Z')) {
      e.preventDefault();
      this.urungUlang(!e.shiftKey);
    } else if (ctrl && !e.altKey && (k === 'y' || k === 'Y')) {
      e.preventDefault();
      this.urungUlang(false);
    } else if (ctrl && (k === 'a' || k === 'A')) {
      e.preventDefault();
      this.pilihSemua();
    } else if (ctrl && (k === '+' || (k === '=' && e.shiftKey))) {
      e.preventDefault();
      this.sisip(false);
    } else if (ctrl && k === '-') {
      e.preventDefault();
      this.hapusBarisPilihan();
    } else if (k === 'Home') {
      e.preventDefault();
      // Ctrl+Home: the first cell below and right of the frozen panes, as in Excel; Home: column A of the row.
      if (ctrl) {
        const b = this.bekuTampil();
        this.pilih(b.rows, b.cols);
      } else this.pilih(this.jangkar.row, 0);
    } else if (k === 'End' && ctrl) {
      e.preventDefault();
      const t = this.tepiData();
      this.pilih(Math.max(0, t.baris - 1), Math.max(0, t.kolom - 1));
    } else if (k === 'PageDown' || k === 'PageUp') {
      e.preventDefault();
      const n = Math.max(1, Math.floor(((this.gulir.clientHeight || 600) - this.tinggiKepala) / TINGGI_BARIS) - 1);
      const d = k === 'PageDown' ? n : -n;
      this.gulir.scrollTop = Math.max(0, this.gulir.scrollTop + d * TINGGI_BARIS);
      this.gerak(d, 0);
    } else if (k === 'Enter') {
      // Enter moves down (Shift+Enter up), as in Excel; F2 edits.
      e.preventDefault();
      this.gerak(e.shiftKey ? -1 : 1, 0);
    } else if (k === 'F2') {
      e.preventDefault();
      this.mulaiSunting(null);
    } else if (k === 'Tab') {
      e.preventDefault();
      this.gerak(0, e.shiftKey ? -1 : 1);
    } else if (k === 'Delete' || k === 'Backspace') {
      e.preventDefault();
      this.coba(() => this.bk.kosongkanBlok(this.lembar, this.sel));
    } else if (k === 'ContextMenu' || (k === 'F10' && e.shiftKey)) {
      e.preventDefault();
      const td = this.tabel.querySelector(`td.kw-sel[data-r="${this.jangkar.row}"][data-c="${this.jangkar.col}"]`);
      const r = td?.getBoundingClientRect();
      this.menuSel(r ? r.left + 10 : 100, r ? r.bottom : 100);
    } else if (k.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      this.mulaiSunting(k);
    }
  }

  /** Rows and columns holding data (HyperFormula's extent of the sheet). */
  private tepiData(): { baris: number; kolom: number } {
    const id = this.bk.idLembar(this.lembar);
    if (id === undefined) return { baris: 0, kolom: 0 };
    const d = this.bk.hf.getSheetDimensions(id);
    return { baris: d.height, kolom: d.width };
  }

  /** Ctrl+Arrow, as in Excel: to the edge of the block of filled cells, or to the next filled cell, or to the edge of the data. */
  private loncatDari(dari: Sel, dr: number, dc: number): Sel {
    const id = this.bk.idLembar(this.lembar);
    if (id === undefined) return dari;
    const t = this.tepiData();
    const isi = (r: number, c: number): boolean => {
      const addr = { sheet: id, row: r, col: c };
      if (this.bk.hf.getCellFormula(addr)) return true;
      const v = this.bk.hf.getCellValue(addr);
      return v !== null && v !== undefined && v !== '';
    };
    const maks = dr ? Math.max(t.baris - 1, dari.row) : Math.max(t.kolom - 1, dari.col);
    let r = dari.row;
    let c = dari.col;
    const di = (rr: number, cc: number) => (dr ? rr >= 0 && rr <= maks : cc >= 0 && cc <= maks);
    if (!di(r + dr, c + dc)) return { row: r, col: c };
    if (isi(r, c) && isi(r + dr, c + dc)) {
      while (di(r + dr, c + dc) && isi(r + dr, c + dc)) {
        r += dr;
        c += dc;
      }
    } else {
      r += dr;
      c += dc;
      while (di(r + dr, c + dc) && !isi(r, c)) {
        r += dr;
        c += dc;
      }
    }
    return { row: r, col: c };
  }

  private gerak(dr: number, dc: number): void {
    const row = Math.max(0, this.jangkar.row + dr);
    const col = Math.max(0, Math.min(this.ukuran.kolom - 1, this.jangkar.col + dc));
    if (row >= this.ukuran.baris - 5) this.ukuran.baris = row + 30;
    this.pilih(row, col);
  }

  /** Start editing the active cell; `awal` = the character typed (replaces the content). */
  mulaiSunting(awal: string | null): void {
    if (this.sunting) return;
    const { row, col } = this.jangkar;
    // A read-only cell is not opened for typing: nothing typed is thrown away afterwards.
    const kunci = this.bk.alasanTerkunci(this.lembar, row, col);
    if (kunci) {
      this.tampilPesan(`Sel ${a1(row, col)} terkunci. ${kunci}`);
      return;
    }
    if (this.sel.rows > 1 || this.sel.cols > 1) this.pilih(row, col);
    const input = el('input', 'kw-editor');
    input.type = 'text';
    input.spellcheck = false;
    input.setAttribute('aria-label', `Sunting ${a1(row, col)}`);
    input.value = awal ?? this.isiSunting(row, col);
    const daftar = this.bk.daftarSel(this.lembar, row, col);
    while (this.dataList.firstChild) this.dataList.removeChild(this.dataList.firstChild);
    if (daftar) {
      for (const v of daftar) {
        const o = el('option');
        o.value = v;
        this.dataList.append(o);
      }
      input.setAttribute('list', this.dataList.id);
    }
    this.sunting = { row, col, input, asal: 'sel' };
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === 'Tab') {
        e.preventDefault();
        e.stopPropagation();
        this.selesaiSunting(true);
        this.gerak(e.key === 'Enter' ? (e.shiftKey ? -1 : 1) : 0, e.key === 'Tab' ? (e.shiftKey ? -1 : 1) : 0);
        this.gulir.focus({ preventScroll: true });
      } else if (e.key === 'Escape') {
        e.preventDefault();
        e.stopPropagation();
        this.selesaiSunting(false);
        this.gulir.focus({ preventScroll: true });
      }
    });
    input.addEventListener('input', () => {
      this.bilahIsi.value = input.value;
    });
    input.addEventListener('blur', () => {
      // Clicking elsewhere commits, as in a spreadsheet (re-rendering moves the editor: ignore that).
      setTimeout(() => {
        if (this.sunting && this.sunting.input === input && document.activeElement !== input && !input.isConnected) return;
        if (this.sunting && this.sunting.input === input && document.activeElement !== input) this.selesaiSunting(true);
      }, 0);
    });
    this.bilahIsi.value = input.value;
    this.gulirKe(row, col);
    this.gambarBaris(true);
    input.focus();
    const n = input.value.length;
    input.setSelectionRange(n, n);
  }

  /** Commit (or cancel) the edit in progress. */
  selesaiSunting(simpan: boolean): void {
    const s = this.sunting;
    if (!s) return;
    this.sunting = null;
    if (s.asal === 'sel') s.input.remove();
    if (simpan) {
      const lama = this.isiSunting(s.row, s.col);
      if (s.input.value !== lama) {
        const k = bacaKetikan(s.input.value);
        if (this.coba(() => this.bk.isiSel(this.lembar, s.row, s.col, k.isi, k.format))) return; // 'ubah' redraws
      }
    }
    this.gambarBaris(true);
    this.gambarBilah();
  }
}
