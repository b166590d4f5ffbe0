import { render } from 'preact';
import { localizeDocument } from '../../lib/i18n/document';
import { PopupApp } from '../../lib/ui/popup-app';

localizeDocument(document, 'ext_name');
render(<PopupApp />, document.getElementById('app') as HTMLElement);
