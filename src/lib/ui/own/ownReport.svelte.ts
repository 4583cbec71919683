import { ownArticle, type OwnArticle } from './ownStore';

export type OwnState = 'none' | 'loading' | 'ready' | 'missing';

/**
 * The reader's own article a page shows (`?own=<id>`), read from this browser's store: the server
 * never has it, so it renders the page without it and the article comes in once the page has
 * started (`state` says which). The page calls `show` with the URL's id, from an effect.
 */
export class OwnReport {
	article = $state<OwnArticle | null>(null);
	state = $state<OwnState>('none');
	#wanted: string | null = null;
	readonly #read: (id: string) => Promise<OwnArticle | undefined>;

	constructor(read: (id: string) => Promise<OwnArticle | undefined> = ownArticle) {
		this.#read = read;
	}

	/** Shows the article with this id (null: none); a read overtaken by another id is dropped. */
	async show(id: string | null): Promise<void> {
		if (id === this.#wanted && this.state !== 'none') return;
		this.#wanted = id;
		this.article = null;
		this.state = id ? 'loading' : 'none';
		if (!id) return;
		const found = await this.#read(id).catch(() => undefined);
		if (this.#wanted !== id) return;
		this.article = found ?? null;
		this.state = found ? 'ready' : 'missing';
	}
}
