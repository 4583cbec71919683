import type { ReportSummary } from '../../library/summary';
import type { Day } from '../../map/color';
import type { Report } from '../../seed/types';

/** A reader's own article as this browser keeps it: what POST /api/parse answered, and when. */
export interface OwnArticle {
	/** The report's id (`own-` and its bytes' hash): the same article is kept once. */
	id: string;
	report: Report;
	summary: ReportSummary;
	days: Day[];
	/** When it was kept, ISO. */
	saved: string;
}

const DB = 'meeting-map';
const STORE = 'own-articles';

/**
 * The reader's own articles, in this browser's IndexedDB and nowhere else (the server parses them
 * and keeps nothing). The platform's API, one small promise per request: four operations do not
 * need a wrapper library.
 */
function open(): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const request = indexedDB.open(DB, 1);
		request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'id' });
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
}

async function run<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>) {
	const db = await open();
	try {
		return await new Promise<T>((resolve, reject) => {
			const transaction = db.transaction(STORE, mode);
			const request = act(transaction.objectStore(STORE));
			// Done once the transaction is: a write is then on disk for the next page to read.
			transaction.oncomplete = () => resolve(request.result);
			transaction.onerror = transaction.onabort = () => reject(transaction.error);
		});
	} finally {
		db.close();
	}
}

export const keepOwn = (article: OwnArticle) => run('readwrite', (s) => s.put(article));

export const ownArticle = (id: string): Promise<OwnArticle | undefined> =>
	run('readonly', (s) => s.get(id) as IDBRequest<OwnArticle | undefined>);

/** Every article kept, the latest first. */
export async function ownArticles(): Promise<OwnArticle[]> {
	const all = await run('readonly', (s) => s.getAll() as IDBRequest<OwnArticle[]>);
	return all.sort((a, b) => (a.saved < b.saved ? 1 : a.saved > b.saved ? -1 : 0));
}

export const removeOwn = (id: string) => run('readwrite', (s) => s.delete(id));
