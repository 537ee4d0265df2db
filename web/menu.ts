/**
 * A small context menu for the browser grid (right-click on a cell, a row
 * number or a sheet tab): plain DOM, keyboard usable (arrows, Enter, Escape),
 * closed by a click elsewhere. Items say their shortcut; all text goes in as
 * text nodes.
 */

export interface ItemMenu {
  label: string;
  /** Shown at the right, e.g. "Ctrl+Z". */
  pintas?: string;
  aksi: () => void;
  nonaktif?: boolean;
}

/** Items, with null for a separator line. */
export type IsiMenu = Array<ItemMenu | null>;

let terbuka: { tutup: () => void } | null = null;

/** Close the menu that is open, if any. */
export function tutupMenu(): void {
  if (terbuka) terbuka.tutup();
}

/** Open a menu at viewport x/y (kept inside the window); focus returns to `kembali` on close. */
export function bukaMenu(x: number, y: number, isi: IsiMenu, label: string, kembali?: HTMLElement): HTMLElement {
  tutupMenu();
  const menu = document.createElement('div');
  menu.className = 'kw-menu';
  menu.setAttribute('role', 'menu');
  menu.setAttribute('aria-label', label);
  const tombol: HTMLButtonElement[] = [];
  for (const item of isi) {
    if (!item) {
      const garis = document.createElement('div');
      garis.className = 'kw-menu-garis';
      garis.setAttribute('role', 'separator');
      menu.append(garis);
      continue;
    }
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'kw-menu-item';
    b.setAttribute('role', 'menuitem');
    const teks = document.createElement('span');
    teks.textContent = item.label;
    b.append(teks);
    if (item.pintas) {
      const p = document.createElement('span');
      p.className = 'kw-menu-pintas';
      p.textContent = item.pintas;
      b.append(p);
    }
    b.disabled = !!item.nonaktif;
    b.addEventListener('click', () => {
      tutup();
      item.aksi();
    });
    tombol.push(b);
    menu.append(b);
  }
  document.body.append(menu);
  const lebar = menu.offsetWidth;
  const tinggi = menu.offsetHeight;
  menu.style.left = `${Math.max(0, Math.min(x, window.innerWidth - lebar - 4))}px`;
  menu.style.top = `${Math.max(0, Math.min(y, window.innerHeight - tinggi - 4))}px`;

  const aktif = (): HTMLButtonElement[] => tombol.filter((b) => !b.disabled);
  const luar = (e: Event): void => {
    if (!menu.contains(e.target as Node)) tutup();
  };
  function tutup(): void {
    if (!menu.isConnected) return;
    menu.remove();
    document.removeEventListener('mousedown', luar, true);
    window.removeEventListener('blur', tutup);
    window.removeEventListener('resize', tutup);
    terbuka = null;
    if (kembali && document.activeElement === document.body) kembali.focus({ preventScroll: true });
  }
  menu.addEventListener('keydown', (e) => {
    const daftar = aktif();
    const i = daftar.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const j = e.key === 'ArrowDown' ? (i + 1) % daftar.length : (i - 1 + daftar.length) % daftar.length;
      daftar[j]?.focus();
    } else if (e.key === 'Escape' || e.key === 'Tab') {
      e.preventDefault();
      tutup();
      if (kembali) kembali.focus({ preventScroll: true });
    }
    e.stopPropagation();
  });
  document.addEventListener('mousedown', luar, true);
  window.addEventListener('blur', tutup);
  window.addEventListener('resize', tutup);
  terbuka = { tutup };
  aktif()[0]?.focus();
  return menu;
}
