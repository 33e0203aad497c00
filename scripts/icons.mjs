// `npm run icons`: regenerates public/icons/ from src/assets/icon.svg. The PNGs are committed, so a
// build needs no image library; run this only when the artwork or the sizes change.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { THEME_COLOUR, iconFiles } from '../src/lib/offline/manifest.ts';

const source = readFileSync('src/assets/icon.svg');
mkdirSync('public/icons', { recursive: true });
for (const icon of iconFiles()) {
  // A maskable icon keeps its artwork inside the central 80% safe zone, on a full-bleed background.
  const artwork = icon.maskable ? Math.round(icon.size * 0.7) : icon.size;
  const image = await sharp(source).resize(artwork, artwork).png().toBuffer();
  const padding = Math.floor((icon.size - artwork) / 2);
  await sharp({ create: { width: icon.size, height: icon.size, channels: 4, background: icon.maskable ? THEME_COLOUR : { r: 0, g: 0, b: 0, alpha: 0 } } })
    .composite([{ input: image, top: padding, left: padding }])
    .png()
    .toFile(join('public', icon.file));
  console.log(`public/${icon.file}`);
}
