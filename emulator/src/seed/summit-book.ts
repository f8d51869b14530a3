import { seededRandom } from "../ids.js";

/**
 * How many tickets each of Summit's connected merchants holds, by index
 * (0 = Atlas Outfitters, 1 = Summit Merchant 001 …). Fixed, whatever the
 * random seed, so the README can name the accounts and the tests count them:
 * about a quarter hold none, most 1–30, a few dozens to about a hundred, and
 * three hold hundreds. The tickets' contents come from the seed's own PRNG.
 */
/** The three merchants with hundreds of tickets: index → count. */
export const heavyMerchants: ReadonlyMap<number, number> = new Map([
  [37, 580],
  [112, 360],
  [173, 220],
]);

/** Summit Merchant 001: the bench gives it its own 100 tickets, so it holds none in the seed. */
export const benchSmallMerchantIndex = 1;

const emptyShare = 0.25;
const mediumShare = 0.05;

export function summitBookCounts(connectedCount: number, atlasCount: number): number[] {
  const random = seededRandom(0x5017);
  return Array.from({ length: connectedCount }, (_, index) => {
    const roll = random();
    const size = random();
    if (index === 0) return atlasCount;
    if (index === benchSmallMerchantIndex) return 0;
    const heavy = heavyMerchants.get(index);
    if (heavy !== undefined) return heavy;
    if (roll < emptyShare) return 0;
    if (roll < emptyShare + mediumShare) return 31 + Math.floor(size * 90);
    // Skewed towards a handful: most merchants rarely write to support.
    return 1 + Math.floor(size * size * 30);
  });
}
