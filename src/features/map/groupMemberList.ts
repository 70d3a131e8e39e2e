import type { Cluster } from '../../domain/schema';

/** Members listed in a group's popup when it cannot be zoomed into any further. */
const MAX_LISTED_MEMBERS = 30;

export interface MemberListTexts {
  readonly describe: (cluster: Cluster) => string;
  readonly listHeading: (count: number) => string;
  readonly more: (count: number) => string;
}

/** The members of a group as buttons that choose one; names are set as text, never as HTML. */
export function groupMemberList(
  members: readonly number[],
  clusters: readonly Cluster[],
  texts: MemberListTexts,
  choose: (position: number) => void,
): HTMLElement {
  const container = document.createElement('div');
  const heading = document.createElement('p');
  heading.className = 'hq-group-heading';
  heading.textContent = texts.listHeading(members.length);
  const list = document.createElement('ul');
  for (const position of members.slice(0, MAX_LISTED_MEMBERS)) {
    const cluster = clusters[position] as Cluster;
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'link-button';
    button.textContent = texts.describe(cluster);
    button.addEventListener('click', () => choose(position));
    item.append(button);
    list.append(item);
  }
  container.append(heading, list);
  if (members.length > MAX_LISTED_MEMBERS) {
    const more = document.createElement('p');
    more.textContent = texts.more(members.length - MAX_LISTED_MEMBERS);
    container.append(more);
  }
  return container;
}
