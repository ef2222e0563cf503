// The team pages site (issue 4). Built by scripts/site/stage.ts, which adds per build the
// output folder, the site URL and base, the public folder (logo, comms kit) and the
// `__LAUNCHKIT_SITE_DATA__` constant naming the site's data file: run it through
// `npm run build` or `npm run dev`, not `astro build` alone.
import { defineConfig } from 'astro/config';

export default defineConfig({
  srcDir: './site',
  output: 'static',
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // One stylesheet file shared by every page (2,000 teams = 4,000 pages), cached once.
    inlineStylesheets: 'never',
  },
  // No dev toolbar, no prefetch script: the site ships no client-side JavaScript.
  devToolbar: { enabled: false },
  prefetch: false,
});
