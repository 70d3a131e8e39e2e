import type { Quote } from '../../domain/schema';
import { useDashboard } from '../../state/StoreContext';
import { SourceNote } from './SourceNote';

/** Short quotes: the study's French words, with our English translation when the page is in English. */
export function QuoteList({ quotes }: { quotes: readonly Quote[] }) {
  const language = useDashboard((s) => s.language);
  return (
    <ul className="quote-list">
      {quotes.map((quote, i) => (
        <li key={i}>
          <blockquote lang="fr">« {quote.fr} »</blockquote>
          {language === 'en' && <p className="quote-translation">“{quote.en}”</p>}
          <p className="quote-meta">
            {quote.speaker && <span>{quote.speaker[language]} · </span>}
            <SourceNote source={quote.source} />
          </p>
        </li>
      ))}
    </ul>
  );
}
