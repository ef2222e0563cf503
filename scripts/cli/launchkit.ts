#!/usr/bin/env tsx
// Entry point: refuse an old Node before loading anything that needs a newer one.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  process.stderr.write(
    `launchkit needs Node 22.12 or later (this is ${process.versions.node}); run it through \`npm run launchkit -- …\`, which uses the Node the project installs.\n`,
  );
  process.exit(1);
}
await import('./main.ts');
