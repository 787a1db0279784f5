import { render } from 'preact';

render(<main>Geneva Lens</main>, document.getElementById('app')!);
