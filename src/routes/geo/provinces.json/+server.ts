import { json } from '@sveltejs/kit';
import { provinces } from '$lib/geo/shapes';

// Written to a static file at build time: the WebGL map fetches it after first paint.
export const prerender = true;
export const GET = () => json(provinces);
