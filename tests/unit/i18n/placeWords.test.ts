import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../src/i18n/i18n';
import { seatLabel, seatPlace, seatPlaceWithCode } from '../../../src/i18n/placeWords';
import { makeMiniDataset } from '../../fixtures/miniDataset';

const [mecabourg, , , naval] = makeMiniDataset().clusters;
const fr = createI18n('fr').t;
const en = createI18n('en').t;

describe('where a headquarters is, in words (one way for the map, profiles, tables and comparisons)', () => {
  it('names the commune, else the department the study gives, else says it is not known', () => {
    expect(seatPlace(mecabourg!.hq, fr)).toBe('Bourg-en-Bresse');
    expect(seatPlace({ ...mecabourg!.hq, commune: null }, fr)).toBe('Ain, commune du siège non précisée');
    expect(seatPlace({ ...mecabourg!.hq, commune: null }, en)).toBe('Ain, seat’s town not given');
    expect(seatPlace({ ...mecabourg!.hq, commune: null, departmentName: null, departmentCode: null }, fr)).toBe('lieu non précisé');
  });

  it('adds the department’s code where one is known, and names a marker with its type and whether it is only cited', () => {
    expect(seatPlaceWithCode(mecabourg!.hq, fr)).toBe('Bourg-en-Bresse (01)');
    expect(seatPlaceWithCode({ ...mecabourg!.hq, departmentCode: null }, fr)).toBe('Bourg-en-Bresse');
    expect(seatLabel(naval!, fr)).toBe(`Pôle Naval — Lorient (${fr('clusterType.cluster-regional')}, ${fr('map.citedOnly')})`);
    expect(seatLabel(mecabourg!, en)).toBe(`Mécabourg — Bourg-en-Bresse (${en('clusterType.grappe-entreprises')})`);
  });
});
