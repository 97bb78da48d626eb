import { translator } from '../internal/translate.js';

// Chinese sentences run without spaces between names and verbs; English ones read as
// "<who> <did what>". Extra facts follow the sentence after " · ".
const zh = {
  opened: '{actor}在{unit}上报',
  openedChild: '{actor}交办给{unit}',
  performed: '{actor}执行“{action}”',
  movedOn: '{actor}在子案件办结后推进了案件',
  escalatedByDeadline: '{actor}因超期将其上交至{unit}',
  escalatedTo: '上交至{unit}',
  deadlinePassed: '“{state}”的办理期限已过',
  alerted: '已提醒{unit}',
  childOpened: '子案件“{type}”交办给{unit}',
  childClosed: '{unit}的子案件“{type}”已办结（{state}）',
  migrated: '{actor}将其迁移到第{version}版',
  assigned: '指派给{person}',
  unassigned: '取消指派',
  byDeadline: '（超期）',
  transition: '{from} → {to}',
  listLabel: '办理记录',
  inputLabel: '{action}填写的内容',
  empty: '暂无办理记录。',
  loading: '正在加载办理记录…',
  notFound: '找不到案件 {id}。',
  noEngine: '未连接案件引擎。',
  failed: '办理记录加载失败：{message}',
} as const;

const en: { readonly [key in keyof typeof zh]: string } = {
  opened: '{actor} reported it in {unit}',
  openedChild: '{actor} opened it for {unit}',
  performed: '{actor} took “{action}”',
  movedOn: '{actor} moved it on once its child cases closed',
  escalatedByDeadline: '{actor} escalated it to {unit} (deadline passed)',
  escalatedTo: 'escalated to {unit}',
  deadlinePassed: 'Deadline of “{state}” passed',
  alerted: '{unit} alerted',
  childOpened: 'Child case {type} opened for {unit}',
  childClosed: 'Child case {type} for {unit} closed ({state})',
  migrated: '{actor} moved it to version {version}',
  assigned: 'assigned to {person}',
  unassigned: 'unassigned',
  byDeadline: ' (deadline passed)',
  transition: '{from} → {to}',
  listLabel: 'Case history',
  inputLabel: 'What was entered for {action}',
  empty: 'Nothing has happened yet.',
  loading: 'Loading the case history…',
  notFound: 'Case {id} was not found.',
  noEngine: 'No case engine is connected.',
  failed: 'The case history could not be loaded: {message}',
};

/**
 * The words of `<cg-timeline>`, in zh-CN and en.
 *
 * @example
 * ```ts
 * timelineText('en', 'assigned', { person: '张三' }); // 'assigned to 张三'
 * ```
 */
export const timelineText = translator({ 'zh-CN': zh, en });

/** A key of {@link timelineText}. */
export type TimelineMessage = keyof typeof zh;
