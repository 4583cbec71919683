import { json } from '@sveltejs/kit';
import { nanhai } from '$lib/geo/shapes';

export const prerender = true;
export const GET = () => json(nanhai);
