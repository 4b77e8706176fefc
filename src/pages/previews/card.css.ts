/** /previews/card.css: the preview card's style (src/styles/previews.css), loaded with its first card. */
import type { APIRoute } from 'astro';
import css from '../../styles/previews.css?raw';

export const GET: APIRoute = () => new Response(css, { headers: { 'Content-Type': 'text/css' } });
