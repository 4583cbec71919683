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

export {};
