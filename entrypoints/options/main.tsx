import { render } from 'preact';
import { OptionsApp } from '../../lib/ui/options-app';

render(<OptionsApp />, document.getElementById('app') ?? document.body);
