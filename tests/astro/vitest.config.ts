// Tests that import Astro modules (.astro components, astro: virtual modules) run through
// Astro's own Vite configuration, as Starlight's tests do (getViteConfig, astro/config).
import { getViteConfig } from 'astro/config';

export default getViteConfig({ test: { name: 'astro', include: ['tests/astro/**/*.test.ts'] } });
