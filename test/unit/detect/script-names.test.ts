/**
 * Coins written in Chinese, Japanese, Korean, Russian, Ukrainian, Bulgarian, Arabic, Hindi and Thai (tables/name-aliases.ts,
 * scan/script-name.ts). Sentences we wrote ourselves.
 */
import { describe, expect, it } from 'vitest';
import { UNREAD_EVIDENCE } from '../../../lib/detect/scan/name-candidate';
import { LONGEST_SCRIPT_NAME } from '../../../lib/detect/scan/script-name';
import { SCRIPT_NAMES } from '../../../lib/detect/tables/name-aliases';
import { detectText, lexicon } from './detect-text';

/** Each mention as "coin-id:written text", in text order. */
const found = (text: string): string[] => detectText(text).map((m) => `${m.coinId}:${text.slice(m.start, m.end)}`);

// [rule, text, mentions in order]
const CASES: [string, string, string[]][] = [
  ['a Han name stands anywhere in a run of Han letters', '比特币价格周二上涨5%，以太坊和莱特币跟涨。', ['bitcoin:比特币', 'ethereum:以太坊', 'litecoin:莱特币']],
  ['the longest Han name wins', '比特币现金分叉后，比特币仍然领先。', ['bitcoin-cash:比特币现金', 'bitcoin:比特币']],
  ['traditional characters', '比特幣與以太幣同步下跌。', ['bitcoin:比特幣', 'ethereum:以太幣']],
  ['a Latin ticker glued after a Han name is a mention of its own', '比特币BTC今日走强。', ['bitcoin:比特币', 'bitcoin:BTC']],
  ['a katakana name before a particle or a Han letter', 'ビットコインの価格が上がり、イーサリアム価格も続いた。', ['bitcoin:ビットコイン', 'ethereum:イーサリアム']],
  ['a katakana name inside a longer katakana word is not it', 'ビットコインキャッシュが急騰した。', ['bitcoin-cash:ビットコインキャッシュ']],
  ['the middle dot separates katakana names', 'ビットコイン・イーサリアム・ソラナが上昇した。', ['bitcoin:ビットコイン', 'ethereum:イーサリアム', 'solana:ソラナ']],
  ['a Hangul name at the start of a word, particle after it', '비트코인은 3% 올랐고 이더리움도 상승했다.', ['bitcoin:비트코인', 'ethereum:이더리움']],
  ['a short Hangul name takes a particle', '솔라나는 발행량을 늘렸고 모네로의 거래량도 늘었다.', ['solana:솔라나', 'monero:모네로']],
  ['a short Hangul name inside a longer word is not it', '휴대폰 테더링 요금이 올랐다. 메가트론은 영화 속 악당이다. 모네로빌 마을.', []],
  ['a long name stands anywhere in its word', '친비트코인 행보가 이어지고, 彼はアンチビットコイン派だ。', ['bitcoin:비트코인', 'bitcoin:ビットコイン']],
  ['a short katakana name opening a compound counts among coins', 'ビットコイン、イーサリアム、ライトコインが上昇、ソラナチェーン上のミームコインが増え、モネロマイニングも続く。', ['bitcoin:ビットコイン', 'ethereum:イーサリアム', 'litecoin:ライトコイン', 'solana:ソラナ', 'monero:モネロ']],
  ['a short katakana name opening a compound alone is another word', 'ソラナビーチの夕日は美しい。トロントの冬は寒い。', []],
  ['a katakana name before 社 is the firm', 'ビットコイン、イーサリアム、ソラナが上昇する中、リップル社は和解を発表した。', ['bitcoin:ビットコイン', 'ethereum:イーサリアム', 'solana:ソラナ']],
  ['a Han name before 社区 is still the coin', '比特币社区对此反应强烈。', ['bitcoin:比特币']],
  ['the longest name wins inside a compound', '包装比特币（WBTC）的供应量创新高，ラップドビットコインも増えた。', ['wrapped-bitcoin:包装比特币', 'wrapped-bitcoin:WBTC', 'wrapped-bitcoin:ラップドビットコイン']],
  ['a Cyrillic name whose ending replaces its last vowel', 'Инвесторы переводят средства из эфириума в солану. С соланой связано многое.', ['ethereum:эфириума', 'solana:солану', 'solana:соланой']],
  ['two-character Han names that are also words count only among coins', '新一波卡车司机罢工。实验测量了电磁波场的强度。', []],
  ['a chain-link fence and collectors\u2019 world coins', '庭にチェーンリンクフェンスを設置した。ワールドコインの収集が趣味だ。', []],
  ['a Cyrillic name with its case ending is the whole word', 'Курс биткоина упал, а эфириум вырос на 4%. Биткоином платят редко.', ['bitcoin:биткоина', 'ethereum:эфириум', 'bitcoin:Биткоином']],
  ['Ukrainian', 'Біткоїн подешевшав, курс біткоїну опустився нижче $60 000.', ['bitcoin:Біткоїн', 'bitcoin:біткоїну']],
  ['a Cyrillic name in capitals opening a sentence, and with a hyphen after it', 'Биткоин-сообщество спорит. Солана выросла.', ['bitcoin:Биткоин', 'solana:Солана']],
  ['a throne and a broadcast stay words', 'Король взошёл на трон, а вечерний эфир начался в восемь.', []],
  ['a longer Cyrillic word that begins with a name is another word', 'Солановый соус к мясу подают холодным.', []],
  ['a long katakana name may open a compound', 'ビットコインウォレットを作った。', ['bitcoin:ビットコイン']],
  ['a Hangul name after a dot glued to the sentence before', '반토막 났다.비트코인을 제외한 나머지도 내렸다.', ['bitcoin:비트코인']],
  ['the words before a bracket in a caseless script are not one name', '비트코인 역시 미국 소비자물가지수(CPI) 발표를 앞두고 있다.', ['bitcoin:비트코인']],
  // names that are ordinary words too count only on a page that names three coins
  ['a polka-dot dress is no coin', 'ポルカドットのワンピースが人気だ。リップル電流を抑える回路も紹介する。', []],
  ['on a page of coins, the ordinary-word name is the coin', 'ビットコイン、イーサリアム、ソラナが上昇し、リップルも5%上げた。', ['bitcoin:ビットコイン', 'ethereum:イーサリアム', 'solana:ソラナ', 'ripple:リップル']],
  ['a reply to a post is no coin', '리플이 달렸다. 도지는 병이 다시 도진다는 뜻이다.', []],
  ['on a page of coins, 리플 and 에이다 are coins', '비트코인, 이더리움, 솔라나가 올랐고 리플은 4%, 에이다는 2% 상승했다.', ['bitcoin:비트코인', 'ethereum:이더리움', 'solana:솔라나', 'ripple:리플', 'cardano:에이다']],
  ['a broadcast is no coin', 'Прямой эфир начнётся в восемь.', []],
  ['on a page of coins, эфир is ether', 'Биткоин, солана и лайткоин выросли, эфир подорожал на 3%.', ['bitcoin:Биткоин', 'solana:солана', 'litecoin:лайткоин', 'ethereum:эфир']],
  ['an Arabic name inside the word its article and conjunction are glued to', 'ارتفع سعر البيتكوين بنسبة 5%، وتراجع الإيثريوم.', ['bitcoin:بيتكوين', 'ethereum:إيثريوم']],
  ['a Latin ticker glued before a Chinese, Japanese or Korean price move with its figure', '今天BTC跌破6万美元，ETH上涨5%。SOLが急騰し200ドルを回復。XRP가 급등해 3달러를 넘었다.', ['bitcoin:BTC', 'ethereum:ETH', 'solana:SOL', 'ripple:XRP']],
  ['an acronym before a move word without a coin stays an acronym', 'AI概念股上涨3%，她在苏黎世联邦理工学院ETH读博士。', []],
  ['a fork written as two words', '비트코인 캐시 가격이 15% 뛰었고 이더리움 클래식도 올랐다. Биткоин-кэш отстаёт. 比特币SV下跌。', ['bitcoin-cash:비트코인 캐시', 'ethereum-classic:이더리움 클래식', 'bitcoin-cash:Биткоин-кэш', 'bitcoin-cash-sv:比特币SV']],
  ['a name that ends its line, then a space', '価格はイーサリアム \n次の行', ['ethereum:イーサリアム']],
  ['a ticker in full-width letters', 'ＢＴＣは1000万円を回復、ＥＴＨも上昇した。ＡＢＣＤＥＦ指数。', ['bitcoin:ＢＴＣ', 'ethereum:ＥＴＨ']],
  ['Latin words with accents are untouched', 'Bitcoin fiel in Zürich um 3 %, Ether stieg.', ['bitcoin:Bitcoin', 'ethereum:Ether']],
  ['Arabic spellings the press uses: a spaced Doge coin, Ethereum without the hamza', 'أصبحت دوج كوين رابع أكبر عملة بعد البيتكوين والايثيريوم', ['dogecoin:دوج كوين', 'bitcoin:بيتكوين', 'ethereum:ايثيريوم']],
  ['NEM in katakana counts where the page names three coins', 'ビットコイン、イーサリアム、リップル(XRP)、ネム(XEM)の順。', ['bitcoin:ビットコイン', 'ethereum:イーサリアム', 'ripple:リップル', 'ripple:XRP', 'nem:ネム', 'nem:XEM']],
  ['a regulator glossed by its acronym in Korean is no coin', '이더리움은 미 증권거래위원회(SEC)의 결정을 기다렸다.', ['ethereum:이더리움']],
  ['two capitalised Cyrillic words at a sentence start are a person: Javier Solana', 'Хавьер Солана заявил, что НАТО должно расшириться.', []],
  ['more Arabic spellings the press uses (Ripple, Ethereum with hamza above; Cardano on a page of three coins)', 'انخفضت عملة الريبل بينما ارتفع البيتكوين و أيثريوم وكاردانو', ['ripple:ريبل', 'bitcoin:بيتكوين', 'ethereum:أيثريوم', 'cardano:كاردانو']],
  ['Bulgarian: a definite article after the name, Ethereum as Bulgarian spells it', 'Миналата година биткойнът е бил по-скъп, а етереум падна.', ['bitcoin:биткойнът', 'ethereum:етереум']],
  ['Bulgarian Dogecoin and Ripple, declined', 'Почитателите на доуджкойна отбелязват ръст, а рипълът - с над 10% до 1,27 долара.', ['dogecoin:доуджкойна', 'ripple:рипълът']],
  // Devanagari and Thai: their vowel signs are marks, which the tokenizer keeps inside the word.
  ['Hindi names, their vowel signs inside the word', 'बिटकॉइन की कीमत गिरी, सोलाना और डॉगकॉइन भी नीचे आए।', ['bitcoin:बिटकॉइन', 'solana:सोलाना', 'dogecoin:डॉगकॉइन']],
  ['a Thai name stands anywhere in its run of letters', 'ราคาบิตคอยน์เริ่มปรับตัวขึ้น และอีเธอเรียมก็ตามมา', ['bitcoin:บิตคอยน์', 'ethereum:อีเธอเรียม']],
  ['Hindi ether alone is an ordinary word off a page of coins: Ethernet', 'ईथरनेट केबल से कंप्यूटर जोड़ें।', []],
  ['Monacoin in katakana', 'モナコインが急騰した。モナーコインは日本発祥だ。', ['monacoin:モナコイン', 'monacoin:モナーコイン']],
  ['a vowel sign after a Hindi name belongs to its span (the review\u2019s case)', 'बिटकॉइनों में निवेश बढ़ा, बिटकॉइन की कीमत भी।', ['bitcoin:बिटकॉइनों', 'bitcoin:बिटकॉइन']],
  ['a virama after a Hindi name starts the next letter: the span stops before it', 'बिटकॉइन्स की कीमत बढ़ी।', ['bitcoin:बिटकॉइन']],
  ['"triple" in Hindi and Thai holds no ripple; a Thai fork name is the fork', 'XRP ट्रिपल डिजिट तक जा सकता है। XRP อาจทำกำไรทริปเปิลดิจิท บิตคอยน์แคช พุ่ง 10%', ['ripple:XRP', 'ripple:XRP', 'bitcoin-cash:บิตคอยน์แคช']],
];

describe('coins in the reader\u2019s script', () => {
  for (const [rule, text, mentions] of CASES) it(rule, () => expect(found(text)).toEqual(mentions));

  it('a script name carries the shared evidence of a distinctive name: frozen, every fact false', () => {
    expect(Object.isFrozen(UNREAD_EVIDENCE)).toBe(true);
    expect(Object.values(UNREAD_EVIDENCE).every((fact) => fact === false)).toBe(true);
  });

  it('every row names a coin the per-tab lexicon holds, and no name twice', () => {
    const names = SCRIPT_NAMES.flatMap(([, ...written]) => written.filter((name) => name !== ''));
    expect(new Set(names).size).toBe(names.length);
    // The longest name of one word (two-word names, "비트코인 캐시", are looked up whole).
    expect(Math.max(...names.filter((name) => !/[\s\-A-Z]/.test(name)).map((name) => name.length))).toBe(LONGEST_SCRIPT_NAME);
    for (const [id] of SCRIPT_NAMES) expect(lexicon.coins.has(id as string), id).toBe(true);
    // Cyrillic names are matched against the word in lower case.
    for (const name of names) if (/\p{Script=Cyrillic}/u.test(name)) expect(name).toBe(name.toLowerCase());
  });
});
