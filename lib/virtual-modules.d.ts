// Modules generated at build time from seeds/ by lib/corpus/vite-plugin.ts.
declare module 'virtual:geneva-corpus' {
  import type { CorpusBundle } from './corpus/bundle';
  const corpus: CorpusBundle;
  export default corpus;
}
declare module 'virtual:geneva-gate' {
  import type { MatcherData } from './match/types';
  const matcher: MatcherData;
  export default matcher;
}
declare module 'virtual:geneva-matcher' {
  import type { MatcherData } from './match/types';
  const matcher: MatcherData;
  export default matcher;
}
