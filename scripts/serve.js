// A small static file server for dist/ (no dependency needed for this much).
// Used by `npm start` and by the browser tests.
const http = require('http');
const https = require('https');
const fs = require('fs');
const path = require('path');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.css': 'text/css; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * Serve `root` on host:port. `routes` maps a URL prefix to a folder below root
 * (e.g. { '/': 'web', '/excel/': 'excel' }). Resolves to { server, url }.
 */
function serve({ root, port = 0, host = '127.0.0.1', routes = { '/': '.' }, tls = null }) {
  const prefixes = Object.keys(routes).sort((a, b) => b.length - a.length);
  const handler = (req, res) => {
    const url = decodeURIComponent((req.url || '/').split('?')[0]);
    const prefix = prefixes.find((p) => url.startsWith(p)) || '/';
    let rel = url.slice(prefix.length) || 'index.html';
    if (rel.endsWith('/')) rel += 'index.html';
    const base = path.resolve(root, routes[prefix]);
    const file = path.resolve(base, rel);
    if (!file.startsWith(base)) {
      res.writeHead(403).end('Dilarang');
      return;
    }
    fs.readFile(file, (err, data) => {
      if (err) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`Tidak ditemukan: ${url}`);
        return;
      }
      res.writeHead(200, {
        'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream',
        'Access-Control-Allow-Origin': '*',
        'Cache-Control': 'no-store',
      });
      res.end(data);
    });
  };
  const server = tls ? https.createServer(tls, handler) : http.createServer(handler);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const p = server.address().port;
      resolve({ server, url: `${tls ? 'https' : 'http'}://${host === '0.0.0.0' ? 'localhost' : host}:${p}/` });
    });
  });
}

module.exports = { serve };
