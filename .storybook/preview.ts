import type { Preview } from '@storybook/web-components-vite';
import '../packages/elements/src/define.js';

const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    viewport: {
      options: {
        phone360: {
          name: 'Phone (360 px)',
          styles: { width: '360px', height: '740px' },
          type: 'mobile',
        },
      },
    },
  },
};

export default preview;
