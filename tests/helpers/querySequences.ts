import { randomLcg } from 'd3';

/** Characters a person might type that the data may not hold: accents, capitals, punctuation, a ligature. */
const ODD_CHARACTERS = [...'éÉèàçÇôœŒ-’\' ,.()&/ZQXzqx0123456789  '];

/**
 * What a search box holds, edit after edit, in a seeded session over some
 * source texts (names, labels, places, as people read them: accents and
 * capitals included): mostly typing the next character of a text being
 * searched for, and also Backspace, deleting a word, editing mid-query,
 * pasting a piece of a text (or over the whole query), odd characters,
 * queries that match nothing, and emptying the box.
 */
export function searchBoxSession(sources: readonly string[], edits: number, seed: number): string[] {
  const random = randomLcg(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  /** A piece of a text, most often from the start of one of its words. */
  const pieceOf = (text: string) => {
    const starts = [0, ...[...text.matchAll(/[\s'’-]\S/g)].map((m) => m.index + 1)];
    const start = random() < 0.7 ? pick(starts) : Math.floor(random() * text.length);
    return text.slice(start, start + 1 + Math.floor(random() * 16));
  };
  const newTarget = () => (random() < 0.5 ? pick(sources) : pieceOf(pick(sources)));
  let target = newTarget();
  let box = '';
  const session: string[] = [];
  for (let k = 0; k < edits; k += 1) {
    const roll = random();
    if (roll < 0.6) {
      // The next character of the text being looked for; once it is typed (or left), another word after it.
      if (!target.startsWith(box) || box.length >= target.length) target = `${box}${random() < 0.5 ? ' ' : ''}${pieceOf(pick(sources))}`;
      box = target.slice(0, box.length + 1);
    } else if (roll < 0.72) box = box.slice(0, -1);
    else if (roll < 0.75) box = box.replace(/\S*\s*$/, '');
    else if (roll < 0.8) box += pick(ODD_CHARACTERS);
    else if (roll < 0.83) {
      const at = Math.floor(random() * (box.length + 1));
      box = random() < 0.5 ? box.slice(0, at) + pick(ODD_CHARACTERS) + box.slice(at) : box.slice(0, at) + box.slice(at + 1);
    } else if (roll < 0.87) box = pieceOf(pick(sources));
    else if (roll < 0.9) box += pieceOf(pick(sources));
    else if (roll < 0.95) box = random() < 0.5 ? box.toUpperCase() : `${box}zqx`;
    else {
      box = '';
      target = newTarget();
    }
    session.push(box);
  }
  return session;
}
