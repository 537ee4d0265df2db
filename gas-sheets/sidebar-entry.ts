/** The Sheets sidebar page: the shared sidebar UI over google.script.run. */
const root = document.getElementById('kinerja-root');
if (root) {
  root.textContent = '';
  const h = document.createElement('h1');
  h.textContent = 'Kinerja';
  const p = document.createElement('p');
  p.textContent = 'Panel Kinerja untuk Google Sheets. Fungsi seperti =CAPAIAN(F5;E5) sudah dapat dipakai di sel.';
  root.append(h, p);
}
