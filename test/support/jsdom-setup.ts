import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';

// findBy… and waitFor give up after 1 s by default; on two shared CI cores, with test files running
// in parallel, a first render (lazy chunks, the form compiler) can take longer than that.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => cleanup());
