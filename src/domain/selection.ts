/** The one thing the user is reading about: a cluster, an initiative or a case study (by its number). */
export type Selection =
  | { readonly kind: 'cluster'; readonly id: string }
  | { readonly kind: 'initiative'; readonly id: string }
  | { readonly kind: 'case-study'; readonly id: string };
