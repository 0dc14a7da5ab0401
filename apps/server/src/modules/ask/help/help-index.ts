import { fileURLToPath } from 'node:url';
import type { AskAnswer, AskLanguage } from '@ayni/contracts';
import { foldAccents } from '@ayni/engine';
import MiniSearch from 'minisearch';
import { type HelpDocument, helpDocuments } from './help-documents';

/*
 * "What is / how is it computed / how do I prepare a file": BM25 (minisearch) over the feature
 * catalog's descriptions and the docs' sections, in the user's language first, sources cited.
 */

const STOP_WORDS = new Set(
  'que es el la los las lo de del un una unos como se mi mis en y o por para con al a su sus the a an is are what how does do i my of to in on and or for it me mean means significa quiere decir'.split(
    ' ',
  ),
);
const processTerm = (term: string) => {
  const folded = foldAccents(term.toLowerCase());
  return STOP_WORDS.has(folded) || folded.length < 2 ? null : folded;
};

export const DEFAULT_DOCS_DIR = fileURLToPath(new URL('../../../../../../docs', import.meta.url));
const EXCERPT = 600;

export interface HelpIndex {
  answer(topic: string, language: AskLanguage): AskAnswer;
}

export function createHelpIndex(docsDir = DEFAULT_DOCS_DIR): HelpIndex {
  const documents = helpDocuments(docsDir);
  const byId = new Map(documents.map((doc) => [doc.id, doc]));
  const index = new MiniSearch<HelpDocument>({
    fields: ['title', 'text'],
    storeFields: ['id'],
    processTerm,
    searchOptions: { boost: { title: 3 }, fuzzy: 0.2, prefix: (term) => term.length >= 5 },
  });
  index.addAll(documents);

  return {
    answer(topic, language) {
      const hits = index
        .search(topic)
        .map((hit) => ({ score: hit.score, doc: byId.get(String(hit.id)) as HelpDocument }));
      // The user's language first; the other only when nothing in theirs matches.
      const own = hits.filter((hit) => hit.doc.language === language);
      const ranked = own.length > 0 ? own : hits;
      const best = ranked[0]?.doc;
      if (!best) {
        return {
          kind: 'unanswerable',
          language,
          answer:
            language === 'es'
              ? 'No encontré esa definición en la ayuda ni en el glosario de métricas.'
              : 'I did not find that in the help pages or the metric glossary.',
          values: [],
          chart: null,
          link: null,
          query: null,
          confidence: 0.3,
          sources: [],
          suggestions: [],
        };
      }
      const excerpt =
        best.text.length > EXCERPT ? `${best.text.slice(0, EXCERPT).replace(/\s+\S*$/, '')}…` : best.text;
      return {
        kind: 'help',
        language,
        answer: `${best.title}: ${excerpt}`,
        values: [],
        chart: null,
        link: null,
        query: null,
        confidence: Math.min(0.95, 0.5 + (ranked[0]?.score ?? 0) / 40),
        sources: ranked.slice(0, 3).map((hit) => hit.doc.source),
        suggestions: [],
      };
    },
  };
}
