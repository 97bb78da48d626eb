// The page's own words; the elements bring theirs. The English table is typed by the Chinese
// one, so a missing translation is a type error.
import type { Locale } from '@casegrid/core';

const zhCN = {
  title: '青溪县网格化服务管理（React 示例）',
  demoTag: '演示数据，纯属虚构',
  viewAs: '当前身份',
  language: '语言',
  cases: '案件',
  caseArea: '案件详情',
  pickACase: '在左侧选择一个案件查看详情。',
  performed: '已执行“{action}”，案件现为“{state}”。',
  loading: '正在准备演示数据……',
};

/** A key of the page's messages. */
export type MessageKey = keyof typeof zhCN;

const en: Record<MessageKey, string> = {
  title: 'Qingxi County grid service management (React example)',
  demoTag: 'Demo data, fictional',
  viewAs: 'Signed in as',
  language: 'Language',
  cases: 'Cases',
  caseArea: 'Case detail',
  pickACase: 'Pick a case on the left to see it here.',
  performed: 'Done: “{action}”. The case is now “{state}”.',
  loading: 'Preparing the demo data…',
};

const messages: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zhCN, en };

/**
 * The page's text for `key` in `locale`, with `{name}` placeholders filled from `values`.
 *
 * @example
 * ```ts
 * text('en', 'performed', { action: 'Accept', state: 'Mediating' });
 * ```
 */
export function text(
  locale: Locale,
  key: MessageKey,
  values: Readonly<Record<string, string>> = {},
): string {
  return messages[locale][key].replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');
}
