// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Error {
			message: string;
		}
		interface PageData {
			/** Officials' names in pinyin, by name, on English pages (routes/+layout.server.ts). */
			romanized?: Record<string, string>;
		}
	}
}

// Element Timing's attribute (map/ready.ts), which Svelte's types have on HTML elements only.
declare module 'svelte/elements' {
	// The same type parameter as Svelte's, which the merged declaration must repeat.
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	export interface SVGAttributes<T extends EventTarget> {
		elementtiming?: string | undefined | null;
	}
}

export {};
