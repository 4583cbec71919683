import { findRegion, type Region } from '../../geo/regions';
import { afterNextPaint } from '../afterNextPaint';
import { hrefWith, type ParamChanges } from './params';

/** Sets URL parameters (null removes one), as the page does: a new history entry. */
export type ParamWriter = (changes: ParamChanges) => Promise<void>;

/**
 * The map page's selected region. The URL holds it (`?region=140000`, or `?region=山西`), so a view
 * can be shared, reloaded and stepped through with Back and Forward; before the app has started,
 * the map's regions are links to it (ChinaMap.svg.svelte), and so is the region list.
 *
 * Once the app has started, a choice is shown at once and written to the URL after the frame that
 * draws it: the router's work (history, the page's state) comes after the panel, not before.
 */
export class Selection {
	/** `?region=` as the URL writes it, or null. */
	readonly param: string | null;
	/** The region shown: the choice on its way to the URL, else the URL's. */
	readonly region: Region | undefined;
	readonly code: string | null;
	/** A `?region=` that names no region, for the page to say so; else null. */
	readonly unknown: string | null;
	/**
	 * Whether the user has chosen (here, or by Back and Forward): the panel then takes focus, as
	 * it should not on a page just loaded, where focus starts at the top.
	 */
	interactive = $state(false);

	#pending = $state<{ code: string | null } | undefined>();
	#choices = 0;
	#params: () => URLSearchParams;
	#write: ParamWriter;
	#later: (task: () => void) => void;

	constructor(
		params: () => URLSearchParams,
		write: ParamWriter,
		later: (task: () => void) => void = afterNextPaint
	) {
		this.#params = params;
		this.#write = write;
		this.#later = later;
		this.param = $derived(params().get('region'));
		this.region = $derived.by(() => {
			const code = this.#pending ? this.#pending.code : this.param;
			return code ? findRegion(code) : undefined;
		});
		this.code = $derived(this.region?.code ?? null);
		this.unknown = $derived(this.param !== null && !findRegion(this.param) ? this.param : null);
	}

	/** Shows `code` (null: none) at once; the URL follows once that is drawn. */
	choose = (code: string | null): void => {
		const choice = ++this.#choices;
		this.#pending = { code };
		this.interactive = true;
		this.#later(() => {
			// A later choice (another region, another article) has taken this one's place.
			if (choice !== this.#choices) return;
			this.#write({ region: code }).finally(() => {
				if (choice === this.#choices) this.#pending = undefined;
			});
		});
	};

	/** Forgets a choice still on its way to the URL: something else decides the region now. */
	drop = (): void => {
		this.#choices++;
		this.#pending = undefined;
	};

	/** The link that selects `code`, keeping the page's other parameters. */
	href = (code: string): string => hrefWith(this.#params(), { region: code });
}
