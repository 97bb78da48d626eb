import { translator } from '../internal/translate.js';

const zh = {
  state: '状态',
  handlingUnit: '办理单位',
  assignee: '责任人',
  unassigned: '未指派',
  deadline: '办理期限',
  noDeadline: '无',
  timeLeft: '{left}到期',
  overdue: '已超期',
  escalations: '上交次数',
  closed: '已办结',
  parent: '上级案件',
  data: '案件信息',
  noData: '未填写案件信息。',
  links: '关联档案',
  missingRecord: '{id}（找不到）',
  children: '子案件',
  history: '办理记录',
  actions: '办理',
  noActions: '您现在没有可办理的操作。',
  confirmQuestion: '确定执行“{action}”吗？',
  confirm: '确定',
  cancel: '取消',
  performing: '正在执行“{action}”…',
  performed: '已执行“{action}”。',
  updated: '案件已由他人更新。',
  loading: '正在加载案件…',
  noCase: '未选择案件。',
  noEngine: '未连接案件引擎。',
  noActor: '请先登录后查看案件。',
  notFound: '找不到案件 {id}。',
  loadFailed: '案件加载失败：{message}',
  'error.invalid-input': '填写的内容不符合要求：',
  'error.forbidden': '您无权执行此操作。',
  'error.not-available': '现在不能执行此操作。',
  'error.conflict': '案件刚被他人更新，已重新加载，请核对后再试。',
  'error.not-found': '找不到该案件或操作。',
  'error.other': '操作未能完成。',
} as const;

const en: { readonly [key in keyof typeof zh]: string } = {
  state: 'State',
  handlingUnit: 'Handled by',
  assignee: 'Assignee',
  unassigned: 'Unassigned',
  deadline: 'Deadline',
  noDeadline: 'None',
  timeLeft: 'due {left}',
  overdue: 'overdue',
  escalations: 'Escalations',
  closed: 'Closed',
  parent: 'Parent case',
  data: 'Case details',
  noData: 'No details were entered.',
  links: 'Linked records',
  missingRecord: '{id} (not found)',
  children: 'Child cases',
  history: 'History',
  actions: 'Actions',
  noActions: 'There is nothing you can do on this case now.',
  confirmQuestion: 'Take “{action}” now?',
  confirm: 'Confirm',
  cancel: 'Cancel',
  performing: 'Taking “{action}”…',
  performed: '“{action}” done.',
  updated: 'Someone else updated the case.',
  loading: 'Loading the case…',
  noCase: 'No case is selected.',
  noEngine: 'No case engine is connected.',
  noActor: 'Sign in to see this case.',
  notFound: 'Case {id} was not found.',
  loadFailed: 'The case could not be loaded: {message}',
  'error.invalid-input': 'What was entered does not fit:',
  'error.forbidden': 'You may not take this action.',
  'error.not-available': 'This action cannot be taken now.',
  'error.conflict': 'Someone changed the case meanwhile; it was reloaded. Check it and try again.',
  'error.not-found': 'The case or the action was not found.',
  'error.other': 'The action could not be completed.',
};

/**
 * The words of `<cg-case-detail>`, in zh-CN and en.
 *
 * @example
 * ```ts
 * detailText('zh-CN', 'performed', { action: '受理' }); // '已执行“受理”。'
 * ```
 */
export const detailText = translator({ 'zh-CN': zh, en });

/** A key of {@link detailText}. */
export type DetailMessage = keyof typeof zh;
