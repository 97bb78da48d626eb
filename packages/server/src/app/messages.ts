import type { Locale } from '@casegrid/core';

type Entry = { readonly 'zh-CN': string; readonly en: string };

// Every sentence the server itself says to a client, in both languages. `{name}` is filled in.
const messages = {
  unauthenticated: {
    'zh-CN': '请先登录：请求没有有效的令牌（缺失、过期或签名不符）。',
    en: 'Sign in first: the request has no valid token (missing, expired or not signed by us).',
  },
  invalidJson: { 'zh-CN': '请求体不是有效的 JSON。', en: 'The request body is not valid JSON.' },
  tooLarge: {
    'zh-CN': '请求体超过了 {limit} 字节的上限。',
    en: 'The request body is larger than the limit of {limit} bytes.',
  },
  unsupportedMediaType: {
    'zh-CN': '请求体必须是 JSON（Content-Type: application/json）。',
    en: 'The request body must be JSON (Content-Type: application/json).',
  },
  routeNotFound: {
    'zh-CN': '没有这个接口：{method} {path}。',
    en: 'There is no such endpoint: {method} {path}.',
  },
  caseNotFound: { 'zh-CN': '案件“{id}”不存在。', en: 'Case “{id}” does not exist.' },
  invalidRequest: { 'zh-CN': '请求内容有误。', en: 'The request is invalid.' },
  internal: {
    'zh-CN': '服务器内部错误，请稍后重试。',
    en: 'Something went wrong on the server; try again later.',
  },
  'code.invalid-input': { 'zh-CN': '输入内容有误。', en: 'The input is invalid.' },
  'code.forbidden': { 'zh-CN': '无权执行此操作。', en: 'You may not do this.' },
  'code.not-available': { 'zh-CN': '此操作现在不可用。', en: 'This is not possible now.' },
  'code.conflict': {
    'zh-CN': '案件已被更新，请刷新后重试。',
    en: 'The case has changed meanwhile; refresh and try again.',
  },
  'code.not-found': { 'zh-CN': '找不到所请求的内容。', en: 'Not found.' },
  'code.invalid-definition': {
    'zh-CN': '案件类型配置有误。',
    en: 'A case type is not configured correctly.',
  },
  'code.invalid-form': { 'zh-CN': '表单配置有误。', en: 'A form is not configured correctly.' },
  'code.storage-full': { 'zh-CN': '存储空间已满。', en: 'The storage is full.' },
  'code.storage-blocked': { 'zh-CN': '存储暂时不可用。', en: 'The storage is blocked for now.' },
  'query.unknown': { 'zh-CN': '未知的查询参数。', en: 'Unknown query parameter.' },
  'query.repeated': { 'zh-CN': '此参数只能出现一次。', en: 'This parameter may appear once only.' },
  'query.integer': {
    'zh-CN': '须为不小于 {min} 的整数。',
    en: 'Must be a whole number of at least {min}.',
  },
  'query.boolean': { 'zh-CN': '须为 true 或 false。', en: 'Must be true or false.' },
  'query.instant': {
    'zh-CN': '须为 ISO 8601 时间，如 2026-03-02T08:00:00Z。',
    en: 'Must be an ISO 8601 instant such as 2026-03-02T08:00:00Z.',
  },
  'query.text': {
    'zh-CN': '须为 1 到 128 个字符。',
    en: 'Must be 1 to 128 characters long.',
  },
  'push.earlierFailed': {
    'zh-CN': '同一案件前面的动作没有被接受，此动作未执行；请先拉取再重试。',
    en: 'An earlier action on this case was not applied, so this one was not tried; pull and try again.',
  },
  'push.behind': {
    'zh-CN': '案件在服务器上已有更新（服务器序号 {seq}，设备预期 {expected}）；请先拉取再重试。',
    en: 'The case moved on at the server (server seq {seq}, device expected {expected}); pull and try again.',
  },
  'push.consequence': {
    'zh-CN': '“{type}”事件由服务器自行产生，不能推送。',
    en: '“{type}” events are made by the server itself and cannot be pushed.',
  },
  'push.actionMissing': {
    'zh-CN': '第一个事件缺少动作名称（action）。',
    en: 'The first event has no action name (action).',
  },
  'push.unitMissing': {
    'zh-CN': '“opened”事件缺少上报单位（unit）。',
    en: 'The “opened” event has no reporting unit (unit).',
  },
  'push.idMismatch': {
    'zh-CN': '动作编号必须等于第一个事件的编号，且事件须属于该案件。',
    en: 'The action id must be the id of its first event, and its events must belong to its case.',
  },
  'push.idTaken': {
    'zh-CN': '编号“{id}”已被使用。',
    en: 'Id “{id}” is already used.',
  },
} as const satisfies Record<string, Entry>;

/**
 * A key of the server's message catalog.
 *
 * @example
 * ```ts
 * const key: MessageKey = 'caseNotFound';
 * ```
 */
export type MessageKey = keyof typeof messages;

/**
 * A server message in a language, with `{name}` placeholders filled in.
 *
 * @example
 * ```ts
 * message('en', 'tooLarge', { limit: 1048576 }); // 'The request body is larger than ...'
 * ```
 */
export function message(
  locale: Locale,
  key: MessageKey,
  params: Record<string, string | number> = {},
): string {
  const entry: Entry = messages[key];
  return entry[locale].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
