// Bundles GraphiQL (React, CodeMirror) into ../wwwroot as two minified files, with the licences of what is inside.
// Run with `npm ci && npm run build` after changing index.jsx or a version in package.json; commit the output.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';

const out = new URL('../wwwroot/', import.meta.url);
mkdirSync(out, { recursive: true });

await build({
  entryPoints: { graphiql: 'index.jsx' },
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2020'],
  jsx: 'automatic',
  legalComments: 'none',
  define: { 'process.env.NODE_ENV': '"production"' },
  loader: { '.woff': 'dataurl', '.woff2': 'dataurl', '.svg': 'dataurl' },
  outdir: out.pathname,
  logLevel: 'info',
});

for (const [name, path] of [
  ['graphiql', 'node_modules/graphiql/LICENSE'],
  ['graphiql-react', 'node_modules/@graphiql/react/LICENSE'],
  ['react', 'node_modules/react/LICENSE'],
  ['react-dom', 'node_modules/react-dom/LICENSE'],
  ['graphql', 'node_modules/graphql/LICENSE'],
  ['codemirror', 'node_modules/codemirror/LICENSE'],
]) {
  copyFileSync(path, new URL(`LICENSE.${name}.txt`, out));
}
