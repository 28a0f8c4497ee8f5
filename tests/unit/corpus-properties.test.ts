import { describeRedesigns } from './redesigns';

// Half the corpus per file (even rows): vitest runs the two halves side by side.
describeRedesigns(0, 2);
