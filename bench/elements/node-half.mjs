// What the Node half of the bench uses from the packages, bundled by esbuild before it runs (as
// bench/forms bundles its fixtures): the packages resolve to their dist as a consumer's would,
// and data files they import (the kit's calendar) are inlined whatever Node's loader requires.
export { calendar2026, kitDefinitions } from '@casegrid/case-types';
export { computeMetrics } from '@casegrid/case-types/metrics';
export { createOrg } from '@casegrid/core';
export { countyLog } from './county-log.mjs';
