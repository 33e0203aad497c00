/** The web app manifest, built for the base path the site is served from. */

export interface ManifestIcon {
  src: string;
  sizes: string;
  type: string;
  purpose?: 'any' | 'maskable';
}

export const ICON_SIZES = [192, 512] as const;
export const MASKABLE_SIZES = [192, 512] as const;
export const THEME_COLOUR = '#0b5c8a';
export const BACKGROUND_COLOUR = '#fbfaf7';

export function iconFiles(): { file: string; size: number; maskable: boolean }[] {
  return [
    ...ICON_SIZES.map((size) => ({ file: `icons/icon-${size}.png`, size, maskable: false })),
    ...MASKABLE_SIZES.map((size) => ({ file: `icons/maskable-${size}.png`, size, maskable: true })),
    { file: 'icons/apple-touch-icon.png', size: 180, maskable: false },
  ];
}

export function webManifest(base: string) {
  const root = base.endsWith('/') ? base : `${base}/`;
  const icons: ManifestIcon[] = iconFiles()
    .filter((icon) => !icon.file.includes('apple'))
    .map((icon) => ({
      src: `${root}${icon.file}`,
      sizes: `${icon.size}x${icon.size}`,
      type: 'image/png',
      purpose: icon.maskable ? 'maskable' : 'any',
    }));
  return {
    name: 'Markpoint: marketing revision',
    short_name: 'Markpoint',
    description: 'Revise digital and social media marketing offline: lessons, flashcards, misconception quizzes and marked scenarios.',
    lang: 'en-GB',
    id: root,
    start_url: root,
    scope: root,
    display: 'standalone',
    theme_color: THEME_COLOUR,
    background_color: BACKGROUND_COLOUR,
    icons,
  };
}
