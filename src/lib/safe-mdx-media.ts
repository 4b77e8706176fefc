/**
 * The safe-MDX rules for addresses and images (src/lib/safe-mdx.ts runs them): no link or
 * image with a scheme that runs code, no image from another site, no Markdown image (it
 * cannot carry a width and height), and alt text on every image. Each reports through
 * `add` with the rule, the problem and the fix.
 */

/** How a rule reports a problem: its rule id, what is wrong and the fix. */
export type Add = (rule: string, problem: string, fix: string) => void;

/** Schemes that run code or read the reader's own files when a link or image is followed. */
const UNSAFE_SCHEMES: Record<string, string> = {
  javascript: 'runs code',
  vbscript: 'runs code',
  data: 'embeds a file that can run code',
  file: 'points at a file on the reader’s own computer',
};

/**
 * Reports a URL with a scheme that runs code or reads local files; true when it did. A
 * Markdown image (`markdownAlt` given, even null) is told the whole <Figure> recipe.
 */
export function urlProblem(url: string, kind: 'link' | 'image', add: Add, markdownAlt?: string | null): boolean {
  const scheme = unsafeScheme(url);
  if (!scheme) return false;
  add(
    'mdx/no-unsafe-url',
    `The ${kind} "${clip(url)}" is a ${scheme}: URL, which ${UNSAFE_SCHEMES[scheme]}.`,
    kind === 'link'
      ? 'Link to an https:// address, or write [[page-id]] for a page on this site.'
      : markdownAlt === undefined
        ? 'Save the image under public/images/ and use its path, e.g. /images/map.png.'
        : figureRecipe(undefined, markdownAlt ?? ''),
  );
  return true;
}

/** The lowercased unsafe scheme of a URL, or undefined. */
export function unsafeScheme(url: string): string | undefined {
  // Browsers drop tabs and newlines anywhere in a URL and control characters and spaces
  // before it, so "\tjava\nscript:" still runs: strip them before looking at the scheme.
  const bare = url.replace(/[\t\n\r]/g, '').replace(/^[\x00-\x20]+/, '');
  const scheme = /^([a-z]+):/i.exec(bare)?.[1]?.toLowerCase();
  return scheme && Object.hasOwn(UNSAFE_SCHEMES, scheme) ? scheme : undefined;
}

/**
 * Reports an image that loads from another site: any scheme, or "//host" (and "\\host", which
 * browsers read the same); true when it did. A Markdown image (`markdownAlt` given, even
 * null) is told the whole <Figure> recipe, since a local Markdown image is refused too.
 */
export function remoteImageProblem(url: string, add: Add, markdownAlt?: string | null): boolean {
  if (!/^([a-z][a-z\d+.-]*:|[\\/]{2})/i.test(url.trim())) return false;
  const name = url.split(/[?#]/)[0]?.split('/').filter(Boolean).at(-1) ?? 'image.png';
  const local = `/images/${name}`;
  const recipe = markdownAlt === undefined ? `save the file under public/images/ and use its path, e.g. ${local}.` : figureRecipe(local, markdownAlt ?? '');
  add(
    'content/remote-image',
    `The image "${clip(url)}" loads from another site.`,
    `The site makes no requests to other sites: ${recipe.charAt(0).toLowerCase()}${recipe.slice(1)}`,
  );
  return true;
}

/**
 * How to write an image: `<Figure>` with the file's size, so the page does not jump as it
 * loads and the image loads lazily (tests/dist/budget.test.ts refuses any other image).
 */
export function figureRecipe(src = '/images/….jpg', alt = ''): string {
  return (
    `Save the file under public/images/ and write <Figure src="${src}" alt="${alt.trim() || 'what the image shows'}" width="…" height="…" /> ` +
    'with the width and height of the file in pixels (add caption="… Photo: author (licence)" to credit it).'
  );
}

/** Refuses a Markdown image: it cannot carry the width, height and lazy loading every image needs. */
export function markdownImageProblem(url: string, alt: string | null | undefined, add: Add): void {
  add(
    'content/markdown-image',
    `The Markdown image "${clip(url)}" cannot be given a width and height, which every image on the site needs.`,
    figureRecipe(url, alt ?? ''),
  );
}

/** Reports an image without alt text, which screen readers would announce only as "image". */
export function altProblem(alt: string | null | undefined, url: string, add: Add): void {
  if (alt?.trim()) return;
  add('content/image-alt', `The image "${clip(url)}" has no alt text.`, 'Describe what the image shows in its alt text, e.g. alt="Map of the front line".');
}

/** Folds white space and cuts text to 60 characters, for quoting it in a message. */
export function clip(text: string): string {
  const s = text.replace(/\s+/g, ' ').trim();
  return s.length > 60 ? `${s.slice(0, 59)}…` : s;
}
