/** CoinGecko's category list, asked from the background the first time the reader searches. */
import { useState } from 'preact/hooks';
import type { CategoryListState } from '../../components/category-search';
import { sendToBackground } from '../messaging';

export function useCategoryList(): { list: CategoryListState; open: () => void } {
  const [list, setList] = useState<CategoryListState>({ status: 'idle' });
  const open = () => {
    if (list.status === 'loading' || (list.status === 'ready' && !list.error)) return;
    setList({ status: 'loading' });
    sendToBackground('listCategories', {}).then(
      (response) => setList({ status: 'ready', categories: response.categories, ...(response.error ? { error: response.error } : {}) }),
      (error: unknown) => setList({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
  };
  return { list, open };
}
