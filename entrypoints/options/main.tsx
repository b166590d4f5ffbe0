import { render } from 'preact';
import { localizeDocument } from '../../lib/i18n/document';
import { OptionsApp } from '../../lib/ui/options-app';

localizeDocument(document, 'options_title');
render(<OptionsApp />, document.getElementById('app') as HTMLElement);
