import type { TFunction } from 'i18next';
import type { DatasetIndex } from '../../domain/datasetIndex';
import { dataText, type Language } from '../../domain/language';
import type { Selection } from '../../domain/selection';

/** The item a view is opened on, by name (a case study's title); null without a selection, or one the dataset lacks. */
export function selectedItemName(selection: Selection | null, index: DatasetIndex, language: Language): string | null {
  if (!selection) return null;
  if (selection.kind === 'cluster') return index.clusterById.get(selection.id)?.name ?? null;
  if (selection.kind === 'initiative') {
    const initiative = index.initiativeById.get(selection.id);
    return initiative ? dataText(initiative.label, language) : null;
  }
  const caseStudy = index.caseStudyByNumber.get(Number(selection.id));
  return caseStudy ? dataText(caseStudy.title, language) : null;
}

/**
 * What a view is opened on, in words, for an export: « Sélection : Mécabourg et ses initiatives ; le reste est
 * atténué ». A picture of a selected view dims what is not linked to the selection, so it says which item that is.
 */
export function selectionWords(selection: Selection | null, index: DatasetIndex, t: TFunction, language: Language): string | null {
  const name = selectedItemName(selection, index, language);
  if (!selection || name === null) return null;
  if (selection.kind === 'cluster') return t('export.selectionCluster', { name });
  if (selection.kind === 'initiative') return t('export.selectionInitiative', { name });
  return t('export.selectionCaseStudy', { number: selection.id, name });
}
