/** Levels a component's own headings can take: one below the heading it sits under. */
export type HeadingLevel = 2 | 3 | 4 | 5;

/** The level for headings inside a section of `level`. */
export const below = (level: HeadingLevel) => (level + 1) as HeadingLevel | 6;
