// Every kit type's driver, with the share of new cases it opens (children: 0, their parents start
// them). Shared by the Node half (the metrics log) and the page (the list).
import { dispute } from './dispute.mjs';
import { emergencyDispatch, emergencyTask } from './emergency.mjs';
import { hazard, hazardTask } from './hazard.mjs';
import { patrol } from './patrol.mjs';
import { registers } from './registers.mjs';
import { serviceRequest } from './service-request.mjs';
import { povertyWatch, watchedPerson } from './watch.mjs';

export const kitDrivers = [
  dispute,
  hazard,
  hazardTask,
  watchedPerson,
  povertyWatch,
  serviceRequest,
  patrol,
  emergencyDispatch,
  emergencyTask,
  ...registers,
];
