import type { Attachment } from 'svelte/attachments';

/**
 * A callout's label (香港, 澳门, 上海) over the WebGL map is a second, larger target for its tiny
 * region: one listener for all of them (`[data-code]`), as on the SVG map. Keyboard users have
 * the region list.
 */
export const calloutEvents =
	(
		onselect?: (code: string) => void,
		onhover?: (code: string | null, event: MouseEvent) => void
	): Attachment<HTMLElement> =>
	(el) => {
		const codeAt = (e: Event) =>
			(e.target as Element).closest('[data-code]')?.getAttribute('data-code') ?? null;
		const click = (e: MouseEvent) => {
			const code = codeAt(e);
			if (code) onselect?.(code);
		};
		const move = (e: PointerEvent) => onhover?.(codeAt(e), e);
		const out = (e: PointerEvent) => onhover?.(null, e);
		el.addEventListener('click', click);
		el.addEventListener('pointermove', move);
		el.addEventListener('pointerout', out);
		return () => {
			el.removeEventListener('click', click);
			el.removeEventListener('pointermove', move);
			el.removeEventListener('pointerout', out);
		};
	};
