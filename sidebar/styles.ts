/**
 * The sidebar's stylesheet, injected once per document by mountSidebar (the
 * Sheets sidebar is one self-contained HTML file and the build has no CSS
 * loader). Everything is scoped under `.kj`. Sized for a 300–320 px pane.
 */
export const CSS = `
.kj{--b:#0f6cbd;--bg2:#0c5aa0;--tx:#242424;--rd:#5c5c5c;--gr:#e0e0e0;
--m:#b10e1c;--mbg:#fde7e9;--mbr:#f1bbbc;--k:#7a4f01;--kbg:#fff4ce;--kbr:#f3d98f;
--i:#0f548c;--ibg:#ebf3fc;--ibr:#b4d6fa;--h:#0b5a0b;--hbg:#f1faf1;--hbr:#9fd89f;
font:13px/1.45 "Segoe UI","Segoe UI Web (West European)",system-ui,-apple-system,Roboto,"Helvetica Neue",Arial,sans-serif;
color:var(--tx);background:#f7f7f7;padding:12px 10px 8px;box-sizing:border-box;min-height:100%;max-width:100%;-webkit-text-size-adjust:100%}
.kj *,.kj *::before,.kj *::after{box-sizing:border-box}
.kj :focus{outline:none}
.kj :focus-visible{outline:2px solid var(--b);outline-offset:2px}
.kj-sr{position:absolute!important;width:1px;height:1px;margin:-1px;padding:0;border:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.kj-kepala{display:flex;align-items:center;gap:9px;margin:0 2px 12px}
.kj-logo{flex:none;width:28px;height:28px;border-radius:7px;background:var(--b);color:#fff;font-weight:700;font-size:15px;display:flex;align-items:center;justify-content:center}
.kj h1{margin:0;font-size:16px;line-height:1.2;font-weight:600}
.kj-sub{margin:1px 0 0;font-size:11.5px;color:var(--rd)}
.kj-kartu{background:#fff;border:1px solid var(--gr);border-radius:8px;padding:11px 12px 12px;margin:0 0 10px}
.kj h2{margin:0 0 2px;font-size:13.5px;line-height:1.3;font-weight:600}
.kj-desk{margin:0 0 10px;font-size:12px;color:var(--rd)}
.kj-centang{display:flex;align-items:flex-start;gap:8px;margin:0 0 10px;font-size:12.5px;cursor:pointer}
.kj-centang input{flex:none;margin:2px 0 0;width:15px;height:15px;accent-color:var(--b);cursor:pointer}
.kj-tombol{display:block;width:100%;min-height:32px;padding:6px 12px;border:1px solid var(--b);border-radius:4px;background:var(--b);color:#fff;font:inherit;font-weight:600;cursor:pointer}
.kj-tombol:hover:not(:disabled){background:var(--bg2);border-color:var(--bg2)}
.kj-tombol:disabled{background:#ebebeb;border-color:#dcdcdc;color:#8a8a8a;cursor:not-allowed}
.kj-tombol-kedua{margin-top:6px;background:#fff;color:var(--b)}
.kj-tombol-kedua:hover:not(:disabled){color:#fff}
.kj-catatan-host{margin:8px 0 0}
.kj-progres{display:flex;align-items:center;gap:8px;font-size:12px;color:var(--rd)}
.kj-progres:not(:empty){margin-top:8px}
.kj-putar{flex:none;width:14px;height:14px;border:2px solid #c7dcf0;border-top-color:var(--b);border-radius:50%;animation:kj-putar .8s linear infinite}
@keyframes kj-putar{to{transform:rotate(360deg)}}
@media (prefers-reduced-motion:reduce){.kj-putar{animation-duration:2.5s}}
.kj-hasil[aria-busy=true]{opacity:.5}
.kj-lekat{position:sticky;top:0;z-index:2;margin:-8px -12px 0;padding:8px 12px 0;background:#fff}
.kj-lekat-isi{padding-bottom:8px;box-shadow:0 6px 6px -6px rgba(0,0,0,.25);border-bottom:1px solid var(--gr)}
@media (max-height:360px){.kj-lekat{position:static}}
.kj-usang{margin-top:8px;background:var(--kbg);border-color:var(--kbr);color:var(--k);font-weight:600}
.kj-kotak{margin-top:10px;padding:8px 10px;border:1px solid;border-radius:6px;font-size:12.5px;overflow-wrap:anywhere}
.kj-kotak p{margin:0}
.kj-ok{background:var(--hbg);border-color:var(--hbr)}
.kj-ok .kj-kotak-pesan{color:var(--h);font-weight:600}
.kj-galat{background:var(--mbg);border-color:var(--mbr)}
.kj-galat .kj-kotak-pesan{color:#8a0a15}
.kj-catatan-judul{margin-top:6px!important;font-size:11.5px;font-weight:600;color:var(--rd)}
.kj-catatan{margin:2px 0 0;padding-left:17px}
.kj-catatan li{margin:2px 0}
.kj-ringkasan{margin:10px 0 0;font-size:12px;color:var(--rd);overflow-wrap:anywhere}
.kj-lencana-baris{display:grid;grid-template-columns:repeat(3,minmax(0,1fr));gap:6px;margin:10px 0 0}
.kj-t-Kesalahan{--w:var(--m);--wbg:var(--mbg);--wbr:var(--mbr)}
.kj-t-Peringatan{--w:var(--k);--wbg:var(--kbg);--wbr:var(--kbr)}
.kj-t-Info{--w:var(--i);--wbg:var(--ibg);--wbr:var(--ibr)}
.kj-lencana{display:flex;flex-direction:column;align-items:center;min-width:0;padding:4px 2px 5px;border:1px solid var(--wbr);border-radius:6px;background:var(--wbg);color:var(--w);font:inherit;font-size:11px;line-height:1.25;cursor:pointer}
.kj-lencana b{font-size:17px;line-height:1.2;font-weight:700;font-variant-numeric:tabular-nums}
.kj-lencana span{max-width:100%;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.kj-lencana:hover{border-color:var(--w)}
.kj-lencana.kj-nol{color:#6b6b6b;background:#f5f5f5;border-color:#e3e3e3}
.kj-lencana[aria-pressed=true]{color:#fff;background:var(--w);border-color:var(--w)}
.kj-saring{display:flex;flex-wrap:wrap;align-items:baseline;gap:2px 8px;margin:8px 0 0;font-size:12px;color:var(--rd)}
.kj-tautan{padding:0;border:0;background:none;font:inherit;color:var(--b);text-decoration:underline;cursor:pointer}
.kj-grup{margin-top:14px}
.kj-grup h3{display:flex;align-items:baseline;gap:8px;margin:0 0 6px;padding-bottom:3px;border-bottom:1px solid var(--gr);font-size:12.5px;font-weight:600}
.kj-grup-nama{min-width:0;overflow-wrap:anywhere}
.kj-grup-jml{margin-left:auto;flex:none;font-size:11.5px;font-weight:400;color:var(--rd)}
.kj-daftar{list-style:none;margin:0;padding:0}
.kj-daftar li{margin:0 0 6px}
.kj-temuan{scroll-margin:calc(var(--kj-lekat,0px) + 8px) 0 8px;display:block;width:100%;padding:7px 9px 8px;border:1px solid var(--gr);border-left:4px solid var(--w);border-radius:6px;background:#fff;color:inherit;font:inherit;text-align:left;cursor:pointer}
.kj-temuan:hover{background:#f5f9fd;border-color:#c9dcf0;border-left-color:var(--w)}
.kj-temuan[aria-current=true]{background:#eef5fc;border-color:var(--b);border-left-color:var(--w)}
.kj-temuan:focus-visible{outline-offset:1px}
.kj-temuan-kepala{display:flex;flex-wrap:wrap;align-items:center;gap:3px 7px;margin-bottom:2px}
.kj-judul{display:block;font-weight:600;overflow-wrap:anywhere}
.kj-chip{padding:1px 6px;border-radius:3px;background:var(--wbg);color:var(--w);font-size:10.5px;font-weight:700;letter-spacing:.02em;text-transform:uppercase}
.kj-alamat{font-family:Consolas,"Cascadia Mono","Liberation Mono",ui-monospace,Menlo,monospace;font-size:12px;font-weight:600;color:var(--b);overflow-wrap:anywhere}
.kj-kode{display:block;font-size:11px;color:#757575;overflow-wrap:anywhere}
.kj-temuan-pesan{display:block;overflow-wrap:anywhere}
.kj-temuan-saran{display:block;margin-top:3px;font-size:12px;color:var(--rd);overflow-wrap:anywhere}
.kj-temuan-saran b{font-weight:600;color:#424242}
.kj-bersih{margin-top:10px;padding:14px 12px;border:1px solid var(--hbr);border-radius:8px;background:var(--hbg);text-align:center;color:var(--h)}
.kj-bersih-ikon{display:inline-flex;align-items:center;justify-content:center;width:30px;height:30px;border-radius:50%;background:var(--h);color:#fff;font-size:17px;font-weight:700}
.kj-bersih-judul{margin:6px 0 2px;font-size:14px;font-weight:600}
.kj-bersih p{margin:0;font-size:12px;color:#2f5f2f;overflow-wrap:anywhere}
.kj-kaki{margin:4px 0 0;text-align:center;font-size:11px;color:#767676;overflow-wrap:anywhere}
.kj-tombol-baris{display:grid;grid-template-columns:1fr 1fr;gap:6px}
.kj-tombol-baris .kj-tombol{min-height:30px;padding:5px 8px;font-size:12.5px;line-height:1.25}
.kj-lipat{margin-top:12px;border-top:1px solid var(--gr);padding-top:8px}
.kj-lipat summary{cursor:pointer;font-weight:600;font-size:13px}
.kj-lipat[open] summary{margin-bottom:4px}
.kj-label{display:block;margin:8px 0 3px;font-size:12px;font-weight:600;color:#424242}
.kj-isian{display:block;width:100%;min-height:28px;padding:4px 6px;border:1px solid #c8c8c8;border-radius:4px;background:#fff;font:inherit;color:inherit}
textarea.kj-isian{resize:vertical}
.kj-validator{display:grid;gap:6px}
.kj-validator-baris{display:grid;grid-template-columns:1fr;gap:3px;padding:6px;border:1px solid var(--gr);border-radius:6px;background:#fafafa}
.kj-lipat .kj-tautan{margin:6px 0 8px;font-size:12px}
.kj-lipat .kj-tombol{margin-top:8px}
.kj-sub-judul{margin:16px 0 2px;font-size:13px;font-weight:600}
.kj-gulir-x{overflow-x:auto;margin-top:10px}
.kj-tabel-status{border-collapse:collapse;width:100%;font-size:12px}
.kj-tabel-status th,.kj-tabel-status td{padding:4px 5px;border-bottom:1px solid var(--gr);text-align:left;vertical-align:top}
.kj-tabel-status thead th{font-size:11.5px;color:var(--rd)}
.kj-status{display:inline-block;padding:1px 6px;border-radius:3px;font-size:11px;font-weight:600;white-space:nowrap}
.kj-s-sudah-lengkap{background:var(--hbg);color:var(--h);border:1px solid var(--hbr)}
.kj-s-sebagian{background:var(--kbg);color:var(--k);border:1px solid var(--kbr)}
.kj-s-belum{background:var(--mbg);color:#8a0a15;border:1px solid var(--mbr)}
.kj-s-divalidasi{background:var(--ibg);color:var(--i);border:1px solid var(--ibr)}
.kj-periode-blok{margin-top:8px;padding:6px 8px;border:1px solid var(--gr);border-radius:6px}
.kj-periode{margin:0;font-size:12.5px}
.kj-kecil{margin:3px 0 0;font-size:12px;color:var(--rd);overflow-wrap:anywhere}
.kj-siap{color:var(--h);font-weight:600}
.kj-sidik{font-family:Consolas,"Cascadia Mono","Liberation Mono",ui-monospace,Menlo,monospace;font-size:11px}
.kj-redup{color:#9e9e9e}
.kj-konflik{margin-top:10px}
.kj-konflik-satu{margin:8px 0 0;padding:6px 8px 8px;border:1px solid var(--kbr);border-radius:6px;background:#fffdf5}
.kj-konflik-satu legend{padding:0 4px;font-weight:600;font-size:12px;overflow-wrap:anywhere}
.kj-opsi{display:flex;align-items:flex-start;gap:6px;margin-top:4px;font-size:12px;cursor:pointer;overflow-wrap:anywhere}
.kj-opsi input{flex:none;margin:2px 0 0;accent-color:var(--b)}
`;

const ID_STYLE = 'kinerja-sidebar-css';

export function pasangGaya(doc: Document): void {
  if (doc.getElementById(ID_STYLE)) return;
  const style = doc.createElement('style');
  style.id = ID_STYLE;
  style.textContent = CSS;
  (doc.head || doc.documentElement).appendChild(style);
}
