/**
 * `npm run new` on a copy of the base fixture set: a file of each of the six types is
 * made, and the real build accepts them all as drafts, warning about each. A name the
 * content already has is refused and nothing is written. One copy, one build.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { entryId } from '../../scripts/new/entry-id.ts';
import { ENTRY_TYPES, type EntryType } from '../../scripts/new/entry-types.ts';
import { buildContent, type BuildResult } from './harness.ts';

const root = process.cwd();
const work = join(root, 'tests/.output/scaffold');
const content = relative(root, join(work, 'content'));

/** A name per type that the base set does not have. */
const NAMES: Record<EntryType, string> = {
  actor: 'Avril Haines',
  weapon: 'Iron Dome',
  claim: 'Iran sent Shahed drones to Russia',
  source: 'Pentagon briefing transcript, 8 November 2022',
  event: 'Pentagon confirms NASAMS delivery',
  term: 'IRGC',
};

/** Runs `node scripts/new.ts …args` on the copy. */
function scaffold(...args: string[]) {
  return spawnSync(process.execPath, ['scripts/new.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, EXPLAINER_CONTENT: content, NO_COLOR: '1' },
  });
}

/** Every file of the copy, for checking that a refusal wrote nothing. */
const files = () => readdirSync(content, { recursive: true, encoding: 'utf8' }).sort();

const pathOf = (type: EntryType) => {
  const { collection, extension } = ENTRY_TYPES[type];
  return `${content}/${collection}/${entryId(NAMES[type])}.${extension}`;
};

describe('npm run new', () => {
  const made = new Map<EntryType, ReturnType<typeof scaffold>>();
  let build: BuildResult;

  beforeAll(() => {
    rmSync(work, { recursive: true, force: true });
    cpSync(join(root, 'tests/fixtures/base'), content, { recursive: true });
    for (const type of Object.keys(NAMES) as EntryType[]) made.set(type, scaffold(type, NAMES[type]));
    build = buildContent(work);
  });

  it('builds the content with all six drafts in it', () => {
    expect(build.status, build.output).toBe(0);
  });

  for (const type of Object.keys(NAMES) as EntryType[]) {
    it(`${type}: is made, warned about as a draft, and not published`, () => {
      const result = made.get(type)!;
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toContain(`Created ${pathOf(type)}`);
      expect(result.stdout).toContain('npm run check');
      expect(existsSync(pathOf(type))).toBe(true);
      expect(build.output).toContain(`${pathOf(type)} is a draft (draft: true), so it is not published.`);
      if (ENTRY_TYPES[type].extension === 'mdx') {
        expect(existsSync(join(build.outDir, ENTRY_TYPES[type].collection, entryId(NAMES[type]), 'index.html'))).toBe(false);
      }
    });
  }

  it('refuses a name the content already has, naming its file, and writes nothing', () => {
    const before = files();
    const taken = scaffold('weapon', 'NASAMS');
    expect(taken.status).toBe(1);
    expect(taken.stderr).toContain(`${content}/weapons/nasams.mdx`);
    const alias = scaffold('actor', 'Pat Ryder');
    expect(alias.status).toBe(1);
    expect(alias.stderr).toContain(`is already an alias of ${content}/actors/patrick-ryder.mdx`);
    const again = scaffold('weapon', 'iron dome'); // made above
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(`${content}/weapons/iron-dome.mdx already exists`);
    expect(files()).toEqual(before);
  });

  it('prints the usage, with exit code 2, for a missing or unknown type or a missing name', () => {
    for (const args of [[], ['gadget', 'X'], ['weapon']]) {
      const result = scaffold(...args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr).toContain('actor, weapon, claim, source, event, term');
      expect(result.stderr).toContain('npm run new -- weapon "Iron Dome"');
    }
  });
});

/**
 * The path CONTRIBUTING.md walks a newcomer through: make a weapon page, see the build
 * refuse it while TODOs remain, fill it in, link it from a related page, publish it.
 */
describe('a newcomer adds a weapon page', () => {
  const newcomer = join(root, 'tests/.output/newcomer');
  const dir = relative(root, join(newcomer, 'content'));
  const file = `${dir}/weapons/iron-dome.mdx`;

  beforeAll(() => {
    rmSync(newcomer, { recursive: true, force: true });
    cpSync(join(root, 'tests/fixtures/base'), join(newcomer, 'content'), { recursive: true });
    const made = spawnSync(process.execPath, ['scripts/new.ts', 'weapon', 'Iron Dome'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, EXPLAINER_CONTENT: dir },
    });
    expect(made.status, made.stderr).toBe(0);
  });

  it('is refused while TODOs remain, with the line of each', () => {
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^draft: true.*\n/m, ''));
    const result = buildContent(newcomer);
    expect(result.status).not.toBe(0);
    const todoLines = readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((l, i) => (l.includes('TODO') ? [i + 1] : []));
    expect(todoLines.length).toBeGreaterThan(2);
    for (const line of todoLines) expect(result.output).toContain(`${file}:${line}: unfinished text "TODO"`);
  });

  it('builds once filled in and linked, and the page is published', () => {
    const filled = readFileSync(file, 'utf8')
      .replace(/^category: .*$/m, 'category: "air-defence-system"')
      .replace(/^origin: .*$/m, 'origin: Israel')
      .replace(/^summary: .*$/m, 'summary: A test page standing in for a real one. It is linked from the NASAMS page.')
      .replace(/^TODO: .*$/m, '## In the story\n\nA test sentence that compares it with [[nasams]] [@kyiv-independent-2022-11-08-nasams].');
    writeFileSync(file, filled);
    const nasams = `${dir}/weapons/nasams.mdx`;
    writeFileSync(nasams, `${readFileSync(nasams, 'utf8')}\nCompare [[iron-dome]].\n`);
    const result = buildContent(newcomer);
    expect(result.status, result.output).toBe(0);
    expect(result.output).not.toContain('is a draft');
    expect(readFileSync(join(result.outDir, 'weapons/iron-dome/index.html'), 'utf8')).toContain('<h1');
  });
});
