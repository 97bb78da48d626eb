// The IndexedDB store on fake-indexeddb, in Node: the same tests as in Chromium.
import 'fake-indexeddb/auto';
import { idbStore } from '@casegrid/idb';
import { localStoreContract } from '../../core/test/local-store-contract.js';
import { storeContract } from '../../core/test/store-contract.js';
import { closedAfterEach, uniqueName } from './helpers.js';
import { idbBehaviour } from './idb-behaviour.js';

const store = closedAfterEach(() => idbStore({ name: uniqueName() }));

storeContract('idbStore() on fake-indexeddb', () => store());
localStoreContract('idbStore() on fake-indexeddb', () => store());
idbBehaviour('fake-indexeddb');
