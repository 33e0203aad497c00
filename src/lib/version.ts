/**
 * The app version written into backups and results codes. Read from package.json, so a release
 * bumps one number; Vite's named JSON import ships only this field to the browser.
 */
import { version } from '../../package.json';

export const APP_VERSION: string = version;
