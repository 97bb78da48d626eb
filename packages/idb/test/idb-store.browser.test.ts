// The IndexedDB store in Chromium's IndexedDB.
import { idbStore } from '@casegrid/idb';
import { localStoreContract } from '../../core/test/local-store-contract.js';
import { storeContract } from '../../core/test/store-contract.js';
import { closedAfterEach, uniqueName } from './helpers.js';
import { idbBehaviour } from './idb-behaviour.js';

const store = closedAfterEach(() => idbStore({ name: uniqueName() }));

storeContract('idbStore() in Chromium', () => store());
localStoreContract('idbStore() in Chromium', () => store());
idbBehaviour('Chromium');
