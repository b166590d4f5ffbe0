/**
 * Namesakes (issue 12, FP audit families 1–3): coins named after an animal, a cartoon, a film or a
 * technical term, and a coin named after crypto's own fee unit. Sentences we wrote ourselves.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectDocument, parseLongTail } from '../../../lib/detect';
import { NAMESAKE_NAMES, UNIT_NAMED_COINS } from '../../../lib/detect/tables/namesakes';
import { lexicon } from './detect-text';

const longTail = parseLongTail(JSON.parse(readFileSync(new URL('../../../public/data/coins-long-tail.json', import.meta.url), 'utf8')));
const ids = (text: string, date?: string): string[] => [...new Set(detectDocument(text, lexicon, longTail, date ? { date } : {}).map((m) => m.coinId))];

// [rule, text, ids that must be found, ids that must not]
const CASES: [string, string, string[], string[]][] = [
  // namesake names need page evidence
  ['a zoo story names the hippo, not the coin', 'Keepers say Moo Deng drew record crowds on Sunday, and Moo Deng slept through most of it.', [], ['moo-deng']],
  ['a breed page names the dog', 'The Shiba Inu is a loyal breed that sheds twice a year.', [], ['shiba-inu']],
  ['a film page names the film', 'Tron: Ares opened to thin crowds, and the Tron franchise may rest for a decade.', [], ['tron']],
  ['an options page names the Greek', 'Delta, Gamma, Theta and Vega measure how an option price reacts.', [], ['theta-token']],
  ['a cartoon page names the frog', 'Pepe was first drawn in a comic in 2005. Pepe later spread across forums.', [], ['pepe']],
  ['a pet story names the squirrel', 'Peanut the Squirrel, a beloved pet with a large following, was seized by officials.', [], ['peanut-the-squirrel']],
  ['listed with coins, a namesake is the coin', 'Dogecoin, Shiba Inu, Pepe and Tron fell this week.', ['dogecoin', 'shiba-inu', 'pepe', 'tron'], []],
  ['its own ticker on the page makes it the coin', 'Tron (TRX) rose 6%. Tron has since added a stablecoin.', ['tron'], []],
  ['a crypto noun after it makes it the coin', 'The Shiba Inu price slid after the burn report.', ['shiba-inu'], []],
  ['a page dense with coins makes it the coin mid-sentence', 'BTC, ETH and SOL fell, and even Floki gave back its gains.', ['floki'], []],
  ['a move in brackets after the name makes it the coin', 'Losers: Chainlink (4.89%), Zcash (4.74%), and Tron (3.74%).', ['tron'], []],
  ['a year in brackets is the film', 'The original Tron (1982) became a cult classic.', [], ['tron']],
  ['a space page names the probe', "NASA's Juno spacecraft captured Io; the Juno mission ends next year.", [], ['juno-network']],
  ['a breed page names the Akita', 'The Akita Inu is a large, loyal breed from northern Japan.', [], ['akita-inu']],
  ['listed with coins, Juno and Akita Inu are the coins', 'Bitcoin, Ether and Juno rose, while Shiba Inu and Akita Inu fell.', ['bitcoin', 'juno-network', 'shiba-inu', 'akita-inu'], []],
  ['a programming page names the hexadecimal prefix', 'C writes 0x before a hexadecimal number; the second form does not need 0x at all.', [], ['0x']],
  ['0x with its ticker, a price or other coins is the protocol', '0x (ZRX) rose 20%. 0x is a protocol, and ZRX is the token for 0x.', ['0x'], []],
  ['0x listed with coins is the protocol', 'Dogecoin, Waves, 0x and EOS fell this week.', ['0x'], []],
  ['the coin\u2019s own capitals and lower case are judged by context', 'BTC fell 3%. USDD on TRON is live, and tron rose 4% after pepe is up 17%.', ['tron', 'pepe'], []],
  // a sense the name's own words settle holds for the text
  ['the frog named once, every bare Pepe is the frog', 'BTC, ETH and SOL rose. Pepe the frog was drawn in 2005, and later Pepe became a symbol.', ['bitcoin'], ['pepe']],
  ['the settled sense yields to the coin\u2019s own words', 'Pepe the frog is a cartoon. BTC, ETH and SOL rose, and the Pepe meme coin jumped 20%.', ['pepe'], []],
  ['a breed named as a breed keeps its sense', 'Dogecoin, Bitcoin and Ether rose. Kabosu was a Shiba Inu breed champion, and the Shiba Inu lived to 18.', ['dogecoin'], ['shiba-inu']],
  ['a puppy is the animal', 'BTC, ETH and SOL rose. A Shiba Inu puppy sat on the trader\u2019s desk.', ['bitcoin'], ['shiba-inu']],
  ['a coin called a dog of its chain is the coin', 'BTC, ETH and SOL rose. Its makers call Bonk the \u201cfirst Solana dog\u201d of the chain.', ['solana', 'bonk'], []],
  ['an animal word after the name', 'BTC, ETH and SOL rose. Crowds came to see Moo Deng the hippo; later Moo Deng ignored them.', ['bitcoin'], ['moo-deng']],
  ['a puppy-themed coin is still the coin', 'BTC, ETH and SOL rose, and the Shiba Inu puppy coin followed.', ['shiba-inu'], []],
  // a coin named after the fee unit needs its project
  ['gas on an Ethereum page is the fee unit', 'A simple ETH transfer costs 21,000 GAS, and the Gas Limit caps what Ethereum spends.', ['ethereum'], ['gas']],
  ['a shouted glossary heading is the unit too', 'WHAT IS GAS?\nGas is the unit that measures work on Ethereum.', ['ethereum'], ['gas']],
  ['with NEO on the page, GAS is its coin', 'Kraken will list NEO and GAS next week; GAS rose 4% on the news.', ['neo', 'gas'], []],
  ['a price or token noun after GAS is the coin', 'GAS tokens are paid to holders, and GAS at $3.10 held steady.', ['gas'], []],
  ['a strong form of its own is the coin', 'Traders bought $GAS after the airdrop.', ['gas'], []],
  // a given name before a distinctive name makes it a surname, on a page about no other coin
  ['a painter named with her given name, then alone', 'The museum shows the Japanese painter Mirei Kusama this spring. Kusama paints dots, and Kusama still works daily.', [], ['kusama']],
  ['a mathematician named in a biography', 'The formula is named for Lorenzo Cardano, who studied dice. Cardano wrote on chance in 1560.', [], ['cardano']],
  ['with another coin on the page the name stays the coin', 'Polkadot (DOT) and Kusama (KSM) rose. The developer Gavin Wood said Kusama grew faster, and analyst Mira Kusama agreed.', ['polkadot', 'kusama'], []],
  ['a longer proper noun after the name is no surname', 'Inflows into the spot market lifted the Grayscale Bitcoin Trust, and Bitcoin rose.', ['bitcoin'], []],
  ['a title-case headline is no given name and surname', 'Should You Still Buy Bitcoin?\n\nLast spring Bitcoin passed its old high.', ['bitcoin'], []],
  ['a lower-case name is no surname, and a reply handle no sentence word', '@traderjoe Before bitcoin, would you hold paper gold?\nBitcoin is the original.', ['bitcoin'], []],
  ['nor is a capitalised word after another capitalised word', 'Why Everyone Missed Cardano\nThe chain grew, and Cardano kept shipping.', ['cardano'], []],
  ['a word in -ing after a comma is no given name', 'Most coins lost value this year, Including Bitcoin. Bitcoin ended the year lower.', ['bitcoin'], []],
  ['nor is a preposition written with a capital', 'Large caps rose in May; Unlike Cardano, many small coins fell, and Cardano held.', ['cardano'], []],
  ['the page binding the surname’s own coin keeps it the coin', 'Traders watched BTC/USD all year. The market rallied, and analyst Dana Bitcoin-style jokes aside, Lena Kusama said Kusama (KSM) and Kusama both rose.', ['bitcoin', 'kusama'], []],
  ['a capitalised word opening the sentence is no given name', 'The fund bought more. Adding Cardano to the index, it said Cardano had grown.', ['cardano'], []],
  // a page that gives a ticker to a project /coins/list lacks
  ['LeoFinance\u2019s LEO is not UNUS SED LEO', 'Every month the Leofinance community stakes its LEO tokens; I now hold 255 LEO and the LEO Token pays rewards.', [], ['leo-token']],
  ['without the project, LEO tokens are the exchange token', 'Bitfinex burned 30 million LEO tokens this quarter.', ['leo-token'], []],
];

describe('namesakes', () => {
  for (const [rule, text, found, absent] of CASES) {
    it(rule, () => {
      const got = ids(text);
      for (const id of found) expect(got, `${id} in: ${text}`).toContain(id);
      for (const id of absent) expect(got, `${id} not in: ${text}`).not.toContain(id);
    });
  }
});

describe('the namesake tables', () => {
  it('every namesake is a per-tab name that needs context', () => {
    for (const key of NAMESAKE_NAMES) expect(lexicon.byName.get(key)?.[0]?.policy, key).toBe('needs-context');
  });
  it('every unit-named coin and its project are per-tab coins', () => {
    for (const [coinId, project] of UNIT_NAMED_COINS) {
      expect(lexicon.coins.has(coinId), coinId).toBe(true);
      expect(lexicon.coins.has(project), project).toBe(true);
    }
  });
});
