/** Excel task pane (shared runtime): the shared sidebar UI over Office.js. */
function tampilkan(): void {
  const root = document.getElementById('kinerja-root');
  if (!root) return;
  root.textContent = '';
  const h = document.createElement('h1');
  h.textContent = 'Kinerja';
  const p = document.createElement('p');
  p.textContent = 'Panel Kinerja untuk Excel. Fungsi seperti =KINERJA.CAPAIAN(F5;E5) sudah dapat dipakai di sel.';
  root.append(h, p);
}

if (typeof Office !== 'undefined') Office.onReady(() => tampilkan());
else tampilkan();
