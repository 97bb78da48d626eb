// Registers every casegrid element. Import once per page: `import '@casegrid/elements/define';`
import './case-form/define.js';
import './provider/define.js';
import './case-list/define.js';
import './case-detail/define.js';
import './timeline/define.js';
import './inbox/define.js';
import './dashboard/define.js';
import './sync-status/define.js';
