/**
 * `npm run build`: builds the site and its search index into dist/ (or EXPLAINER_OUT_DIR).
 * If the build fails, the output folder is removed, so a broken build never leaves a
 * half-built site behind that could be served or tested as if it had succeeded.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const outDir = process.env.EXPLAINER_OUT_DIR ?? 'dist';
const result = spawnSync('astro', ['build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ASTRO_TELEMETRY_DISABLED: '1', ...process.env },
});
if (result.status !== 0) {
  rmSync(outDir, { recursive: true, force: true });
  console.error(`\nBuild failed: ${outDir}/ was removed. Fix the problems listed above and build again.`);
  process.exit(result.status ?? 1);
}
