import type { Locale } from '@casegrid/core/precompiled';

// Every word the page itself shows; the elements bring their own.
const catalog = {
  'zh-CN': {
    title: '松岭县网格化服务管理平台（演示）',
    portal: '松岭县网格化服务管理平台',
    demoTag: '演示数据，纯属虚构',
    viewAs: '当前身份',
    language: '语言',
    views: '视图',
    work: '工作台',
    dashboard: '统计分析',
    report: '上报事件',
    queue: '案件',
    inbox: '我的待办',
    allCases: '全部案件',
    caseArea: '案件详情',
    pickACase: '在左侧选择一个案件查看详情。',
    backToList: '返回列表',
    reportTitle: '上报事件',
    reportType: '事件类型',
    reportUnit: '上报所在地',
    reportSubmit: '上报',
    cancel: '取消',
    nothingToReport: '当前身份不能上报事件。',
    reported: '已上报，案件已打开。',
    signingIn: '正在切换身份…',
    signInFailed: '无法登录：服务器暂时无法访问。请联网后重试。',
    loadFailed: '无法加载演示县的数据：请确认演示服务器正在运行。',
    workingOffline: '离线工作中：显示本设备上保存的案件，所做的更改将在联网后自动同步。',
    'group.grid-worker': '网格员',
    'group.household-head': '中心户长',
    'group.mediator': '调解员',
    'group.resident-police': '驻村民警',
    'group.village-director': '村（社区）综治中心主任',
    'group.town-director': '镇综治中心主任',
    'group.county-director': '县综治中心主任',
    'group.department-staff': '县直部门工作人员',
    'group.county-admin': '县级管理员',
  },
  en: {
    title: 'Songling County grid portal (demo)',
    portal: 'Songling County grid portal',
    demoTag: 'Demo data, entirely fictional',
    viewAs: 'Signed in as',
    language: 'Language',
    views: 'Views',
    work: 'Workbench',
    dashboard: 'Dashboard',
    report: 'Report a case',
    queue: 'Cases',
    inbox: 'My inbox',
    allCases: 'All cases',
    caseArea: 'Case',
    pickACase: 'Pick a case on the left to see it here.',
    backToList: 'Back to the list',
    reportTitle: 'Report a case',
    reportType: 'Kind of case',
    reportUnit: 'Reported in',
    reportSubmit: 'Report',
    cancel: 'Cancel',
    nothingToReport: 'This person cannot report cases.',
    reported: 'Reported; the case is open.',
    signingIn: 'Switching person…',
    signInFailed: 'Could not sign in: the server cannot be reached. Try again when online.',
    loadFailed: 'Could not load the demo county: is the demo server running?',
    workingOffline:
      'Working offline: showing the cases saved on this device; changes are sent when the network is back.',
    'group.grid-worker': 'Grid workers',
    'group.household-head': 'Household heads',
    'group.mediator': 'Mediators',
    'group.resident-police': 'Resident police',
    'group.village-director': 'Village centre directors',
    'group.town-director': 'Town centre directors',
    'group.county-director': 'County centre director',
    'group.department-staff': 'County department staff',
    'group.county-admin': 'County administrator',
  },
} as const;

/**
 * A word of the page.
 *
 * @example
 * ```ts
 * const key: MessageKey = 'report';
 * ```
 */
export type MessageKey = keyof (typeof catalog)['zh-CN'];

/**
 * The page's text in a language.
 *
 * @example
 * ```ts
 * text('en', 'report'); // 'Report a case'
 * ```
 */
export function text(locale: Locale, key: MessageKey): string {
  return catalog[locale][key];
}

/**
 * Fills every element marked `data-text="<key>"` (its text) or `data-label="<key>"` (its
 * `aria-label`) with the words of `locale`.
 *
 * @example
 * ```ts
 * applyTexts(document, 'zh-CN');
 * ```
 */
export function applyTexts(root: ParentNode, locale: Locale): void {
  for (const element of root.querySelectorAll<HTMLElement>('[data-text]')) {
    element.textContent = text(locale, element.dataset.text as MessageKey);
  }
  for (const element of root.querySelectorAll<HTMLElement>('[data-label]')) {
    element.setAttribute('aria-label', text(locale, element.dataset.label as MessageKey));
  }
}
