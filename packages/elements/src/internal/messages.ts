import type { Locale } from '@casegrid/schema/form';

/** The elements' own words, in every supported language. */
const catalogs = {
  'zh-CN': {
    submit: '提交',
    addRow: '添加',
    removeRow: '删除第 {n} 项',
    moveUp: '上移第 {n} 项',
    moveDown: '下移第 {n} 项',
    row: '第 {n} 项',
    choose: '请选择',
    required: '必填',
    summaryTitle: '请修改以下 {n} 处问题',
    loading: '正在准备校验…',
    county: '县（区）',
    town: '镇（办）',
    village: '村（社区）',
    grid: '网格',
    address: '地址',
    latitude: '纬度',
    longitude: '经度',
    locate: '使用当前位置',
    locateFailed: '无法获取位置',
    yes: '是',
    formError: '表单配置有误',
    noRows: '暂无内容',
  },
  en: {
    submit: 'Submit',
    addRow: 'Add',
    removeRow: 'Remove item {n}',
    moveUp: 'Move item {n} up',
    moveDown: 'Move item {n} down',
    row: 'Item {n}',
    choose: 'Choose…',
    required: 'required',
    summaryTitle: 'Please fix {n} problem(s)',
    loading: 'Preparing validation…',
    county: 'County',
    town: 'Town',
    village: 'Village',
    grid: 'Grid',
    address: 'Address',
    latitude: 'Latitude',
    longitude: 'Longitude',
    locate: 'Use my location',
    locateFailed: 'Location unavailable',
    yes: 'Yes',
    formError: 'The form is misconfigured',
    noRows: 'None yet',
  },
} as const;

/** A key of the elements' message catalog. */
export type MessageKey = keyof (typeof catalogs)['en'];

/**
 * One message in a locale, with `{name}` placeholders filled in.
 *
 * @example
 * ```ts
 * message('en', 'removeRow', { n: 2 }); // 'Remove item 2'
 * ```
 */
export function message(
  locale: Locale,
  key: MessageKey,
  params: Readonly<Record<string, string | number>> = {},
): string {
  const template: string = (catalogs[locale] ?? catalogs['zh-CN'])[key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}

/** Whether `key` names a message (used for org level names). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(catalogs.en, key);
}
