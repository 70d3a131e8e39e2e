import { z } from 'zod';
import { Dataset } from './schema';

/** The published JSON Schema of the dataset format, generated from the runtime schema. */
export function datasetJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(Dataset, { target: 'draft-2020-12', io: 'input' }),
    title: 'Clusters : des initiatives pour l’emploi — dataset',
  };
}
