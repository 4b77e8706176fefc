/**
 * Holds MDX content files to a safe subset. Content is written by contributors and
 * rendered into every reader's browser, so it may use Markdown, three layout components
 * and a little HTML, and nothing that runs code, loads from other sites or restyles the
 * page. Every problem names the line and the offending text and says how to fix it.
 *
 *   checkMdx('content/x.mdx', '---\ntitle: X\n---\n<script>x</script>\n')
 *   // → [{ file: 'content/x.mdx', line: 4, rule: 'mdx/no-unsafe-element', problem: '<script> runs code …', fix: '…' }]
 */
import type { Nodes, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { SKIP, visitParents } from 'unist-util-visit-parents';
import type { ContentProblem } from './content-error.ts';
import { altProblem, clip, figureRecipe, markdownImageProblem, remoteImageProblem, unsafeScheme, urlProblem } from './safe-mdx-media.ts';
import { ALLOWED_HTML, COMPONENTS, RAW_HTML_FIXES, UNSAFE_ELEMENTS } from './safe-mdx-lists.ts';

/** The one message for <img>, closed or not. */
const IMG_PROBLEM: Finding = { rule: 'mdx/no-raw-html', problem: 'The HTML element <img> is not allowed in content.', fix: figureRecipe() };

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;
/** A problem before the file name is added: rule, problem and fix, and the line once known. */
type Finding = { rule: string; problem: string; fix: string };
type Found = Finding & { line?: number };

/**
 * Checks one MDX file, frontmatter included, and returns every problem in line order
 * (an empty list when the file is fine). A file that does not parse gives one problem,
 * as MDX stops reading at the first syntax error. `parsed`, if given, receives the parsed
 * tree and the text it was parsed from (frontmatter blanked) for further checks.
 */
export function checkMdx(file: string, text: string, parsed?: (tree: Root, text: string) => void): ContentProblem[] {
  const lines = blankFrontmatter(text).split('\n');
  let tree: Root;
  try {
    tree = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(lines.join('\n'));
  } catch (error) {
    return [{ file, ...syntaxProblem(error, lines) }];
  }

  const found: Found[] = [];
  const definitions = new Map<string, string>();
  visitParents(tree, 'definition', (node) => {
    definitions.set(node.identifier, node.url);
  });
  // Elements already reported as raw HTML: the <tr> and <td> inside a reported <table> go with it.
  const rejected = new Set<Nodes>();
  let previousDepth = 1; // the page title, from the frontmatter, is the level-1 heading

  visitParents(tree, (node, ancestors) => {
    const line = node.position?.start.line;
    const add = (rule: string, problem: string, fix: string) => found.push({ line, rule, problem, fix });
    switch (node.type) {
      case 'mdxjsEsm': {
        const kind = node.value.trimStart().startsWith('export') ? 'export' : 'import';
        add(
          'mdx/no-import',
          `"${clip(node.value)}" is a JavaScript ${kind}; content cannot load modules or run code.`,
          'Remove it: Aside, Figure and Quote need no import, and pages link with [[page-id]].',
        );
        break;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isComment(node.value)) {
          add(
            'mdx/no-expression',
            `"{${clip(node.value)}}" is a JavaScript expression; content cannot run code.`,
            'Write \\{ for a literal brace, or {/* … */} for a comment.',
          );
        }
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const problem = elementProblem(node);
        if (problem?.rule === 'mdx/no-raw-html') {
          rejected.add(node);
          if (ancestors.some((a) => rejected.has(a))) break;
        }
        if (problem) add(problem.rule, problem.problem, problem.fix);
        else for (const p of attributeProblems(node)) found.push({ line, ...p });
        // What is inside <script> or <style> is code, not prose: it goes when the element goes.
        if (problem?.rule === 'mdx/no-unsafe-element') return SKIP;
        break;
      }
      case 'link':
      case 'definition':
        urlProblem(node.url, 'link', add);
        break;
      case 'image':
        // One message per image: an unsafe URL, else a remote image, else the <Figure> recipe.
        if (!urlProblem(node.url, 'image', add, node.alt ?? null) && !remoteImageProblem(node.url, add, node.alt ?? null))
          markdownImageProblem(node.url, node.alt, add);
        break;
      case 'imageReference': {
        // The URL itself is checked at its definition; whether it loads from elsewhere depends on use.
        const url = definitions.get(node.identifier);
        if ((url === undefined || !unsafeScheme(url)) && !(url !== undefined && remoteImageProblem(url, add, node.alt ?? null)))
          markdownImageProblem(url ?? '/images/….jpg', node.alt, add);
        break;
      }
      case 'heading': {
        const title = clip(textOf(node));
        if (node.depth === 1) {
          add(
            'content/heading-level',
            `The level-1 heading "# ${title}" repeats the page title, which comes from the frontmatter.`,
            'Use ## for a top-level section: the page title is the only level-1 heading.',
          );
        } else if (node.depth > previousDepth + 1) {
          add(
            'content/heading-level',
            `The heading level skips from ${previousDepth} to ${node.depth} at "${title}".`,
            `Use ${'#'.repeat(previousDepth + 1)} or add the missing level.`,
          );
        }
        previousDepth = node.depth;
        break;
      }
    }
  });

  // The walk is already in document order; sorting makes line order a promise, not a habit.
  // The tree is handed on once this check is done with it, so the prose check need not parse again.
  parsed?.(tree, lines.join('\n'));
  return found.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)).map((p) => ({ file, ...p }));
}

/** Replaces the YAML frontmatter with empty lines, so the parser's lines are the file's lines. */
function blankFrontmatter(text: string): string {
  const lines = text.split('\n');
  if (lines[0]?.trimEnd() !== '---') return text;
  const end = lines.findIndex((l, i) => i > 0 && l.trimEnd() === '---');
  if (end < 0) return text;
  return lines.map((l, i) => (i <= end ? '' : l)).join('\n');
}

/** Turns the error remark-mdx throws into a problem that says what to write instead. */
function syntaxProblem(error: unknown, lines: string[]): Found {
  if (!(error instanceof Error) || !('reason' in error)) throw error;
  const { reason, source, ruleId } = error as Error & { reason: string; source?: string; ruleId?: string };
  const place = error as { line?: number; column?: number };
  const line = place.line ?? 0;
  const at = (n: number) => lines[n - 1] ?? '';
  const text = clip(at(line));
  const col = place.column ?? 0;

  if (source === 'micromark-extension-mdxjs-esm') {
    // Acorn may stop on a later line ("import them\nfrom Iran"): report the line that starts it.
    let start = line;
    while (start > 1 && !/^(import|export)\s/.test(at(start)) && at(start - 1).trim()) start--;
    const word = at(start).startsWith('export') ? 'export' : 'import';
    return {
      line: start,
      rule: 'mdx/prose-import-export',
      problem: `The line "${clip(at(start))}" starts with "${word}", so MDX reads it as JavaScript.`,
      fix: 'Reword so the line does not start with "import" or "export", or join it to the line before.',
    };
  }
  const syntax = (problem: string, fix: string, at = line): Found => ({ line: at || undefined, rule: 'mdx/syntax', problem, fix });
  // An unclosed tag (often <br>) is placed at its paragraph or nowhere; the message has the tag's own line.
  const unclosed = /^Expected a closing tag for `<([^`\s>]*)[^`]*>` \((\d+):/.exec(reason);
  if (unclosed) {
    const [, tag = '', tagLine] = unclosed;
    // <img> is refused whichever way it is written: say so at once, not "close it" first.
    // The recipe carries the tag's own src and alt, read from its line (it did not parse).
    if (tag.toLowerCase() === 'img') {
      const attribute = (key: string) =>
        new RegExp(`\\s${key}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'i')
          .exec(at(Number(tagLine)))
          ?.slice(1)
          .find((v) => v !== undefined);
      return { line: Number(tagLine), ...IMG_PROBLEM, fix: figureRecipe(attribute('src'), attribute('alt')) };
    }
    return syntax(
      `<${tag}> is never closed, and MDX needs every tag closed.`,
      `End it with </${tag}>, or write <${tag} /> when nothing goes inside.`,
      Number(tagLine),
    );
  }
  if (source === 'micromark-extension-mdx-jsx' && at(line).includes('<!--')) {
    return syntax(`"${text}" has an HTML comment, which MDX cannot read.`, 'MDX has no HTML comments: write {/* … */} instead.');
  }
  if (source === 'micromark-extension-mdx-jsx' && /<(https?|mailto):/i.test(at(line))) {
    return syntax(`"${text}" has a link in <…>, which MDX reads as a tag.`, 'Write the link as [text](https://…).');
  }
  if (ruleId === 'unexpected-character' && at(line)[col - 2] === '<') {
    return syntax(`The "<" in "${text}" starts a tag in MDX.`, 'Write &lt; for a literal "<".');
  }
  if (source === 'micromark-extension-mdx-expression' && at(line).includes('{')) {
    return syntax(`The "{" in "${text}" starts a JavaScript expression in MDX.`, 'Write \\{ for a literal "{", or {/* … */} for a comment.');
  }
  const short = reason.replace(/ \(\d+:\d+.*$/s, '').split(/, expected|;/)[0];
  return syntax(
    `MDX cannot read this: ${short?.charAt(0).toLowerCase()}${short?.slice(1)}.`,
    'Close every tag you open, and write &lt; or \\{ for a literal "<" or "{".',
  );
}

/** What is wrong with an element as a whole, or undefined when it may be used. */
function elementProblem(node: JsxElement): Finding | undefined {
  const name = node.name;
  if (name === null) {
    return { rule: 'mdx/no-raw-html', problem: 'A fragment <>…</> is not allowed in content.', fix: 'Remove the <> and </>: Markdown needs no wrapper.' };
  }
  // hasOwn, not `in`: "<constructor>" must not find Object.prototype.constructor.
  if (Object.hasOwn(COMPONENTS, name)) return undefined;
  const why = Object.hasOwn(UNSAFE_ELEMENTS, name.toLowerCase()) ? UNSAFE_ELEMENTS[name.toLowerCase()] : undefined;
  if (why) {
    return {
      rule: 'mdx/no-unsafe-element',
      problem: `<${name}> ${why}, so content cannot use it.`,
      fix: 'Remove it; to point readers at something elsewhere, link to it with [text](https://…).',
    };
  }
  if (/^[a-z]/.test(name)) {
    if (Object.hasOwn(ALLOWED_HTML, name)) return undefined;
    const allowed = Object.entries(ALLOWED_HTML).map(([el, attrs]) => `<${[el, ...attrs].join(' ')}>`);
    if (name === 'img') return { ...IMG_PROBLEM, fix: figureRecipe(stringAttribute(node, 'src'), stringAttribute(node, 'alt')) };
    const fix = (Object.hasOwn(RAW_HTML_FIXES, name) ? RAW_HTML_FIXES[name] : undefined) ?? `Write it in Markdown: the only HTML allowed is ${list(allowed)}.`;
    return { rule: 'mdx/no-raw-html', problem: `The HTML element <${name}> is not allowed in content.`, fix };
  }
  return {
    rule: 'mdx/unknown-component',
    problem: `<${name}> is not a component this site provides.`,
    fix: `Use ${list(Object.keys(COMPONENTS), 'or')}, or write it in Markdown.`,
  };
}

/** The value of a plain string attribute, or undefined. */
function stringAttribute(node: JsxElement, key: string): string | undefined {
  const attr = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === key);
  return attr && typeof attr.value === 'string' ? attr.value : undefined;
}

/** Problems with the attributes of an element that may itself be used. */
function attributeProblems(node: JsxElement): Finding[] {
  const name = node.name ?? '';
  const spec = Object.hasOwn(COMPONENTS, name) ? COMPONENTS[name] : undefined;
  const allowed = spec ? [...spec.required, ...spec.optional] : (ALLOWED_HTML[name] ?? []);
  const out: Finding[] = [];
  const add = (rule: string, problem: string, fix: string) => out.push({ rule, problem, fix });
  const given = new Map<string, unknown>();

  for (const attr of node.attributes) {
    if (attr.type === 'mdxJsxExpressionAttribute') {
      add('mdx/no-expression', `<${name}> has the spread attribute "{${clip(attr.value)}}", which is JavaScript.`, 'Write each attribute out as name="value".');
      continue;
    }
    const { name: key, value } = attr;
    given.set(key, value);
    if (/^on/i.test(key)) {
      add('mdx/no-event-handler', `"${key}" on <${name}> is an event handler, which runs code.`, 'Remove the attribute: content cannot run code.');
    } else if (value !== null && typeof value === 'object') {
      add('mdx/no-expression', `${key}={${clip(value.value)}} on <${name}> is a JavaScript expression.`, `Write the value in quotes: ${key}="…".`);
    } else if ((key === 'href' || key === 'src') && typeof value === 'string' && unsafeScheme(value)) {
      urlProblem(value, key === 'src' ? 'image' : 'link', add);
    } else if (!allowed.includes(key)) {
      const takes = allowed.length ? `<${name}> takes only ${list(allowed.map((a) => `"${a}"`))}` : `<${name}> takes no attributes`;
      add('mdx/attribute', `<${name}> does not take the attribute "${key}".`, `Remove it: ${takes}.`);
    }
  }

  // alt="" is a problem of its own (content/image-alt), not a missing attribute.
  const blank = (v: unknown) => v === null || (typeof v === 'string' && !v.trim());
  const missing = (spec?.required ?? []).filter((k) => !given.has(k) || (k !== 'alt' && blank(given.get(k))));
  if (missing.length) {
    add(
      'mdx/missing-attribute',
      `<${name}> is missing ${list(missing.map((k) => `"${k}"`))}.`,
      `Add ${missing.map((k) => `${k}="…"`).join(' ')}: <${name}> needs ${list(spec!.required)}.`,
    );
  }
  if (name === 'Figure') {
    const src = given.get('src');
    if (typeof src === 'string' && !unsafeScheme(src)) remoteImageProblem(src, add);
    if (given.has('alt') && blank(given.get('alt'))) altProblem('', typeof src === 'string' ? src : '', add);
  }
  return out;
}

/** True for a single block comment filling the whole expression, `{/* … *\/}`, the only expression allowed. */
function isComment(code: string): boolean {
  const s = code.trim();
  // The first "*/" must be the last two characters, so `/* a */ + evil() /* b */` fails.
  return s.startsWith('/*') && s.indexOf('*/', 2) === s.length - 2;
}

/** The text of a node and its children, for quoting headings. */
function textOf(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  return 'children' in node ? node.children.map((c) => textOf(c as Nodes)).join('') : '';
}

/** "a", "a and b", "a, b and c". */
function list(items: readonly string[], and = 'and'): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;
}
