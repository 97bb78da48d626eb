// A fictional county for the org-unit picker. `createOrg` checks it (unknown parents, cycles,
// levels out of order) and its `units` are what `<cg-case-form>` reads.
import { createOrg } from '@casegrid/core/precompiled';

export const org = createOrg({
  units: [
    { id: 'county', level: 'county', parent: null, title: { 'zh-CN': '山阳县', en: 'Shanyang' } },
    {
      id: 'town-1',
      level: 'town',
      parent: 'county',
      title: { 'zh-CN': '城关镇', en: 'Chengguan' },
    },
    { id: 'village-1', level: 'village', parent: 'town-1', title: { 'zh-CN': '东村', en: 'East' } },
    { id: 'village-2', level: 'village', parent: 'town-1', title: { 'zh-CN': '西村', en: 'West' } },
    {
      id: 'grid-1',
      level: 'grid',
      parent: 'village-1',
      title: { 'zh-CN': '东村一网格', en: 'East 1' },
    },
    {
      id: 'grid-2',
      level: 'grid',
      parent: 'village-1',
      title: { 'zh-CN': '东村二网格', en: 'East 2' },
    },
    {
      id: 'grid-3',
      level: 'grid',
      parent: 'village-2',
      title: { 'zh-CN': '西村一网格', en: 'West 1' },
    },
  ],
});
