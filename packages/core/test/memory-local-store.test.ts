import { memoryLocalStore } from '@casegrid/core';
import { localStoreContract } from './local-store-contract.js';
import { storeContract } from './store-contract.js';

storeContract('memoryLocalStore()', () => memoryLocalStore());
localStoreContract('memoryLocalStore()', () => memoryLocalStore());
