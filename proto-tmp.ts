import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cardPng } from './src/data/card-images.ts';
import { entityCard } from './src/lib/og-card.ts';
const dir = mkdtempSync(join(tmpdir(), 'og-measure-'));
const words = 'Iran Russia drones missiles Ukraine supplied denied contested launcher system air defence Kongsberg Raytheon factory'.split(' ');
const N = 200; const sizes: number[] = [];
const c0 = process.cpuUsage(); const t0 = performance.now();
await cardPng(entityCard('actors', 'warm up'), dir);
const c1 = process.cpuUsage(); const t1 = performance.now();
for (let i = 0; i < N; i++) {
  const title = Array.from({ length: 3 + (i % 9) }, (_, j) => words[(i * 7 + j * 3) % words.length]).join(' ') + ` ${i}`;
  const card = i % 4 === 0 ? entityCard('claims', title, [{ date: new Date('2024-01-01'), status: 'contested', why: '' }]) : entityCard(i % 2 ? 'actors' : 'weapons', title);
  sizes.push((await cardPng(card, dir)).length);
}
const c2 = process.cpuUsage(c1); const t2 = performance.now();
const cpu = (c2.user + c2.system) / 1000;
console.log(`first card ${(t1 - t0).toFixed(0)} ms wall, ${((process.cpuUsage(c0).user - c2.user) / 1000).toFixed(0)} ms cpu-ish; per card: ${((t2 - t1) / N).toFixed(1)} ms wall, ${(cpu / N).toFixed(1)} ms CPU; sizes ${Math.min(...sizes)}–${Math.max(...sizes)}`);
const c3 = process.cpuUsage(); const t3 = performance.now();
for (let i = 0; i < N; i++) { const title = Array.from({ length: 3 + (i % 9) }, (_, j) => words[(i * 7 + j * 3) % words.length]).join(' ') + ` ${i}`; const card = i % 4 === 0 ? entityCard('claims', title, [{ date: new Date('2024-01-01'), status: 'contested', why: '' }]) : entityCard(i % 2 ? 'actors' : 'weapons', title); await cardPng(card, dir); }
const c4 = process.cpuUsage(c3);
console.log(`cached: ${((performance.now() - t3) / N).toFixed(2)} ms wall, ${((c4.user + c4.system) / 1000 / N).toFixed(2)} ms CPU per card`);
rmSync(dir, { recursive: true });
