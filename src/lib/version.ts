/** The app version written into backups and results codes (a test keeps it equal to package.json). */
export const APP_VERSION = '0.1.0';
