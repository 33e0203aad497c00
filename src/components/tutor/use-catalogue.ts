/** Loads the course catalogue once per page for the tutor and assignment islands. */
import { useEffect, useState } from 'preact/hooks';
import type { Catalogue } from '../../lib/share/catalogue';

export type CatalogueState = { status: 'loading' } | { status: 'ready'; catalogue: Catalogue } | { status: 'failed'; reason: string };

export function useCatalogue(base: string): CatalogueState {
  const [state, setState] = useState<CatalogueState>({ status: 'loading' });
  useEffect(() => {
    fetch(`${base}catalogue.json`)
      .then((response) => {
        if (!response.ok) throw new Error(`the server answered ${response.status}`);
        return response.json() as Promise<Catalogue>;
      })
      .then((catalogue) => setState({ status: 'ready', catalogue }))
      .catch((error: Error) => setState({ status: 'failed', reason: `The course list could not be loaded (${error.message}). Open Markpoint once online so it is saved for offline use.` }));
  }, [base]);
  return state;
}

export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
