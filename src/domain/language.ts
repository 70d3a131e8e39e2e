/** The interface's languages, and those of the data's `{ fr, en }` texts. French is the reference. */
export type Language = 'fr' | 'en';
