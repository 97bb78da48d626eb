// Registers every casegrid element. Import once per page: `import '@casegrid/elements/define';`
import './case-form/define.js';
