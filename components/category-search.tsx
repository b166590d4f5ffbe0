/** "Add any CoinGecko category": a search over CoinGecko's full list (names and ids). */
import { useState } from 'preact/hooks';
import type { MarketErrorInfo } from '../lib/messaging/views';
import { errorSentence, errorText } from '../lib/error-text';
import { t } from '../lib/i18n';

export interface Category {
  id: string;
  name: string;
}

export type CategoryListState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; categories: readonly Category[]; error?: MarketErrorInfo }
  | { status: 'failed'; message: string };

export interface CategorySearchProps {
  list: CategoryListState;
  /** Already listed above (taxonomy or added): not offered again. */
  known: ReadonlySet<string>;
  onOpen: () => void;
  onAdd: (category: Category) => void;
}

const MAX_RESULTS = 25;

export function matchCategories(categories: readonly Category[], query: string, known: ReadonlySet<string>): Category[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  return categories.filter((c) => !known.has(c.id) && words.every((w) => c.name.toLowerCase().includes(w) || c.id.includes(w))).slice(0, MAX_RESULTS);
}

function Status({ list, query, count }: { list: CategoryListState; query: string; count: number }) {
  if (list.status === 'loading') return <p class="muted">{t('options_category_loading')}</p>;
  if (list.status === 'failed') return <p class="problem">{t('options_category_failed', list.message)}</p>;
  if (list.status !== 'ready') return null;
  const problem = list.error ? errorText(list.error) : null;
  return (
    <>
      {problem ? <p class="problem">{errorSentence(problem)}</p> : null}
      {query.trim() && count === 0 ? <p class="muted">{t('options_category_none', query)}</p> : null}
    </>
  );
}

export function CategorySearch({ list, known, onOpen, onAdd }: CategorySearchProps) {
  const [query, setQuery] = useState('');
  const results = list.status === 'ready' ? matchCategories(list.categories, query, known) : [];
  return (
    <div class="category-search">
      <label for="category-query">{t('options_category_label')}</label>
      <input id="category-query" type="search" placeholder={t('options_category_example')} value={query} autoComplete="off" onFocus={onOpen} onInput={(event) => setQuery(event.currentTarget.value)} />
      <Status list={list} query={query} count={results.length} />
      {results.length > 0 ? (
        <ul class="category-results" aria-label={t('options_category_results')}>
          {results.map((category) => (
            <li key={category.id}>
              <span>{category.name}</span> <code class="muted">{category.id}</code>
              <button type="button" class="small" onClick={() => onAdd(category)}>
                <span aria-hidden="true">{t('options_add')}</span>
                <span class="sr-only">{t('options_add_named', category.name)}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
