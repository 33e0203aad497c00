export declare const SYSTEM_CHROMIUM: string;
export declare const CHROMIUM_FLAGS: string[];
export declare function findBrowser(): string | null;
export declare function ensureBrowser(): string | null;
