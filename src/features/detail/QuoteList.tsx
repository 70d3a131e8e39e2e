import { dataText, REFERENCE_LANGUAGE } from '../../domain/language';
import type { Quote } from '../../domain/schema';
import { useDashboard } from '../../state/StoreContext';
import { SourceNote } from './SourceNote';

/** Short quotes: the study's French words, with our translation when the page is in another language and the data has one. */
export function QuoteList({ quotes }: { quotes: readonly Quote[] }) {
  const language = useDashboard((s) => s.language);
  return (
    <ul className="quote-list">
      {quotes.map((quote, i) => (
        <li key={i}>
          <blockquote lang="fr">« {quote.fr} »</blockquote>
          {language !== REFERENCE_LANGUAGE && quote[language] !== undefined && <p className="quote-translation">“{quote[language]}”</p>}
          <p className="quote-meta">
            {quote.speaker && <span>{dataText(quote.speaker, language)} · </span>}
            <SourceNote source={quote.source} />
          </p>
        </li>
      ))}
    </ul>
  );
}
