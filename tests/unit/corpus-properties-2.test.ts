import { describeRedesigns } from './redesigns';

// Half the corpus per file (odd rows): vitest runs the two halves side by side.
describeRedesigns(1, 2);
