// The hover card's UI, loaded by the content script on first hover (lib/page/card-chunk.ts).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerCardChunk } from '../lib/page/card-chunk';
import { createCardController } from '../lib/page/card-controller';
import { loadCardState, savePin } from '../lib/page/card-data';
import { createElementPainter } from '../lib/page/element-painter';
import { elementHitFinder } from '../lib/page/hit-test';
import { mentionNearCenter, revealMention } from '../lib/page/reveal';

export default defineUnlistedScript(() =>
  registerCardChunk({ createCardController, loadCardState, savePin, mentionNearCenter, revealMention, createElementPainter, elementHitFinder }),
);
