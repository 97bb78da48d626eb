import { memoryStore } from '@casegrid/core';
import { storeContract } from './store-contract.js';

storeContract('memoryStore()', () => memoryStore());
