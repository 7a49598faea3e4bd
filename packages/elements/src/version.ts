/**
 * The package version, carried by every class so that a second copy on a page can name
 * both. A test keeps it equal to package.json's.
 */
export const version = '0.1.0';
