// The part of `compression` that scripts/server.js uses, typed for plain node:http: its own
// @types package describes it for Express and would pull Express's types in with it.
declare module 'compression' {
	import type { IncomingMessage, ServerResponse } from 'node:http';
	import type { BrotliOptions, ZlibOptions } from 'node:zlib';

	interface Options extends ZlibOptions {
		brotli?: BrotliOptions;
		threshold?: number | string;
		filter?: (req: IncomingMessage, res: ServerResponse) => boolean;
	}

	export default function compression(
		options?: Options
	): (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;
}
