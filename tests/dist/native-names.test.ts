/**
 * Every Ukrainian, Russian and Iranian person and organisation has its name in its own
 * script (issue #16), and its page shows each one marked with its language. Which actors
 * those are is read from content/ here, not from the code under test.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { escaped, frontmatterOf, pages } from './dist.ts';

interface Actor { country?: string; draft?: boolean; nativeNames?: Array<{ name: string; lang: string }> }

/** The countries of the story whose people and organisations are named in their own scripts. */
const STORY_COUNTRIES = ['Ukraine', 'Russia', 'Iran'];

/**
 * Actors whose name has no form in its own script, with why. RT writes its name in Latin
 * letters in Russian too ("Телеканал RT", RIA Novosti, 17 October 2025), and «Россия
 * сегодня», the translation of its old name, is the name of another state media group.
 */
const LATIN_ONLY: Record<string, string> = { rt: 'RT is written "RT" in Russian as well' };

const actors = readdirSync('content/actors')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => ({ id: f.replace(/\.mdx$/, ''), front: frontmatterOf<Actor>('actors', f.replace(/\.mdx$/, '')) }))
  .filter(({ front }) => !front.draft && STORY_COUNTRIES.includes(front.country ?? ''));

describe('native names', () => {
  it('the story’s countries have actors on the site (the check below is not vacuous)', () => {
    for (const country of STORY_COUNTRIES) expect(actors.filter((a) => a.front.country === country).length, country).toBeGreaterThan(1);
  });

  it('every Ukrainian, Russian and Iranian actor has its name in its own script', () => {
    const missing = actors.filter((a) => !a.front.nativeNames?.length && !(a.id in LATIN_ONLY));
    expect(missing.map((a) => `content/actors/${a.id}.mdx`)).toEqual([]);
  });

  it('the actors excused for a Latin-only name exist and still have none (else drop them from the list)', () => {
    for (const [id, why] of Object.entries(LATIN_ONLY)) {
      const actor = actors.find((a) => a.id === id);
      expect(actor, `${id} is not a Ukrainian, Russian or Iranian actor`).toBeDefined();
      expect(actor!.front.nativeNames ?? [], `${id}: ${why}`).toEqual([]);
    }
  });

  it('each actor page shows its native names marked with their language', () => {
    let shown = 0;
    for (const { id, front } of actors) {
      const row = /<dd class="native-names"[^>]*>([\s\S]*?)<\/dd>/.exec(pages.get(`/actors/${id}/`)!)?.[1] ?? '';
      for (const n of front.nativeNames ?? []) {
        expect(row, id).toMatch(new RegExp(`<span lang="${n.lang}"( dir="rtl")?>${RegExp.escape(escaped(n.name))}</span>`));
        shown++;
      }
    }
    expect(shown).toBeGreaterThan(actors.length / 2);
  });
});
