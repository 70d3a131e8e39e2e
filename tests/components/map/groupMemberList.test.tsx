import { describe, expect, it, vi } from 'vitest';
import { groupMemberList } from '../../../src/features/map/groupMemberList';
import { makeMiniDataset } from '../../fixtures/miniDataset';

const clusters = makeMiniDataset().clusters.map((c, i) => (i === 0 ? { ...c, name: '<img src=x onerror=alert(1)>' } : c));
const texts = { describe: (c: { name: string }) => c.name, listHeading: (n: number) => `${n} clusters ici`, more: (n: number) => `et ${n} autres` };

describe('the list of a group’s members', () => {
  it('lists each member as a button named as text, and chooses the one clicked', () => {
    const choose = vi.fn();
    const list = groupMemberList([0, 2], clusters, texts, choose);
    const buttons = [...list.querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent)).toEqual(['<img src=x onerror=alert(1)>', 'Système Région']);
    expect(list.querySelector('img')).toBeNull();
    buttons[1]!.click();
    expect(choose).toHaveBeenCalledWith(2);
    expect(list.querySelector('.hq-group-heading')?.textContent).toBe('2 clusters ici');
  });

  it('lists thirty and says how many more', () => {
    const many = Array.from({ length: 45 }, (_, i) => i % clusters.length);
    const list = groupMemberList(many, clusters, texts, () => {});
    expect(list.querySelectorAll('li')).toHaveLength(30);
    expect(list.textContent).toContain('et 15 autres');
  });
});
