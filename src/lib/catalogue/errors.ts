/** A catalogue that cannot be published; its message names each bad file and field. */
export class CatalogueError extends Error {
  override name = 'CatalogueError';
}
