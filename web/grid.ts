/**
 * The browser workbook's spreadsheet view, plain DOM: sheet tabs, column
 * letters and row numbers, a formula bar, a grid that edits cells in place.
 *
 * - Only the rows in view are in the DOM (plus a margin): a 1,000-row sheet
 *   scrolls as fast as a 50-row one. Frozen rows and columns stay (sticky).
 * - Numbers show the Indonesian way through the cell's number format
 *   ('#,##0.00' -> "98,27"); errors show their code with the message as a
 *   tooltip; kriteria colours and header fills come from the side model.
 * - Keyboard: arrows move (Ctrl+arrow to the edge of the data), Home, Ctrl+Home,
 *   Ctrl+End, PageUp/PageDown; Enter, F2, double-click or typing edits; Enter
 *   or Tab commits (and moves), Escape cancels; Delete clears.
 * - An error cell shows its code; when it is selected, the line under the
 *   formula bar says why in Indonesian (also the cell's tooltip).
 * - Frozen columns wider than about half the grid are frozen on screen only
 *   in part, so the columns to type in stay reachable (the workbook keeps its
 *   freeze). Overflowing text does not catch clicks meant for the cells it covers.
 *
 * All cell text goes in through textContent, never as markup.
 */
import { DetailedCellError } from 'hyperformula';
import { a1, colName } from '../core/workbook';
import { BukuKerjaWeb, GayaSel, LEBAR_BAWAAN, MetaLembar, Pilihan, metaKosong } from './workbook-web';
import { angkaSunting, bacaKetikan, formatAngka } from './format-angka';

export const TINGGI_BARIS = 24;
const LEBAR_NOMOR = 46;
const CADANGAN = 12;
const BARIS_MIN = 100;
const KOLOM_MIN = 26;
/** At most this share of the grid's width stays frozen on screen. */
const BEKU_MAKS = 0.55;

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
  [/Parsing error\..*$/g, ARTI_GALAT.ERROR],
];

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
  if (!m || /^[A-Z][a-z]+(?: [a-z-]+)+\.?$/.test(m)) m = ARTI_GALAT[e.type] ?? 'sel ini berisi galat';
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

export class GridKerja {
  readonly root: HTMLElement;
  readonly bk: BukuKerjaWeb;
  /** The active sheet's name. */
  lembar = '';
  private sel = { row: 0, col: 0, rows: 1, cols: 1 };
  private bilahAlamat: HTMLElement;
  private bilahIsi: HTMLInputElement;
  /** Under the formula bar: why the selected cell shows an error, in Indonesian. */
  private bilahGalat: HTMLElement;
  private gulir: HTMLElement;
  private tabel: HTMLTableElement;
  private colgroup: HTMLTableColElement;
  private thead: HTMLTableSectionElement;
  private tbody: HTMLTableSectionElement;
  private tabs: HTMLElement;
  private dataList: HTMLDataListElement;
  private jendela = { awal: -1, akhir: -1 };
  private ukuran = { baris: BARIS_MIN, kolom: KOLOM_MIN };
  private kiriKolom: number[] = [];
  private lebarKolom: number[] = [];
  private rafGulir = 0;
  private lebarTerakhir = 0;
  /** The cell being edited and its editor, kept across re-renders. */
  private sunting: { row: number; col: number; input: HTMLInputElement; asal: 'sel' | 'bilah' } | null = null;

  constructor(root: HTMLElement, bk: BukuKerjaWeb) {
    this.root = root;
    this.bk = bk;
    root.classList.add('kw-grid');
    while (root.firstChild) root.removeChild(root.firstChild);

    const bilah = el('div', 'kw-bilah');
    this.bilahAlamat = el('span', 'kw-alamat');
    this.bilahAlamat.setAttribute('aria-label', 'Alamat sel');
    const fx = el('span', 'kw-fx', 'fx');
    fx.setAttribute('aria-hidden', 'true');
    this.bilahIsi = el('input', 'kw-bilah-isi');
    this.bilahIsi.type = 'text';
    this.bilahIsi.spellcheck = false;
    this.bilahIsi.setAttribute('aria-label', 'Isi atau rumus sel');
    bilah.append(this.bilahAlamat, fx, this.bilahIsi);
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

    root.append(bilah, this.bilahGalat, this.gulir, this.tabs, this.dataList);

    this.pasangPeristiwa();
    bk.dengar((e) => {
      if (e.jenis === 'ubah') this.segarkan(e.sumber === 'muat');
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

  /** "J5" (or "J5:K7"). */
  alamat(): string {
    const s = this.sel;
    return s.rows === 1 && s.cols === 1 ? a1(s.row, s.col) : `${a1(s.row, s.col)}:${a1(s.row + s.rows - 1, s.col + s.cols - 1)}`;
  }

  aktifkan(sheet: string): void {
    const nama = this.bk.namaAsli(sheet);
    if (!nama) return;
    this.bk.setPilihan({ sheet: nama, row: 0, col: 0, rows: 1, cols: 1 });
  }

  /** Select a cell on the active sheet (and scroll to it). */
  pilih(row: number, col: number): void {
    this.bk.setPilihan({ sheet: this.lembar, row: Math.max(0, row), col: Math.max(0, col), rows: 1, cols: 1 });
  }

  /** Text of a cell as shown (for tests and the formula bar). */
  teksSel(row: number, col: number): string {
    const id = this.bk.idLembar(this.lembar);
    if (id === undefined) return '';
    return tampilNilai(this.bk.hf.getCellValue({ sheet: id, row, col }), this.bk.gayaSel(this.lembar, row, col)).teks;
  }

  // ---------------------------------------------------------------------------
  // Reacting to the workbook

  private terapkanPilihan(p: Pilihan): void {
    const ganti = p.sheet.toLowerCase() !== this.lembar.toLowerCase();
    if (this.sunting) this.selesaiSunting(true);
    this.lembar = this.bk.namaAsli(p.sheet) ?? p.sheet;
    this.sel = { row: p.row, col: p.col, rows: p.rows, cols: p.cols };
    if (ganti) {
      this.gulir.scrollTop = 0;
      this.gulir.scrollLeft = 0;
      this.bangunKerangka();
      this.gulirKe(p.row, p.col);
      this.gambarTabs();
      this.gambarBaris(true);
    } else {
      // Same sheet: move the highlight in place (a click must not rebuild the cells it lands on).
      if (p.row >= this.ukuran.baris - 5 || p.col >= this.ukuran.kolom) this.bangunKerangka();
      this.gulirKe(p.row, p.col);
      this.gambarBaris(false);
      this.tandaiPilihan();
    }
    this.gambarBilah();
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
        const utama = r === s.row && c === s.col;
        td.classList.add(utama ? 'kw-pilih' : 'kw-rentang');
        if (utama) {
          td.setAttribute('aria-selected', 'true');
          if (this.bk.daftarSel(this.lembar, r, c)) td.classList.add('kw-berdaftar');
        }
      }
    }
    for (let c = s.col; c < s.col + s.cols; c++) {
      const th = this.tabel.querySelector(`th.kw-huruf[data-c="${c}"]`);
      if (th) th.classList.add('kw-aktif');
    }
  }

  /** Cells or sheets changed: keep the view on the same sheet when it still exists. */
  private segarkan(semua: boolean): void {
    const names = this.bk.namaLembar();
    if (!this.lembar || !this.bk.namaAsli(this.lembar)) {
      this.lembar = names[0] ?? '';
      this.sel = { row: 0, col: 0, rows: 1, cols: 1 };
      semua = true;
    }
    if (this.sunting && semua) this.sunting = null;
    this.bangunKerangka();
    this.gambarTabs();
    this.gambarBaris(true);
    this.gambarBilah();
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
      const aktif = n.toLowerCase() === this.lembar.toLowerCase();
      b.setAttribute('aria-selected', aktif ? 'true' : 'false');
      b.tabIndex = aktif ? 0 : -1;
      b.addEventListener('click', () => this.aktifkan(n));
      this.tabs.append(b);
    }
  }

  /** Size of the sheet, widths, header rows: everything that does not depend on the scroll position. */
  private bangunKerangka(): void {
    const id = this.bk.idLembar(this.lembar);
    const dim = id === undefined ? { width: 0, height: 0 } : this.bk.hf.getSheetDimensions(id);
    const m = this.meta();
    this.ukuran = {
      baris: Math.max(BARIS_MIN, dim.height + 30, this.sel.row + 20),
      kolom: Math.max(KOLOM_MIN, dim.width + 3, m.lebar.length + 1, this.sel.col + 3),
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
  }

  /**
   * The frozen rows and columns as shown. Columns frozen in the workbook that
   * would take more than BEKU_MAKS of the grid's width are not frozen on
   * screen (from the right), or the columns to type in could not be reached;
   * the workbook (and the .xlsx) keeps its own freeze.
   */
  bekuTampil(): { rows: number; cols: number } {
    const b = this.meta().beku;
    let cols = Math.min(b.cols, this.ukuran.kolom);
    const lebar = this.gulir.clientWidth;
    if (lebar > 0) {
      const batas = (lebar - LEBAR_NOMOR) * BEKU_MAKS;
      while (cols > 0 && this.kiriKolom[cols - 1] + this.lebarKolom[cols - 1] - LEBAR_NOMOR > batas) cols--;
    }
    return { rows: Math.min(b.rows, this.ukuran.baris), cols };
  }

  /** Draw the header and the rows in view; `paksa` redraws even when the window did not move. */
  private gambarBaris(paksa = false): void {
    const beku = this.bekuTampil();
    const tinggi = this.gulir.clientHeight || 600;
    const atas = this.gulir.scrollTop;
    const badan = this.ukuran.baris - beku.rows;
    const terlihatAwal = Math.floor(atas / TINGGI_BARIS);
    const terlihatAkhir = Math.ceil((atas + tinggi) / TINGGI_BARIS);
    if (!paksa && terlihatAwal >= this.jendela.awal && terlihatAkhir <= this.jendela.akhir) return;
    const awal = Math.max(0, terlihatAwal - CADANGAN);
    const akhir = Math.min(badan, terlihatAkhir + CADANGAN);
    this.jendela = { awal, akhir: terlihatAkhir + CADANGAN >= badan ? Number.MAX_SAFE_INTEGER : akhir };

    const id = this.bk.idLembar(this.lembar);
    const fokusEditor = !!this.sunting && this.sunting.asal === 'sel' && document.activeElement === this.sunting.input;
    // Header: column letters, then the frozen rows.
    while (this.thead.firstChild) this.thead.removeChild(this.thead.firstChild);
    const kepala = el('tr', 'kw-kepala');
    const sudut = el('th', 'kw-sudut');
    kepala.append(sudut);
    for (let c = 0; c < this.ukuran.kolom; c++) {
      const th = el('th', 'kw-huruf', colName(c));
      th.dataset.c = String(c);
      if (c >= this.sel.col && c < this.sel.col + this.sel.cols) th.classList.add('kw-aktif');
      if (c < beku.cols) this.lekatKiri(th, c, 7);
      kepala.append(th);
    }
    this.thead.append(kepala);
    for (let r = 0; r < beku.rows; r++) this.thead.append(this.baris(id, r, beku, TINGGI_BARIS * (r + 1)));

    while (this.tbody.firstChild) this.tbody.removeChild(this.tbody.firstChild);
    if (awal > 0) this.tbody.append(this.pengisi(awal * TINGGI_BARIS));
    for (let i = awal; i < akhir; i++) this.tbody.append(this.baris(id, beku.rows + i, beku, null));
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

  private lekatKiri(e: HTMLElement, c: number, z: number): void {
    e.classList.add('kw-lekat-kiri');
    e.style.left = `${this.kiriKolom[c]}px`;
    e.style.zIndex = String(z);
  }

  /** One row: its number and its cells. `atas` = sticky top offset for a frozen row. */
  private baris(id: number | undefined, r: number, beku: { rows: number; cols: number }, atas: number | null): HTMLTableRowElement {
    const tr = el('tr', 'kw-baris');
    tr.dataset.r = String(r);
    const no = el('th', 'kw-nomor', String(r + 1));
    if (r >= this.sel.row && r < this.sel.row + this.sel.rows) no.classList.add('kw-aktif');
    tr.append(no);
    if (atas !== null) {
      tr.classList.add('kw-beku');
      no.style.top = `${atas}px`;
      no.style.zIndex = '5';
    }
    const n = this.ukuran.kolom;
    const nilai: unknown[] = [];
    if (id !== undefined) for (let c = 0; c < n; c++) nilai.push(this.bk.hf.getCellValue({ sheet: id, row: r, col: c }));
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
      const catatan = this.bk.catatanSel(this.lembar, r, c);
      if (catatan) {
        td.classList.add('kw-bercatatan');
        td.title = catatan;
      }
      // Text runs over empty neighbours to the right, as in Excel (not wrapped, not centred).
      if (t.jenis === 'teks' && !gaya?.wrap && (!gaya?.align || gaya.align === 'left') && c > luberSampai) {
        let lebar = this.lebarKolom[c];
        let k = c + 1;
        while (k < n && k < c + 30 && (nilai[k] === null || nilai[k] === undefined || nilai[k] === '') && !(k >= beku.cols && c < beku.cols)) {
          lebar += this.lebarKolom[k];
          k++;
        }
        if (k > c + 1) {
          td.classList.add('kw-luber');
          isi.style.width = `${lebar - 8}px`;
          luberSampai = k - 1;
        }
      }
      const dipilih = r >= this.sel.row && r < this.sel.row + this.sel.rows && c >= this.sel.col && c < this.sel.col + this.sel.cols;
      if (dipilih) td.classList.add(r === this.sel.row && c === this.sel.col ? 'kw-pilih' : 'kw-rentang');
      if (r === this.sel.row && c === this.sel.col) {
        td.setAttribute('aria-selected', 'true');
        if (this.bk.daftarSel(this.lembar, r, c)) td.classList.add('kw-berdaftar');
      }
      const z = (atas !== null ? 3 : 1) + (c < beku.cols ? 1 : 0);
      if (atas !== null) {
        td.style.top = `${atas}px`;
        td.classList.add('kw-lekat-atas');
        td.style.zIndex = String(z + (td.classList.contains('kw-luber') ? 1 : 0));
      }
      if (c < beku.cols) this.lekatKiri(td, c, z + (td.classList.contains('kw-luber') ? 1 : 0));
      if (this.sunting && this.sunting.asal === 'sel' && this.sunting.row === r && this.sunting.col === c) {
        td.classList.add('kw-menyunting');
        td.append(this.sunting.input);
      }
      tr.append(td);
    }
    return tr;
  }

  private gambarBilah(): void {
    this.bilahAlamat.textContent = this.alamat();
    this.gambarGalat();
    if (this.sunting) return;
    this.bilahIsi.value = this.isiSunting(this.sel.row, this.sel.col);
  }

  /** The line under the formula bar: "⚠ #VALUE! — why", when the selected cell holds an error. */
  private gambarGalat(): void {
    const id = this.bk.idLembar(this.lembar);
    const v = id === undefined ? null : this.bk.hf.getCellValue({ sheet: id, row: this.sel.row, col: this.sel.col });
    const teks = v instanceof DetailedCellError ? `⚠ ${a1(this.sel.row, this.sel.col)}: ${tampilNilai(v).judul}` : '';
    if (this.bilahGalat.textContent === teks) return;
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

  /** Scroll so that the cell is in view (below the frozen rows, right of the frozen columns). */
  private gulirKe(row: number, col: number): void {
    const beku = this.bekuTampil();
    const tinggi = this.gulir.clientHeight || 600;
    const lebar = this.gulir.clientWidth || 800;
    if (row >= beku.rows) {
      const y = (row - beku.rows) * TINGGI_BARIS;
      const ruang = tinggi - TINGGI_BARIS * (beku.rows + 1);
      if (y < this.gulir.scrollTop) this.gulir.scrollTop = y;
      else if (y + TINGGI_BARIS > this.gulir.scrollTop + ruang) this.gulir.scrollTop = Math.max(0, y + TINGGI_BARIS * 2 - ruang);
    }
    if (col >= beku.cols && this.kiriKolom[col] !== undefined) {
      const kiriBeku = beku.cols > 0 ? this.kiriKolom[beku.cols - 1] + this.lebarKolom[beku.cols - 1] : LEBAR_NOMOR;
      const x = this.kiriKolom[col] - kiriBeku;
      const ruang = lebar - kiriBeku;
      if (x < this.gulir.scrollLeft) this.gulir.scrollLeft = x;
      // Out of view on the right: scroll just enough to show it whole, keeping as much as possible on its left
      // (the labels of its row). Snap to a column's left edge, so no column shows half-hidden under the frozen ones.
      else if (x + this.lebarKolom[col] > this.gulir.scrollLeft + ruang) {
        const ingin = Math.max(0, x + this.lebarKolom[col] - ruang);
        let tepi = x;
        for (let c = beku.cols; c < col; c++) {
          const kiri = this.kiriKolom[c] - kiriBeku;
          if (kiri >= ingin) {
            tepi = kiri;
            break;
          }
        }
        this.gulir.scrollLeft = tepi;
      }
    }
  }

  // ---------------------------------------------------------------------------
  // Input

  private selDari(t: EventTarget | null): { row: number; col: number } | null {
    const td = (t as HTMLElement | null)?.closest?.('td.kw-sel') as HTMLElement | null;
    if (!td || !this.root.contains(td)) return null;
    return { row: Number(td.dataset.r), col: Number(td.dataset.c) };
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
    this.gulir.addEventListener('mousedown', (e) => {
      if ((e.target as HTMLElement).closest('input')) return;
      const s = this.selDari(e.target);
      if (!s) return;
      if (this.sunting) this.selesaiSunting(true);
      e.preventDefault();
      this.gulir.focus({ preventScroll: true });
      if (e.shiftKey) {
        const r0 = Math.min(this.sel.row, s.row);
        const c0 = Math.min(this.sel.col, s.col);
        this.bk.setPilihan({ sheet: this.lembar, row: r0, col: c0, rows: Math.abs(this.sel.row - s.row) + 1, cols: Math.abs(this.sel.col - s.col) + 1 });
      } else this.pilih(s.row, s.col);
    });
    this.gulir.addEventListener('dblclick', (e) => {
      if (this.sunting || (e.target as HTMLElement).closest('thead th, th.kw-nomor')) return;
      const s = this.selDari(e.target);
      if (s && (s.row !== this.sel.row || s.col !== this.sel.col)) this.pilih(s.row, s.col);
      this.mulaiSunting(null);
    });
    this.gulir.addEventListener('keydown', (e) => this.tombol(e));

    this.bilahIsi.addEventListener('focus', () => {
      if (this.sunting) return;
      this.sunting = { row: this.sel.row, col: this.sel.col, input: this.bilahIsi, asal: 'bilah' };
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

  private tombol(e: KeyboardEvent): void {
    if (this.sunting) return;
    const k = e.key;
    const ctrl = e.ctrlKey || e.metaKey;
    const arah: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    if (arah[k]) {
      e.preventDefault();
      if (ctrl) this.loncat(arah[k][0], arah[k][1]);
      else this.gerak(arah[k][0], arah[k][1]);
    } else if (k === 'Home') {
      e.preventDefault();
      // Ctrl+Home: the first cell below and right of the frozen panes, as in Excel; Home: column A of the row.
      // (pilih scrolls the grid back to its top left: that cell is the first one past the frozen panes.)
      if (ctrl) {
        const b = this.bekuTampil();
        this.pilih(b.rows, b.cols);
      } else this.pilih(this.sel.row, 0);
    } else if (k === 'End' && ctrl) {
      e.preventDefault();
      const t = this.tepiData();
      this.pilih(Math.max(0, t.baris - 1), Math.max(0, t.kolom - 1));
    } else if (k === 'PageDown' || k === 'PageUp') {
      e.preventDefault();
      const b = this.bekuTampil();
      const n = Math.max(1, Math.floor(((this.gulir.clientHeight || 600) - TINGGI_BARIS * (b.rows + 1)) / TINGGI_BARIS) - 1);
      const d = k === 'PageDown' ? n : -n;
      this.gulir.scrollTop = Math.max(0, this.gulir.scrollTop + d * TINGGI_BARIS);
      this.gerak(d, 0);
    } else if (k === 'Enter' || k === 'F2') {
      e.preventDefault();
      this.mulaiSunting(null);
    } else if (k === 'Tab') {
      e.preventDefault();
      this.gerak(0, e.shiftKey ? -1 : 1);
    } else if (k === 'Delete' || k === 'Backspace') {
      e.preventDefault();
      this.hapusPilihan();
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
  private loncat(dr: number, dc: number): void {
    const id = this.bk.idLembar(this.lembar);
    if (id === undefined) return;
    const t = this.tepiData();
    const isi = (r: number, c: number): boolean => {
      const addr = { sheet: id, row: r, col: c };
      if (this.bk.hf.getCellFormula(addr)) return true;
      const v = this.bk.hf.getCellValue(addr);
      return v !== null && v !== undefined && v !== '';
    };
    const maks = dr ? Math.max(t.baris - 1, this.sel.row) : Math.max(t.kolom - 1, this.sel.col);
    let r = this.sel.row;
    let c = this.sel.col;
    const di = (rr: number, cc: number) => (dr ? rr >= 0 && rr <= maks : cc >= 0 && cc <= maks);
    if (!di(r + dr, c + dc)) {
      this.pilih(r, c);
      return;
    }
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
    this.pilih(r, c);
  }

  private gerak(dr: number, dc: number): void {
    const row = Math.max(0, this.sel.row + dr);
    const col = Math.max(0, Math.min(this.ukuran.kolom - 1, this.sel.col + dc));
    if (row >= this.ukuran.baris - 5) this.ukuran.baris = row + 30;
    this.pilih(row, col);
  }

  private hapusPilihan(): void {
    const id = this.bk.idLembar(this.lembar);
    if (id === undefined) return;
    const s = this.sel;
    const blank = Array.from({ length: s.rows }, () => Array.from({ length: s.cols }, () => null));
    this.bk.hf.setCellContents({ sheet: id, row: s.row, col: s.col }, blank);
    this.bk.isiSel(this.lembar, s.row, s.col, null);
  }

  /** Start editing the selected cell; `awal` = the character typed (replaces the content). */
  mulaiSunting(awal: string | null): void {
    if (this.sunting) return;
    const { row, col } = this.sel;
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
        this.bk.isiSel(this.lembar, s.row, s.col, k.isi, k.format);
        return; // 'ubah' redraws
      }
    }
    this.gambarBaris(true);
    this.gambarBilah();
  }
}
