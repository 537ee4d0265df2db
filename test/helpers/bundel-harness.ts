/** Bundle a sidebar test harness (TypeScript entry) for the browser, as the real builds do. */
import path from 'path';

const ROOT = path.join(__dirname, '..', '..');

export async function bundelHarness(entry: string, outDir: string): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const webpack = require('webpack') as typeof import('webpack');
  const compiler = webpack({
    mode: 'production',
    devtool: false,
    target: ['web', 'es2017'],
    context: ROOT,
    entry,
    output: { path: outDir, filename: 'harness.js' },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { transpileOnly: true, configFile: path.join(ROOT, 'tsconfig.json') } } }],
    },
    performance: { hints: false },
  });
  await new Promise<void>((resolve, reject) => {
    compiler.run((err, stats) => {
      compiler.close(() => undefined);
      if (err) return reject(err);
      if (stats && stats.hasErrors()) return reject(new Error(stats.toString('errors-only')));
      resolve();
    });
  });
}
