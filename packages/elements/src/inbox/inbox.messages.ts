import { translator } from '../internal/translate.js';

const zh = {
  tabs: '我的工作',
  mine: '分配给我',
  unit: '本单位待认领',
  'due-soon': '即将到期',
  overdue: '已超期',
  queue: '辖区队列',
  loading: '正在加载…',
  noActor: '未设置当前人员，无法显示待办。',
  failed: '待办加载失败：{message}',
  bulk: '批量改派',
  reassignTo: '改派给',
  choosePerson: '请选择人员',
  reassign: '改派（{count}）',
  bulkHint: '勾选案件，选择接收人，再点“改派”。',
  working: '正在改派 {count} 件…',
  summary: '已改派 {done} 件，{refused} 件未能改派。',
  done: '{case}：已改派给{person}',
  refused: '{case}：未能改派。{message}',
} as const;

const en: { readonly [key in keyof typeof zh]: string } = {
  tabs: 'My work',
  mine: 'Assigned to me',
  unit: 'Waiting for my unit',
  'due-soon': 'Due soon',
  overdue: 'Overdue',
  queue: 'Unit queue',
  loading: 'Loading…',
  noActor: 'Nobody is signed in: there is no work to show.',
  failed: 'Your work could not be loaded: {message}',
  bulk: 'Bulk reassignment',
  reassignTo: 'Reassign to',
  choosePerson: 'Choose a person',
  reassign: 'Reassign ({count})',
  bulkHint: 'Tick cases, choose a person, then press “Reassign”.',
  working: 'Reassigning {count} cases…',
  summary: '{done} reassigned, {refused} refused.',
  done: '{case}: reassigned to {person}',
  refused: '{case}: refused. {message}',
} as const;

/** The inbox's words: `t(locale, key, params)`. */
export const t = translator({ 'zh-CN': zh, en });
