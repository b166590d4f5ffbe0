/** The request budget from the background (plan, requests a minute, freshness), asked again when settings or the key change. */
import { useEffect, useState } from 'preact/hooks';
import { sendToBackground, type ResponseOf } from '../messaging';

export function useRequestBudget(dependsOn: unknown): ResponseOf<'getBudget'> | null {
  const [budget, setBudget] = useState<ResponseOf<'getBudget'> | null>(null);
  useEffect(() => {
    let live = true;
    sendToBackground('getBudget', {}).then(
      (answer) => live && setBudget(answer),
      () => live && setBudget(null),
    );
    return () => {
      live = false;
    };
  }, [dependsOn]);
  return budget;
}
