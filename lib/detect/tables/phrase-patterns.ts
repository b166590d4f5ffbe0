/**
 * The phrase rules' regular expressions, kept as data ({ source, flags }) so that they travel
 * with the lexicon like every other table instead of being code in every tab's script
 * (lib/page/README.md, "The tables travel with the lexicon"). Written here as literals, so the
 * compiler and the linter still read them as regular expressions; `lib/detect/text/phrase.ts`
 * compiles each at its first use. A rule whose regex lists words (verbs, nouns) belongs here.
 */
type PatternData = { readonly source: string; readonly flags: string };
const data = (pattern: RegExp): PatternData => ({ source: pattern.source, flags: pattern.flags });

// A ticker inside its acronym's own phrase, read at the ticker's start (sticky, the ticker first, so
// any other ticker fails at its first letters; the words before it by look-behind, those after by
// look-ahead): the university "ETH Zurich", "ETH Library"; "an NEO" (the letters spelled one by one:
// the coin is said as a word) and NASA's "NEO Surveyor"; "the state DOT", "Ohio DOT", "U.S. DOT", "DOT
// Foods" (never "a US DOT ETF", "U.S. DOT holders"); a "CHAIN LINK" fence; "AND HIS BAND" in a shouted
// credit; the disability act's "ADA compliant", "ADA-accessible", "ADA requirements"; a fitness "TRX
// workout"; a hacking "APT group"; the school "ENS Paris"; a patient's "ICP monitoring", "raised ICP";
// a gamer's "KDA ratio"; an electronics "FET transistor"; a mini-stroke's "TIA symptoms", the "TIA-568"
// standard; the "California ARB" (air resources board); the bond market's "MOVE index"; zero knowledge's
// "ZK-rollup", "ZK proofs", "ZK-SNARK"; "a NEO impact", "The ADA requires"; the US government's
// DOGE (2025: "DOGE faces challenges over federal agency cuts", "the new office, known as DOGE"). Case-sensitive: the ticker as written, and the
// phrase as institutions write it. Not "ETH Domain" (also an ENS name's kind).
const ACRONYM_OWN_PHRASE =
  /ETH(?=[ -](?:Z[uü]rich|Library|Bibliothek|Board)\b)|NEO(?= (?:Surveyor|Observations?|Program|Coordination|Segment)\b)|NEO(?<=\b(?:[Aa]|[Ee]very|[Oo]ne) NEO)(?= (?:impacts?|asteroids?|objects?|flybys?|survey|larger|smaller|crossed|passed)\b)|NEO(?<=\b[Aa]n NEO)(?![\w$/-])|DOT(?<=\b(?:[Ss]tate|[Ff]ederal|[Cc]ounty|[Cc]ity|U\.S\.|US|Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming) DOT)(?![\w$/-]| (?:ETFs?|ETPs?|funds?|price|tokens?|coins?|holders|futures|staking)\b)|DOT(?= Foods\b)|LINK(?<=\b(?:CHAIN|Chain|chain)[ -]LINK)|BAND(?<=\b(?:HIS|HER|THEIR) BAND)|ADA(?<=\b[Tt]he ADA)(?= (?:also )?(?:requires?|mandates?|prohibits?|recommends?)\b)|ADA(?<=\b[Uu]nder the ADA)|ADA(?=[ -](?:complian(?:t|ce)|accessib(?:le|ility)|requirements?|standards?|guidelines|regulations|Title|lawsuits?|violations?|ramps?|restrooms?|parking)\b)|TRX(?= (?:Suspension|straps?|workouts?|training|trainers?|class(?:es)?|exercises?)\b)|APT(?= (?:groups?|actors?|attacks?|campaigns?|threats?)\b)|ENS(?=[ -](?:Paris|Lyon|de Lyon|Rennes|PSL|Cachan|Ulm)\b)|ICP(?= (?:monitoring|monitor|values?|waveforms?)\b)|ICP(?<=\b(?:[Rr]aised|[Ee]levated|[Ii]ncreased|[Ii]ntracranial) ICP)|KDA(?= (?:ratios?|stats?|scores?)\b)|FET(?= (?:transistors?|amplifiers?|switch(?:es)?|gates?|drivers?|inputs?|channels?)\b)|TIA(?= (?:symptoms?|patients?|strokes?|episodes?)\b|-\d)|ARB(?<=\bCalifornia ARB)|MOVE(?= [Ii]ndex\b)|ZK(?=[ -](?:[Rr]ollups?|[Pp]roofs?|SNARKs?|STARKs?|EVMs?|[Cc]ircuits?|[Cc]ryptography|[Tt]ech(?:nology)?)\b)|DOGE(?! (?:ETFs?|price|token|coin)\b)(?=[^.\n%$]{0,60}\b(?:(?:[Ff]ederal|[Gg]overnment) (?:agenc(?:y|ies)|workers|employees?|staff|spending|contracts|programs?|jobs)|agencies|USAID|staffers|layoffs)\b)|DOGE(?<=\b(?:office|department|agency|administration|White House|[Ff]ederal (?:workers|employees)|USAID|staffers|[Ll]ayoffs)\b[^.\n%$]{0,60}DOGE)(?! (?:ETFs?|price|token|coin)\b)/uy;

export const PHRASE_PATTERNS = {
  // "ATH rose 11%", "Render rose 2%", "SOL is up 4.5%", "NEAR jumped 7% after …"; "Ripple 6%
  // decrease", "ARB with a 7% drop", "Ripple’s 37% drop" (the figure before its noun), "Shiba Inu
  // at 4.3%." (a change ending its clause; "Helium at 4% concentration" is not one); a market
  // rank or an exchange listing, which only an asset has ("Shiba is now in the top 30", "… has
  // been listed on Coinbase"). Chinese, Japanese and Korean glue the move to the ticker and write
  // its figure after it ("BTC跌破6万", "ETH上涨5%", "SOLが急騰し200ドル", "BTC가 급등해 1억"). Other
  // languages write the move with their own verb and percent word ("Polygon turun 6,8 persen",
  // "Ethereum stieg um 4 Prozent", "Solana cayó un 7%"; not Vietnamese tăng/giảm, which every
  // stock report writes after a ticker: "Cổ phiếu GAS tăng 2,1%"). (A move list that leaves its verb out
  // after its first item, "Litecoin by about 23%, and Ripple by 17%", was read for one session: its
  // look-behind cost 105 KB of compiled code in every tab, for one mention in 6,600 labelled pairs.) A move to a
  // price level counts as one by a percentage ("Ripple also tumbled to $1.12"; never a sum: "fell to $3
  // million in revenue", "lost $50 million to $10 million").
  priceMoveAfter: data(
    /(?:['’]s)?(?:(?:\s+(?:token|price|coin))?(?:\s+(?:was|is|has|had|also))?\s+(?:rose|rises|gained|gains|added|adds|jumped|jumps|slipped|slips|dropped|drops|climbed|climbs|surged|surges|rallied|rallies|soared|soars|plunged|plunges|sank|sinks|lost|loses|tumbled|tumbles|dipped|dips|declined|declines|fell|falls|advanced|up|down|spiked|slid|pumped|pumps|dumped|dumps|crashed|crashes|leaped|leapt|leaps|skyrocketed|rocketed|tanked|shed|naik|turun|melonjak|anjlok|meroket|merosot|menguat|melemah|stieg|steigt|fiel|sank|sinkt|legte|verlor|gewann|kletterte|bondit|chute|recule|progresse|grimpe|subió|cayó|bajó|sube|subiu|caiu|recuou|avançou|disparou|despencou|scende|crolla|guadagna|perde|steeg|stijgt|daalde|daalt|wzrósł|spadł)(?!\w)[^.\n]{0,24}?(?:\d[\d.,]*\s?(?:%|percent|persen|procent|Prozent|por ciento|pour cent|per cento|por cento)|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty) percent|\b(?:to|at|below|above|under|near|towards?)\s+\$(?=\d)(?![\d.,]*\s*(?:[mb]n?\b|million|billion|trillion|thousand)))|(?:\s+with\s+an?)?\s+[+\-−]?\d[\d.,]*\s?(?:%|percent)\s+(?:decrease|increase|drop|gain|rise|fall|decline|jump|surge|plunge|loss|rally|slump)\b|\s+(?:at|with)\s+[+\-−]?\$?\d[\d.,]*\s?(?:%|percent)(?=\s*(?:[.,;:!?)]|$|\s(?:and|while|in|on|over|since|today|this)\b))|(?:\s+(?:is|was|has been))?(?:\s+now)?\s+(?:in|into|entered|broke into)\s+the\s+top\s+\d+\b|\s+(?:has been|had been|was|got|gets|is|will be)\s+list(?:ed)\s+on\s+(?:Coinbase|Binance|Kraken|Robinhood|OKX|Bybit|KuCoin|Upbit|Bithumb|Gemini)\b|\s?(?:价格|價格|価格|가격|시세|[上下]涨|上漲|下跌|[暴大][涨漲跌]|[跌突]破|[涨漲跌]|が?(?:上昇|下落|急騰|急落|高騰|暴落)|[이가은는]? ?(?:급등|급락|상승|하락))[^\n。]{0,12}?\d)/iy,
  ),
  // "Render jumped on the news", "Helium slid": a market verb straight after, no figure.
  priceVerbAfter: data(
    /(?:['’]s)?(?:\s+(?:token|price|coin))?\s+(?:rose|gained|jumped|slipped|dropped|climbed|surged|rallied|soared|plunged|sank|tumbled|dipped|declined|fell|advanced|spiked|slid|rebounded|outperformed|underperformed)\b/iy,
  ),
  // "Render, Akash and Bittensor": what may stand between two neighbours in a list; also the next
  // item's marker of a bulleted or numbered list ("- Balancer⏎- Curve", "3. Zcash (ZEC)⏎4. Dash"),
  // never a bare line break ("… on Bitcoin⏎Near the close" is a new paragraph). Chinese and Japanese
  // write the enumeration comma and "and" with no space ("DOGEやTRUMP", "BTC、ETH和SOL"). Other languages'
  // "and" and "or" join a list as English's do ("Litecoin, XRP und Dash", "ADA e SOL", "BTC i ETH").
  listGap: data(/^(?:\s*[,&/、，・]\s*(?:and\s+|or\s+)?|[やと和与及]|\s+(?:and|or|vs\.?|versus|&|und|oder|et|ou|y|o|e|en|och|og|eller|ve|veya|và|dan|atau|oraz|lub|i|a|și|sau)\s+|[ \t]*\n[ \t]*(?:[-•*▪·]|\d{1,2}[.)])[ \t]+)$/),
  // context.ts isListGap: "Tezos⏎232 million⏎Waves⏎16 million": after a row's name alone on its line in
  // a table scraped to lines, one to three lines that hold only an amount ("11 million", "$79.4M",
  // "4.2%", "100,000 ETH"), up to the next line's start or the text's end; a time ("3:45", a track
  // list), a distance ("57.9 million km", planets) or any other word is no amount. The amounts may
  // stand on the name's own line too, as a ticker tape prints its rows ("BTC 0.59%⏎ETH 0.23%⏎SOL 2.81%").
  rowAmountsAfter: data(/[ \t]*(?:[\n \t][ \t]*[~≈$€£+\-−]?\d[\d.,]*(?:[ \t]?(?:[kKmMbB]|mn|mln|bn|million|billion|thousand))?(?:[ \t]?(?:%|USD|\$|ETH|BTC))?[ \t]*){1,3}(?:\n[ \t]*|$)/y),
  // "ONE tokens", "NOT token": the ticker names a token outright; so do the Chinese, Japanese and
  // Korean nouns glued after it ("RED代幣", "SOL币", "ARBトークン", "WLD토큰").
  tokenNounAfter: data(/(?:['’]s)?\s(?:tokens?|coins?)\b|\s?(?:代[币幣]|[币幣]|トークン|コイン|토큰|코인)/iy),
  // "Mantra is the native cryptocurrency of …", "Helium is a decentralized wireless network";
  // an appositive that says the same ("Camelot, the Arbitrum-native DEX", "Treasure, the gaming
  // ecosystem on Arbitrum").
  // verdicts.ts: the same for a lower-case name, by the coin's own nouns only ("serum, the cryptocurrency
  // of the exchange"; never "the movement, a bridge between generations", "the flow, a token amount").
  // verdicts.ts: a long-tail name hint in capitals only ("ASPECTA", "ATTENTION").
  shoutedHint: data(/^[A-Z][A-Z0-9]{3,}$/),
  lowerDefinitionAfter: data(/,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:cryptocurrency|stablecoin|memecoin|altcoin|(?:native|governance|utility) token)\b/iy),
  definitionAfter: data(
    /(?:(?:['’]s)?\s+(?:is|was|remains)|,)\s+(?:the|a|an)\s+(?:[\p{L}()-]+\s+){0,3}?(?:cryptocurrency|token|coin|blockchain|stablecoin|memecoin|altcoin|protocol|layer[- ](?:1|2|one|two)|dex|ecosystem|marketplace|aggregator|bridge)\b/iuy,
  ),
  // "ATH, the all-time high", "ATH (all-time high)", "ATH, or all-time high": up to five words.
  appositiveAfter: data(/(?:,\s+(?:the\s+|an?\s+|or\s+|i\.e\.\s+)?|\s+\()((?:[\p{L}-]+\s+){0,4}[\p{L}-]+)/uy),
  // "RUNE (THORChain)", "GT (Gate.io)", "ONE (Harmony)": a capitalised name glossing the ticker.
  glossAfter: data(/\s?\(\p{Lu}[\p{L}\p{N}.]*(?:[ -][\p{Lu}\p{N}][\p{L}\p{N}.]*){0,3}\)/uy),
  // The detection rules' phrases (lib/detect/scan/*; what each is for is said where it is used).
  // defined-names.ts: ", a … coin": an appositive that defines the name before the comma as one.
  definedAppositive: data(
    /(?:a|an|the) (?:[\p{L}\p{N}-]+ ){0,3}?(?:coin|token|cryptocurrency|memecoin|stablecoin|altcoin)(?= ?(?:[,.;:)\n]|of\b|on\b|that\b|which\b|built\b|launched\b|issued\b|from\b|by\b|$))/uy,
  ),
  definedNameBefore: data(/(?<![\p{L}\p{N}$#@.'’-])(\p{Lu}[\p{Ll}\p{N}]+(?: \p{Lu}[\p{L}\p{N}]+)?)$/u),
  // listed-tickers.ts: the joints of a list, after and before an item.
  // verdicts.ts: a list's joint or a line's list marker right before a lower-case name ("bitcoin, jupiter", "2. jupiter").
  listItemBefore: data(/(?:[,&/][ \t]*(?:(?:and|or)[ \t]+)?|[ \t](?:and|or|&)[ \t]+|(?:^|\n)[ \t]*(?:[-•*▪·]|\d{1,2}[.)])[ \t]+)$/),
  listGapAfter: data(/(?:[ \t]*,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or|&)[ \t]+)/y),
  listGapBefore: data(/(?:[ \t]*,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or|&)[ \t]+)$/),
  // name-senses.ts: ", the CEO of …"; "Pepe the frog"; "Polygon-powered".
  // Never a relative clause: "Bitcoin, the creator of which, Satoshi …" says whose creator, not who.
  appositiveHead: data(/,\s+(?:(?:the|a|an|its|his|her|their)\s+)?([\p{L}-]+)\b(?!['’]| of (?:which|whom)\b)/uy),
  // "Pepe the frog", "the pepe meme, which …", "the Bonk Guy", "Bitcoin Jesus" (a person's nickname): a
  // character, for the whole page, and so is the breed named as a breed ("a Shiba Inu breed champion"). A
  // dog of the breed is the breed for that mention only (breedAfter).
  // (a bare "dog" after a name is the coin's kind: "the first Solana dog"). A beach's or a county's own
  // word makes the name the place ("Solana Beach").
  characterAfter: data(/ (?:the (?:frog|dog|cat|cartoon|character|mascot|hippo|squirrel)\b|(?:breed|hippo|pygmy hippo|guy|gal|girl|bro|dude|jesus|beach|county)\b(?![- ](?:coins?|tokens?|themed|inspired)\b)|memes?(?=[,.;:!?)]| (?:which|that|who|featuring|features|of)\b))/iy),
  // verdicts.ts: "a picture of a Shiba Inu dog", "owns a Shiba Inu dog named Floki", "Elon Musk’s Shiba Inu
  // puppy" (never "Shiba Inu puppy coin"): a name that needs
  // context is the breed there, for that mention only (the same page's "Shiba Inu rose" stays the coin;
  // characterAfter settles the page). "The first Solana dog" keeps its distinctive name. So do the
  // breed's word glued on in other languages ("vom Shiba Inu-Hund") and an appositive ("a Shiba
  // Inu, a Japanese breed"). Two ordinary phrases of crypto writing use a name that needs context
  // the same way: a project's "core team" and a launchpad's "bonding curve".
  breedAfter: data(/ (?:dogs?|pupp(?:y|ies))\b(?![- ](?:coins?|tokens?|themed|inspired)\b)|-(?:Hund|Welpe|hond|perro|chien|cane|cão|pies|pes)\b|, an? (?:\w+ )?(?:dog )?breed\b|(?<=\bcore) (?:team|devs|developers?|contributors|codebase|client|software)\b/iy),
  // … and after the breed's own words: "the popular dog breed Shiba Inu", "a Japanese doggie Shiba Inu",
  // "the dog mascot, Shiba Inu", and the dog in other languages ("perros Shiba Inu", "chú chó shiba inu"
  // (tried at the name's start, read backwards: no slice of the text per name).
  // verdicts.ts: a text's crypto words in Korean, Japanese, Chinese and Russian, which license a gloss in
  // that script read by its ticker alone ("루프네트워크(LOOM) 거래 지원 종료"; never "국제통화기금(IMF)").
  scriptCryptoWord: data(/코인|가상 ?자산|암호 ?화폐|가상 ?화폐|토큰|거래소|거래 ?지원|원화 ?마켓|디지털 ?자산|仮想通貨|暗号資産|暗号通貨|トークン|取引所|代币|代幣|加密|虚拟货币|虛擬貨幣|数字货币|數字貨幣|交易所|上线|上線|下架|криптовалют|токен|бирж/),
  // verdicts.ts: a firm, a fund or a person that carries a coin's name ("Bitcoin Investment Group",
  // "Bitcoin Opportunity Fund", "Solana Ventures", "BitTorrent Inc.", "Solana Company", "Bitcoin Kid",
  // "Bitcoin Jesus"), case as written
  // and never in a title-case headline: "bitcoin holdings", "a Bitcoin fund", "Cardano Partners
  // With Ethiopia", "Bitcoin Holdings", "Bitcoin Capital Gains Tax" stay the coin.
  firmAfter: data(/ (?:(?:[A-Z][a-z]+ )?(?:Group|Ventures)|[A-Z][a-z]+ Fund|IRA|Kid|Jesus|Inc|Corp|Corporation|Ltd|LLC|Company)\b/y),
  // verdicts.ts: a word in capitals beside a name in its coin's own capitals ("JUST IN:", "THE ICON OF A
  // NEW ERA"): the shout, not the coin. Tried at the name's end (the word after) and start (before).
  capsNeighbour: data(/ [A-Z]{2,}\b|(?<=\b[A-Z]{2,} )/y),
  breedBefore: data(/(?<=\b(?:breed|dog|doggie|doggy|puppy|pup|bonding|perros?|chiens?|can[ei]|c[aã]es|c[aã]o|hunde?|hond(?:en)?|psy|pies|chó|anjing|köpek)(?: mascot,?)?\s)/iy),
  // namesakes.ts: "Pepe meme coin", "Tron (3.74%)" (never a year: "Tron (1982)"); a quote after a
  // colon ("Chainlink: low-$5 range", "Tron: $0.31").
  coinWordsAfter: data(/(?: meme[- ]?(?:coins?|tokens?)\b| ?\((?:[+\-−]?\d[\d.,]*\s?%|[+\-−]?\$\d[\d.,]*)\)|: (?:(?:low|mid|high|upper|lower)[- ])?~?\$\d)/iy),
  platformCompoundAfter: data(/-(?:based|powered|native|built|focused|centric|compatible)\b/y),
  // verdicts.ts: "Ripple's price", "Ripple, which has a total market cap"; "a skyrocketing Ripple".
  // "Ripple has retraced", "Ripple has mostly been trading": what only a price does; "the price of Ripple".
  // "Ripple holders", "Ripple enthusiasts", "Ripple bulls": who holds a coin (a firm has shareholders;
  // "Ripple option holders" and "patent holders" hold something else, so no word between);
  // "usurped Ripple as the second-largest cryptocurrency": a coin's rank, where the noun ends the
  // phrase ("… the second-largest cryptocurrency company" is a firm's).
  priceNounAfter: data(/^(?:['’]s)? (?:[–—:-] )?(?:[a-z-]+ )?(?:prices?|(?:in |by )?market cap(?:itali[sz]ation)?|gains|losses|rally|surge|plunge|slump)\b|^ (?:token|coin)s?\b|^ to (?:USDT?|EUR|BTC|the (?:US )?dollar)\b|^ (?:is|was|were) (?:\w+ )?trading (?:at|around|near|above|below|between|in a range|sideways|flat)\b|^ is (?:different from|unlike|similar to) (?:[a-z]+ ){0,2}(?:cryptocurrencies|cryptos|coins|altcoins|digital currencies)\b|^, (?:the|a|an) (?:(?!(?:behind|of|for|that|which|issuing|issuer|company|firm|startup)\b)[\w-]+ ){0,3}?(?:crypto(?:currency)?|coin|altcoin|digital (?:currency|asset))(?=\s*(?:[.,;:!?)]|$)| (?:by|in|after|behind|with|on|at|and|for|of|to|since|until|that|which)\b)|^, which (?:has |had )?(?:peaked|traded|trades|fell|rose|dropped|climbed|surged|slid|plunged|tumbled)\b[^.\n]{0,25}\$\d|^(?:['’]s)? (?:holders|hodlers|bulls|bears|whales|enthusiasts)\b|^ as the (?:[\w-]+ ){0,3}?(?:crypto(?:currency|currencies|s)?|coin|altcoin|digital currency|crypto asset)(?=\s*(?:[.,;:!?)]|$)| (?:by|in|after|behind|with|on|at|and|for|of|to|since|until|that|which)\b)|^, which (?:has|had) a (?:total )?market cap|^ (?:has |had )?(?:\w+ )?(?:retraced|rebounded|break(?:s|ing)? (?:out|above|below|through)|broke (?:out|above|below|through)|been trading (?:in|at|around|between|near|above|below|sideways|flat|range))\b/i),
  // verdicts.ts (on the words before the name, a line break, the words after it): the firm's own words beside a firm's name ("Ripple Labs", "Ripple's CEO", "Ripple
  // announced", "Ripple's digital token" (the firm's, as the labels read it), "Ripple, the San Francisco company", "banks using Ripple", "the CEO of Ripple").
  firmWords: data(/(?:\b(?:runs|ran|leads|heads|founded|co-founded|accuses|accused|charged|fined|(?:agreement|deal|partnership|pilot|talks|working|work|teamed up|collaborating|collaborates|collaborated|signed) with|us(?:e|es|ed|ing)|adopts?|adopted|adopting|partners? with|partnered with|partnering with|sued|suing|against|works? (?:with|at|for)|work(?:ed|ing) (?:with|at|for)|joined|by|based)|\b(?:CEO|CTO|founder|co-?founder|executives?|employees?|head|chief|team|staff|engineers?|board members?|representatives?|directors?) (?:of|at)(?: the)?) $|^(?:['’]s?)? (?:Labs|head|heads|was founded|is based|is headquartered|will (?:host|hire|open|launch|announce|partner|expand|release|sign|settle|appeal|pay|fight|donate)|(?:is|are) (?:reportedly |now |also )?(?:hiring|in talks|working|partnering|teaming|suing|being sued|appealing|expanding|opening)|reportedly|donated|donates|pledged|hires|testified|Inc|co-?founders?|founders?|CEO|CTO|chief|executives?|team|staff|employees|board|president|software|products?|xCurrent|xRapid|xVia|RippleNet|partners?|partnerships?|deals?|announced|said|says|hired|sued|filed|raised|acquired|invested|launched|signed|is hosting|was hosting|hosted|lawsuit|case|settled|offices?|headquarters|announcements?|(?:digital |native |own )?(?:token|coin)|has former|employs|partnered|partners with|teamed|unveiled|released|introduced|opened|expanded|plans|aims|spokes(?:person|man|woman)|representatives?|customers|clients|technology|tech|platform|solutions?|shareholders|stockholders|shares|stock|equity|valuation)\b|^['’]s (?:XRP|NEXO|flagship|stablecoin|RLUSD)\b|^ effects?\b|^(?:, | as )(?:the|a|an) (?:[\w-]+ ){0,3}?(?:company|firm|startup|fintech|provider)\b|^, which (?:raised|hired|employs|is based|was founded|is headquartered)\b/m),
  // verdicts.ts: a bare ticker that names something else: a brand glued by a hyphen ("BTC-Alpha",
  // "BTC-e", exchanges; never "ETH-Based", "BTC-Margined", "SOL-Perp"), a fund in an ETF list, the issuer ending
  // the line ("- BTC by Grayscale (Mini Trust)"; never "buying of BTC by BlackRock clients rose."),
  // the university "ETH Zurich", a firm's sector or legal word ("ZEN Petroleum", "ONE Resources Ltd";
  // never "Energy" or "Limited": "ETH Energy Use Drops 99.9%", "the ETH Limited Edition NFT").
  notCoinAfter: data(
    /-(?!(?:Based|Powered|Native|Built|Led|Backed|Denominated|Margined|Settled|Pegged|Linked|Related|Focused|Centric|Friendly|Only|Like|Style|Sized|Era|Maxi|Perps?|Perpetuals?|Swaps?|Margin|Futures|Options|Spot|Price|Dominance|Holders?|Staking|Treasury|Bitcoin|Ethereum|Solana|Tokens?|Coins?|Kurse?s?|Koers|Preise?|Netzwerk|Netwerk|Blockchain|Wallets?|Community|Ökosystem|Anleger|Investoren|Inhaber|Bestände|Rally|Handel|Transaktionen)\b)\p{Lu}\p{Ll}+\b(?!-)| by (?:Grayscale|BlackRock|Fidelity|Bitwise|VanEck|Invesco|Franklin|WisdomTree|Valkyrie|ARK|Ark|21Shares|Hashdex|ProShares|CoinShares|Galaxy)\b[^\n.,;!?]{0,40}$| Z[uü]rich\b| (?:Petroleum|Oil|Resources|Minerals|Motors|Airlines|Bank|Insurance|Pharma(?:ceuticals)?|Foods|Ltd|Inc|Corp(?:oration)?|PLC|LLC)\b|-e\b/muy,
  ),
  // verdicts.ts: "bought doge", "staking more avax", "my btc", "0.5 btc": a trade, a holder or an
  // amount right before a lower-case ticker makes it the coin in a forum post.
  tradedBefore: data(
    /(?:\b(?:bought|buy|buying|sold|sell|selling|hold|holding|hodl|hodling|stake|staked|staking|stack|stacking|long|longed|longing|short|shorted|shorting|swap|swapped|swapping|accumulate|accumulated|accumulating|dump|dumped|dumping|my|your|his|her|our|their)(?: (?:more|some|all|my|your|his|her|our|their|the|of))*|\d(?:[\d.,]*\d)?[kmb]?) $/i,
  ),
  // verdicts.ts: "Blur’s successful season 2 airdrop", "Harmony’s new mainnet": a possessive whose
  // noun, a few words on, is a crypto project's own.
  possessiveCryptoNoun: data(/['’]s (?:[\w-]+ ){0,3}?(?:airdrops?|tokens?|mainnet|testnet|tvl|treasury|tokenomics|whitepaper|staking|validators|governance)\b/iy),
  moveBefore: data(/\b(?:skyrocketing|soaring|surging|rallying|plunging|tumbling|sliding|slumping|price of|(?:price )?level (?:for|of)|resistance (?:for|of)|price target (?:for|of)) $/i),
  // text/excluded-ranges.ts: "example.com/…": a host's top-level domain right before a slash.
  tldBeforeSlash: data(/\.(?:com|org|net|io|xyz|co|fi|finance|app|ai|gg|me|news|info|exchange)$/i),
  // "SOL $126.60", "SOL: $126", "SOL at $0.42", "SOL$126.60" (a price widget); "ZRO +8.1%", and a
  // gainers line's move in brackets ("KITE (+232.8%) and BARD (+9.3%)"): signed, so "the GDP (3.2%)"
  // or a share of a whole ("SOL (40%)") is none.
  priceAfter: data(/(?:\s?[:=]?\s?|\s+at\s+|\s(?:price|is trading at|trades at)(?: is| at| of)?:?\s?)\$\d/y),
  signedPercentAfter: data(/\s?\(?[+\-−]\d[\d.,]*\s?%/y),
  // listed-tickers.ts: an upper-case ticker shape, cashtag allowed, not glued to a word; at and before.
  tickerAt: data(/\$?([A-Z][A-Z0-9]{1,9})(?![\p{L}\p{N}_-])/uy),
  tickerBefore: data(/(?<![\p{L}\p{N}_$-])\$?([A-Z][A-Z0-9]{1,9})$/u),
  // listed-tickers.ts, exchange notices: an upper-case word joined like a list item to another
  // ("ABC, DEF", "ABC and DEF"; never a pair's quote: "/BIDR, UTK"); a sentence (read from its
  // start) with a listing verb or noun ("will delist", "trading pairs", "deposits of") before it ends,
  // or that names its run as coins ("cryptocurrencies including DONKEY and TROLL", "tokens like …").
  // Or a lone ticker right after a listing verb, captured empty ("will delist ABC on …"); asked
  // after the ticker, so the search still skips to capitals (a look-behind first costs ~4× the time).
  tickerPair: data(/\b(?<![/-])[A-Z][A-Z0-9]{1,9}(?=(?:[ \t]*,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or|&)[ \t]+)\$?[A-Z][A-Z0-9]{1,9}\b|()(?<=\b(?:de-?)?list(?:s|ed|ing)?[ \t][A-Z][A-Z0-9]{1,9})\b(?![/-]))/g),
  noticeSentence: data(/^[^.!?\n]*?\b(?:(?:de-?)?list(?:s|ed|ings?)?|remov(?:e[sd]?|ing|al)|suspen(?:ds?|ded|ding|sion)|halt(?:s|ed|ing)?|support(?:s|ed|ing)?|add(?:s|ed|ing)?|pairs|deposits?|withdraw(?:s|n|ing|als?)?|spot|perpetuals?|margin|futures|(?:crypto(?:currencie)?s|tokens|coins|memecoins|altcoins) (?:including|like|such as))\b/i),
  // priced-tickers.ts: an upper-case word of three to ten characters, glued to no letter, digit or "_$.-/".
  pricedTicker: data(/(?<![\w$.\-/])[A-Z][A-Z0-9]{2,9}(?![\w$.\-/])/g),
  // name-senses.ts: "GMT+8", "UTC-5".
  zoneOffsetAfter: data(/[+\-−]\d{1,2}(?::\d\d)?(?![\d%]|[.,]\d)/y),
  // widget-lines.ts: a line that is one lower-case identifier ("usd-coin"); a widget's quote line ("$23.84 USD", "-4.36%").
  identifierLine: data(/^[ \t]*([a-z][a-z0-9.-]{1,39})[ \t]*$/),
  quoteLine: data(/^[ \t]*(?:\$[ \t]?\d|[+\-−]?\d[\d.,]*[ \t]?%[ \t]*$)/),
  // noun-tickers.ts, before "token": "its SPK token", "calls JST a ‘next 100x token’"; after it:
  // "governance token, BOND"; "Spark’s SPK": the name before the possessive, the ticker after.
  // Two letters only right before it ("the OP token"), never through "is a" ("IT is a token").
  // Also an appositive: "MOON, the social token of r/CryptoCurrency", "ONE, the native token".
  tokenTickerBefore: data(/(?<![\w$.\-/])([A-Z][A-Z0-9]{1,9})(?:(?:['’]s)? |(?<=[A-Z0-9]{3}) (?:[a-z]+ed )?(?:as|is|was|a|an)\b[^.!?:;\n]{0,30}|(?<=[A-Z0-9]{3}), (?:the|a|an|its) (?:[a-z-]+ ){0,3})$/),
  // Also a bracket or a symbol field: "the token (MOONs)", "Token Symbol: MOON" (a plural in the bracket).
  tokenTickerAfter: data(/s?(?:,? | \(| Symbol:? ?)([A-Z][A-Z0-9]{2,9})(?:(?<=\(\w+)s(?=\)))?(?![\w$\-/])/y),
  // noun-tickers.ts, after a ticker of three characters or more: "MOON is a cryptocurrency closely linked to …", "DEGEN, a memecoin
  // launched on …": the sentence defines it as a coin. The noun must end the phrase or lead a clause
  // about the coin (a preposition, a relative pronoun, a participle, an adverb): "OKX is a
  // cryptocurrency exchange", "a coin issuer", "a cryptocurrency-friendly bank" name a business.
  definedTickerAfter: data(
    /(?<=[A-Z0-9]{3})(?:,| (?:is|was)) (?:a|an|the) (?:[a-z]+ ){0,3}?(?:cryptocurrency|cryptoasset|digital currency|coin|memecoin|altcoin|stablecoin)(?=[ \t]*(?:[.,;:!?)\n—–]|$)| (?:that|which|whose|of|on|for|from|by|with|in|to|built|native|and|or|[a-z]+ed|(?!(?:family|supply|rally|ally|assembly|anomaly|monopoly)\b)[a-z]+ly)\b)/y,
  ),
  possessiveName: data(/(?<![\w.])((?:[A-Z][\w.]* ){0,2}[A-Z][\w.]+)$/),
  possessiveTicker: data(/['’]s ([A-Z][A-Z0-9]{2,9})(?![\w$\-/])/y),
  // verdicts.ts: "Assyria and Babylon": a pair joined by a conjunction, the other word alone
  // (not the tail of "Binance Wallet"), before and after the name.
  pairedWordBefore: data(/(?<![\w.’'-]|[A-Z][\w.]* )([A-Z][a-z]{2,}) (?:and|or|&) $/),
  pairedWordAfter: data(/^ (?:and|or|&) ([A-Z][a-z]{2,})(?![\w’'-]| [A-Z])/),
  // forms.ts: a name of up to three capitalised words that a long-tail gloss binds ("Spark").
  boundName: data(/^[A-Z][\w.]+(?: [A-Z][\w.]*){0,2}$/),
  // noun-tickers.ts: "(NYSE: COMP)", "Nasdaq:COIN": a stock exchange's name and a colon right before a
  // ticker; "Compass COMP NYSE 8.59", a quote strip line by line: the exchange and a quote right after it.
  stockExchangeBefore: data(/\b(?:NYSE(?: American| Arca)?|NYSEARCA|NASDAQ|Nasdaq|AMEX|LSE|TSXV?|ASX|HKEX|OTC(?:QX|QB)?|CBOE|Cboe|CSE|XETRA|Xetra|SGX|BATS) ?: ?$/),
  stockExchangeAfter: data(/^\s(?:NYSE|NASDAQ|Nasdaq)\s\$?\d/),
  // verdicts.ts: "Terraform Labs (Terra)", "Ripple Labs (Ripple)", "Tether Holdings Ltd. (Tether)": a firm's name
  // (its last word a firm's: Labs, Inc., Holdings …), then in brackets a name that begins its first word: the
  // bracket gives the firm's short name, not a coin. Read on the 60 characters before the name and its bracket.
  // A firm glossed by its product ("Offchain Labs (Arbitrum)") and a coin glossed by its short name ("Shiba Inu
  // (Shiba)": no firm's word) are not this.
  firmShortName: data(/(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+)[\p{L}\p{N}]*(?: [\p{Lu}\p{N}&][\p{L}\p{N}&.-]*){0,3}? (?:Labs|Inc\.?|Ltd\.?|LLC|Corp\.?|Corporation|Company|Co\.|Holdings|Group|Limited|GmbH|AG|SA|Technologies|Ventures|Foundation|Studios?)(?:,? (?:Inc|Ltd|LLC|Co)\.?)? \(\1\)$/u),
  // verdicts.ts: "lost to the ether", "vanished into the ether": a place the idiom names, at a clause's end.
  idiomPlace: data(/\b(?:in|into|to|from|through|across|out of) the [a-z]+(?:[.,;:!?)\n]|$)$/),
  // namesakes.ts: "artist Yayoi Kusama", "named for Gerolamo Cardano": a capitalised given name right before a
  // coin's name, mid-sentence ("While Bitcoin", "Adding Arbitrum" open a sentence), never a coin's own word,
  // a preposition or a word in -ing ("prices), Including Bitcoin", "coins, Unlike Solana");
  // the word before it wholly lower case and no handle, so a title-case headline ("Should You Buy Bitcoin?")
  // or a reply ("@trader Before …") is no person.
  // Also, wherever it stands (a heading's first words too), a title, or a given name known to go before a
  // coin's name as a person's: "Professor Cardano", "## Girolamo Cardano (1501 - 1576)" (the mathematician).
  givenNameBefore: data(/(?:(?<![\p{L}@#/])\p{Ll}+|[\d,;]) (?!(?:Bitcoin|Ethereum|Native|Staked|Wrapped|Bridged|Liquid|Binance|Coinbase|Kraken|Unlike|Like|Besides?|Despite|Beyond|Amid|Against|Versus|Via|Than|Except|Excluding|Even|Also|Only|Plus|Outside|Inside|Above|Below|Under|Over|Behind|After|Before|Since|Until|Within|Without|Alongside|Toward|Towards|Then|Now|Today|Still|Just|Both|Either|Neither|And|But|Or|So|Meanwhile|However|All|Most|Many|Some|Other|Rival|Fellow|Top|Chinese|Japanese|Korean|Vietnamese|Taiwanese|American|Canadian|Mexican|Brazilian|Argentine|British|English|European|German|French|Swiss|Dutch|Italian|Spanish|Russian|Ukrainian|Polish|Turkish|Indian|Asian|African|Nigerian|Australian|Israeli|Arab|Iranian|Singaporean|Indonesian|Thai|Latin|Western|Eastern|Northern|Southern|Global|Crypto)\b|\p{Lu}\p{Ll}+(?:ing|ly) )\p{Lu}\p{Ll}{2,} $|(?<![\p{L}\p{N}])(?:Professor|Prof|Doctor|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Mayor|Senator|Governor|Judge|Saint|Sir|Lady|Lord|Dame|Girolamo|Gerolamo|Hieronymus|Yayoi|Javier) $/u),
  // namesakes.ts: the given names above after a surname and a comma, as catalogues write a person
  // ("Cardano, Girolamo", "Solana, Javier").
  givenNameAfter: data(/, (?:Girolamo|Gerolamo|Hieronymus|Yayoi|Javier)\b/y),
  // namesakes.ts: a capitalised word or a figure right after a name ("Bitcoin Trust", "Cardano 2.0").
  capitalWordAfter: data(/ [\p{Lu}\d]/uy),
  acronymOwnPhrase: data(ACRONYM_OWN_PHRASE),
  // verdicts.ts: "at 10:00 JST": a clock time before a time zone.
  clockBefore: data(/\d:\d\d(?:\s?[AaPp]\.?[Mm]\.?)? $/),
  // scan/namesakes.ts: an amount or a quantifier before a unit ("500 ", "6.2M ", "less Moons"), and what ends a counted unit ("500 Hive (assuming …", "100 HBD and", "140 HBD.",
  // "6.2M HBD in circulation"): punctuation, a line's end or a small word; never a noun the
  // word qualifies ("12 Hive boxes") or a capitalised word ("10 Hive Tips").
  amountBefore: data(/(?:\d[kKM]?|\b(?:less|fewer|more|many|much|some|few|any|win|won|earn|earns|earned|earning))\s$/),
  countedUnitAfter: data(/(?:[.,;:!?)\]]|[ \t]*(?:\n|$)|[ \t]+(?:\(|(?:and|or|in|into|to|at|for|from|of|on|per|back|each|worth|was|were|is|are|will|would|has|had|have|with|which|that|so|but|as|this|today|now|left|a|the|we|you|he|she|they|it)\b))/y),
  // paren-symbol.ts: a token standard in brackets ("ERC20", "TRC-20", "BEP2", "SPL"): the chain, not a ticker.
  // paren-symbol.ts: "a medium-term hold portfolio (MTH)": a small head noun after the words an acronym
  // spells; never a coin's own noun ("the Open Network token (TON)").
  acronymHeadNoun: data(/^(?!(?:coins?|tokens?|protocol|network|chain|finance|swap|dao|labs?|cash|money|dollar|usd|cryptocurrency|stablecoin|memecoin|altcoin)$)[a-z]{3,}$/),
  // paren-symbol.ts: the last word of a fund's name before its ticker in brackets ("Grayscale Bitcoin Trust (GBTC)").
  fundWord: data(/^(?:Trust|ETFs?|ETPs?|ETNs?|Fund)$/),
  tokenStandard: data(/^(?:(?:ERC|TRC|BEP|BRC|SRC|ARC|HRC|KRC)-?\d{1,4}|SPL)$/),
  // verdicts.ts, noun-tickers.ts: a ticker written as a token standard, tried at its start ("TRC-20
  // USDT", "a TRC token on the TRON network", "BEP tokens"): the standard, not Terracoin.
  tokenStandardAt: data(/(?:(?:ERC|TRC|BEP|BRC|SRC|ARC|HRC|KRC)-?\d{1,4}|(?:ERC|TRC|BEP)\s(?:tokens?|standard)\b)/y),
  // scan-text.ts: "25 LTCs", "100 YFIs", "more ETHs": a ticker in the plural after an amount or a
  // quantifier (amountBefore's), read up to the word's end; the ticker captured. Also after a
  // count of many ("billions of XRPs", "hundreds of BNBs"), a
  // holder's possessive (opening a sentence too) or a holding's adjective ("my ETHs", "My LTCs are
  // staked", "the available DOTs", "staked DOTs"),
  // never a bare article ("the DOTs" may be a state's departments of transportation).
  pluralAfterAmount: data(/(?:\d[kKM]?|\b(?:million|billion|thousand|[MmBb]illions of|[Hh]undreds of|[Dd]ozens of|less|fewer|more|many|much|some|few|any|win|won|earn|earns|earned|earning|[Mm]y|[Yy]our|[Oo]ur|[Tt]heir|[Hh]is|[Hh]er|[Ii]ts|available|staked|unstaked|bonded|locked))\s([A-Z][A-Z0-9]{2,9})s$/),
  // scan-text.ts: "5BTC", "1.2ETH": digits (an inner dot allowed) glued to three to six capitals, the ticker captured.
  gluedAmount: data(/^\d+(?:\.\d+)?([A-Z]{3,6})$/),
  // text/word-shape.ts: a whole word that is a mixed-case ticker ("stETH", "jitoSOL"; "USDe").
  mixedCaseTicker: data(/^(?:[a-z]{1,5}[A-Z][A-Z0-9]+[a-z]?|[A-Z]{3,}[a-z]{1,2})$/),
  // lexicon/compile-lexicon.ts: a coin's former name in its listed name ("EigenCloud (prev. EigenLayer)").
  formerName: data(/\((?:prev\.|formerly)\s*([^)]+)\)/i),
  // verdicts.ts: "Near Foundation" (a name's own foundation), "the Nano Core Team", "Helium Improvement
  // Proposal #70" (its own team and governance); "Render is …" (the name as a subject).
  foundationAfter: data(/^ (?:(?:Development )?Foundation|Core (?:Team|Developers|Devs)|Improvement Proposals?)\b/),
  subjectVerbAfter: data(/^ (?:is|was|are|were|has|had)\b/),
  // verdicts.ts: "Stellar, of course, is …", "Tron is not out yet", "Neo hasn’t had …": a verb of
  // being or having after a sentence's opening name, an aside between them allowed.
  subjectAfter: data(/(?:,[^,.\n]{1,24},)? (?:is|was|are|were|has|had|have|isn['’]t|wasn['’]t|hasn['’]t|hadn['’]t)\b/y),
  // verdicts.ts, a name in lower case, read from its start: before it, a line's start or a comma, a
  // preposition, "called", an amount or a crypto noun ("previously called polygon", "the stablecoin
  // tether", "$3 ripple"), never an article, an adjective or a verb ("a stellar week", "the yield
  // curve", "was stellar"); after it, punctuation, a line's end, "and"/"or" or a verb ("yearn is",
  // "stellar has leaped"), never a noun it qualifies ("ripple effects", "polygon mesh") or an object
  // ("tether the horse"). Never a name that is a preposition, an adverb or a unit in lower case
  // ("from near and far", "the price of gas").
  lowerName: data(/(?<=(?:^|[\n,;:(]\s*|\b(?:of|to|like|on|in|for|with|from|about|as|vs\.?|versus|and|or|including|called|named|renamed|dubbed|aka|coins?|tokens?|stablecoins?|altcoins?|protocols?|networks?|chains?|blockchains?|projects?|cryptocurrenc(?:y|ies))\s|(?:^|[^\w.])\$?\d[\d.,]*[kmb]?\s))(?!(?:near|just|based|usual|gas)\b)[a-z]+(?: ?[.,;:!?)\]]| ?\n|$| (?:and|or|&|is|was|are|were|has|had|have|will|would|could|can|may|might|should|did|does|isn['’]t|wasn['’]t|hasn['’]t|didn['’]t|doesn['’]t|rose|fell|jumped|slipped|dropped|climbed|surged|rallied|soared|plunged|sank|tumbled|dipped|declined|rebounded)\b)/iy),
  // verdicts.ts: a phrase that names the run after it as coins, and the run's earlier items, right before a
  // lower-case name ("altcoins like ripple, dogecoin and ", "tokens such as cardano and ",
  // "cryptocurrencies including "); never through an article or any other word ("coins like the ripple
  // effect"). Asked sticky at the name's start, so the look-behind reads only what stands right before
  // it. The nouns by their endings and no `i` flag: every tab compiles it, and each alternative and
  // case-folded letter is native code (+28 KB heap per tab with the nouns spelled out, +7 KB so).
  coinsLikeBefore: data(/(?<=(?:[Cc]oins|[Tt]okens|[Cc]ryptos|[Cc]urrencies|[Aa]lts) (?:like|such as|including) (?:[\w.-]+(?:, (?:and |or )?| (?:and|or|&) ))*)/y),
  // verdicts.ts: the kind of coin right before a lower-case name ("the stablecoin tether", "stablecoins
  // tether and dai"), for a name that is no ordinary word: "the stablecoin movement", "stablecoin flow"
  // stay words. Not "cryptocurrency": "the cryptocurrency movement" is the cause, not the coin Movement.
  kindBefore: data(/(?<=\b(?:[Ss]tablecoin|[Mm]emecoin|[Aa]ltcoin)s? (?:[\w.-]+(?:, (?:and |or )?| (?:and|or|&) ))*)/y),
  // verdicts.ts: "the Doge meme": the picture, not the coin ("Doge meme coin" is the coin: coinWordsAfter first).
  memeAfter: data(/["”’']? memes?\b(?![- ]?(?:coins?|tokens?)\b)/iy),
  // verdicts.ts: "became a Doge", "the Doge icon", "dubbed Kabosu “Doge”": an article right before a ticker
  // written as a word ("#" and a quote allowed), or quotation marks around it; read on the word and a character either side.
  wordItself: data(/(?:\b(?:the|a|an) ["“‘'#]?[^\s"“”‘’']+[^]?|["“‘'][^\s"“”‘’']+["”’'])$/i),
  // verdicts.ts: "Shib (Shiba-Inu)", "Ada (Cardano)": a name of letters in brackets after a ticker written as a word.
  nameGlossAfter: data(/ ?\(\p{Lu}\p{L}+(?:[ -]\p{L}+){0,2}\)/uy),
  // forms.ts: "hosting SWELL (its first ever conference)": a bracket after a bare ticker that says the
  // letters name an event, a body or a work; the noun ends the bracket ("SWELL (the staking token)" is none).
  // script-name.ts: what may follow a Cyrillic name in its word, the letters of a Russian or
  // Ukrainian case ending ("-а", "-ом", "-ами", "-ів") to the word's end, asked at the name's end.
  // script-name.ts: the combining marks right after a name (a Devanagari or Thai vowel sign); never a
  // virama, which joins the next letter ("बिटकॉइन्स": the span stops before it).
  // paren-symbol.ts: the first letter of a token made from a coin ("WTRX", "STETH"; never an exchange's
  // contract code: "1000PEPE", Kraken's "XETH").
  derivedFirst: data(/^[A-WYZ]/),
  marksAt: data(/(?:(?![\u094D\u0E3A])\p{M})*/uy),
  cyrillicEnding: data(/[аеиоуыюяіїєйвмхьът]{0,3}(?![\p{L}\p{N}])/uy),
  // script-name.ts: the first syllable of a Korean particle or ending after a short Hangul name ("은",
  // "의", "에서", "으로", "까지", "처럼", "하고", "조차"), asked right after the name.
  koreanParticle: data(/[은는이가을를의에와과도만로으까보부처라란나랑뿐엔인야여께하조]/y),
  eventGlossAfter: data(/ \((?:its|the|an?|our|their|his|her|this|that)\s+(?:[\p{L}\d’'-]+\s+){0,4}?(?:conference|summit|event|festival|meetup|hackathon|expo|convention|awards?|gala|symposium|tour|album|film|movie|series|band|union|agency|department|committee|council|act|bill|law|regulation|programme|campaign)\)/uy),
  // The shorter patterns of the scan's helpers, here for the same reason as the rest (no bytes in
  // the script). paren-symbol.ts: what may stand between a name and its bracket ("Name (", "Name, [$").
  bracketGap: data(/^,? ?[([]\$?$/),
  // paren-symbol.ts: a word of a name's capitalised run before a bracket ("MARA Holdings", "3AC").
  capitalOrDigitFirst: data(/^[\p{Lu}\p{N}]/u),
  // name-candidate.ts and paren-symbol.ts: a word that starts with a capital, or a small letter, of any script.
  capitalFirst: data(/^\p{Lu}/u),
  smallFirst: data(/^\p{Ll}/u),
  // paren-symbol.ts: all but the capitals of a ticker, to compare with an acronym's initials.
  notCapital: data(/[^A-Z]/g),
  // page-context.ts: the page's own abbreviation in brackets right after a redefining phrase
  // ("Department of Government Efficiency (D.O.G.E)"), and all of it that is not a Latin letter.
  ownAbbreviation: data(/^\s*\(([^()]{1,16})\)/),
  notLatinLetter: data(/[^A-Za-z]/g),
  // listed-tickers.ts: a listed item has two capitals at least ("ZRO", "PEPE"; never "A").
  twoCapitals: data(/[A-Z].*[A-Z]/),
  // glossed-ticker.ts: a gloss written as a ticker would be (a capital, then capitals and digits).
  tickerGloss: data(/^[A-Z][A-Z0-9]{1,9}$/),
  // defined-names.ts: a capitalised word and a space right before a defined name.
  properNounBefore: data(/\p{Lu}[\p{L}\p{N}]* $/u),
  // word-shape.ts: a name hint's letters, Latin or of a caseless script.
  latinLetter: data(/[A-Za-z]/),
  otherLetter: data(/\p{Lo}/u),
  // compile-lexicon.ts: a name's bracketed part ("Binance Bridged USDT (BNB Smart Chain)"), a name
  // that ends in "coin", and a name of one word of six letters or more.
  bracketedPart: data(/\s*\([^)]*\)\s*/g),
  coinEnding: data(/coin$/i),
  lettersOnly: data(/^\p{L}{6,}$/u),
  // scan-text.ts: a title word in a script with capitals, a capital and then a small letter, digit or dot ("Биткоин").
  titleWord: data(/^\p{Lu}[\p{Ll}\p{N}.]/u),
  // context.ts: a letter of any script (the title-line test asks it of non-ASCII characters).
  letter: data(/\p{L}/u),
  // context.ts: a token that begins a sentence, a line or the text: before it, back to a sentence's
  // end (".", "!", "?", ":", ";", a line break) or the text's start, only spaces, tabs and the
  // openers (quotes, brackets, bullets, dashes, "*", ">", "#"). Read at the token's start; no `u`
  // flag, so it reads UTF-16 units as the scan does.
  // tokenize.ts: the words of a name as its lookup key reads them (nameKey): letters and digits, joined across inner dots.
  nameWords: data(/[\p{L}\p{M}\p{N}]+(?:\.[\p{L}\p{M}\p{N}]+)*/gu),
  // excluded-ranges.ts: a URL's characters, up to white space, an angle bracket, a quote, a bracket
  // or a parenthesis (read from the URL's start).
  urlChars: data(/[^\s<>"'()[\]]*/y),
  sentenceOpening: data(/(?<=(?:^|[.!?:;\n\r])[\t "'“‘([*\-•–—>#]*)/y),
};
