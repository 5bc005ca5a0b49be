/**
 * Input the importer refuses as a whole (not a notice, empty, unreadable).
 * The message is one Chinese sentence the user can act on; nothing is saved.
 */
export class ImportError extends Error {
  override name = 'ImportError';
}
