// The browser workbook ("coba tanpa Excel"): dist/web/index.html, styles.css and
// the page's JavaScript (HyperFormula + Kinerja core + grid + sidebar; ExcelJS in
// a chunk loaded only when a file is saved or opened).
//
// Usage from the root webpack.config.js:  require('./web/webpack.web.js')(common)
// where `common` holds the shared settings (mode, resolve, ts-loader rule ...).
// HyperFormula and ExcelJS are imported only from web/, so the Excel and Sheets
// bundles never contain them.
const fs = require('fs');
const path = require('path');
const { Compilation, DefinePlugin, sources } = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const ROOT = path.resolve(__dirname, '..');

/** Copy web/styles.css next to index.html (no CSS loader needed for one file). */
class GayaPlugin {
  apply(compiler) {
    const file = path.join(__dirname, 'styles.css');
    compiler.hooks.thisCompilation.tap('GayaPlugin', (compilation) => {
      compilation.fileDependencies.add(file);
      compilation.hooks.processAssets.tap({ name: 'GayaPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        compilation.emitAsset('styles.css', new sources.RawSource(fs.readFileSync(file)));
      });
    });
  }
}

/**
 * The licences of what dist/web bundles besides Kinerja's own code, in one
 * LISENSI.txt beside index.html: HyperFormula is used under GPL-3.0, which asks
 * that its licence travel with the code.
 */
class LisensiPlugin {
  apply(compiler) {
    const berkas = [
      ['Kinerja (MIT)', path.join(ROOT, 'LICENSE')],
      ['HyperFormula (GPL-3.0; licence key gpl-v3)', path.join(ROOT, 'node_modules', 'hyperformula', 'LICENSE.txt')],
      ['ExcelJS (MIT)', path.join(ROOT, 'node_modules', 'exceljs', 'LICENSE')],
      ['JSZip (MIT or GPL-3.0; used under MIT), bundled by ExcelJS', path.join(ROOT, 'node_modules', 'jszip', 'LICENSE.markdown')],
      // Autosave in IndexedDB.
      ['idb-keyval (Apache-2.0)', path.join(ROOT, 'node_modules', 'idb-keyval', 'LICENCE')],
      // Unduh Bab III (.docx): the docx library and what it bundles, in the chunk fetched at the click.
      ['docx (MIT)', path.join(ROOT, 'node_modules', 'docx', 'LICENSE')],
      ['fflate (MIT), bundled by docx', path.join(ROOT, 'node_modules', 'fflate', 'LICENSE')],
      ['nanoid (MIT), bundled by docx', path.join(ROOT, 'node_modules', 'nanoid', 'LICENSE')],
    ];
    compiler.hooks.thisCompilation.tap('LisensiPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'LisensiPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const teks = berkas
          .filter(([, f]) => fs.existsSync(f))
          .map(([nama, f]) => `==== ${nama} ====\n\n${fs.readFileSync(f, 'utf8').trim()}\n`)
          .join('\n');
        compilation.emitAsset('LISENSI.txt', new sources.RawSource(teks));
      });
    });
  }
}

/**
 * The shared ts-loader rule, with ES modules kept as ES modules so that
 * `import('./xlsx')` becomes a chunk of its own (CommonJS would inline it).
 */
function regelTs(common) {
  const rules = (common.module && common.module.rules) || [];
  return rules.map((rule) => {
    const use = rule.use && typeof rule.use === 'object' && !Array.isArray(rule.use) ? rule.use : null;
    if (!use || !/ts-loader/.test(String(use.loader))) return rule;
    const options = use.options || {};
    return {
      ...rule,
      use: { ...use, options: { ...options, compilerOptions: { ...(options.compilerOptions || {}), module: 'es2020', moduleResolution: 'node' } } },
    };
  });
}

module.exports = (common = {}) => {
  const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  return {
    ...common,
    module: { ...(common.module || {}), rules: regelTs(common) },
    name: 'web',
    context: ROOT,
    target: ['web', 'es2019'],
    entry: { main: path.join(__dirname, 'main.ts') },
    // Rebuilds after a change reuse what did not change (parsed modules, minified chunks): build/webpack-cache.
    cache: {
      type: 'filesystem',
      name: 'web',
      cacheDirectory: path.join(ROOT, 'build', 'webpack-cache'),
      buildDependencies: { config: [__filename, path.join(ROOT, 'webpack.config.js'), path.join(ROOT, 'package-lock.json')] },
    },
    // HyperFormula in a chunk of its own: it never changes between builds, so its minified form comes from the cache.
    optimization: {
      splitChunks: {
        cacheGroups: {
          hyperformula: { test: /[\\/]node_modules[\\/]hyperformula[\\/]/, name: 'hyperformula', chunks: 'initial', enforce: true },
        },
      },
    },
    output: {
      path: path.join(ROOT, 'dist', 'web'),
      filename: '[name].[contenthash:8].js',
      chunkFilename: '[name].[contenthash:8].js',
      publicPath: '',
      clean: true,
      // Write every file even when its content did not change, so that dist/web is newer than its sources
      // after a build and `npm start` knows it is up to date.
      compareBeforeEmit: false,
    },
    plugins: [
      new DefinePlugin({ __KINERJA_VERSI__: JSON.stringify(version) }),
      new HtmlWebpackPlugin({ filename: 'index.html', template: path.join(__dirname, 'index.html'), chunks: ['main'], scriptLoading: 'defer', inject: 'head' }),
      new GayaPlugin(),
      new LisensiPlugin(),
    ],
  };
};
