/** The page of an entry: part of the public URL contract. */
export const entryPath = (slug: string) => `/errors/${slug}/`;
