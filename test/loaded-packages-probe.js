/**
 * Preloaded into a program by the command-line tests (NODE_OPTIONS=--require
 * <this file>): when the program exits, it writes the packages of
 * node_modules it loaded, by name, to the file CALYPSO_LOADED_PACKAGES
 * names. That is how a test sees that `--help` loaded none of cdk8s, zod,
 * ajv and the rest (apps/deferred-imports.js).
 */
const { writeFileSync } = require('node:fs');

const target = process.env.CALYPSO_LOADED_PACKAGES;
if (target) {
  process.once('exit', () => {
    const names = new Set();
    for (const file of Object.keys(require.cache)) {
      const match = /[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(file);
      if (match) names.add(match[1].replace(/\\/g, '/'));
    }
    writeFileSync(target, JSON.stringify([...names].sort()));
  });
}
