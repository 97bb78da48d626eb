import {
  type CaseGridError,
  type CaseGridErrorCode,
  type Locale,
  localizedError,
} from '@casegrid/core';

/**
 * The codes of `CaseGridErrorCode` that only a store on a device meets: its storage is full,
 * or the database cannot be used by this page (another tab holds an older version, another tab
 * upgraded it, it was written by a newer version, the browser closed it).
 *
 * @example
 * ```ts
 * if (isCaseGridError(error) && error.code === ('storage-full' satisfies StorageErrorCode)) warn();
 * ```
 */
export type StorageErrorCode = Extract<CaseGridErrorCode, 'storage-full' | 'storage-blocked'>;

type Params = Record<string, string | number>;

// The sentences only IndexedDB makes necessary, in both languages. `{name}` is filled in. The
// outbox's and the log's sentences are core's (`storeError`), shared with memoryLocalStore.
const messages = {
  'storage.full': {
    'zh-CN': '设备存储空间已满，本次更改没有保存。请清理浏览器存储空间或联网同步后重试。',
    en: "The device's storage is full, so this change was not saved. Free some browser storage or sync, then try again.",
  },
  'storage.blocked': {
    'zh-CN': '本应用仍在其他标签页中以旧版本打开，本地数据库无法升级。请关闭其他标签页后刷新本页。',
    en: 'The app is still open in another tab with an older version, so the local database cannot be upgraded. Close the other tabs, then reload this page.',
  },
  'storage.upgraded': {
    'zh-CN': '本地数据库已在其他标签页中升级或清除，本页已断开连接。请刷新本页。',
    en: 'Another tab upgraded or deleted the local database, so this page let go of it. Reload this page.',
  },
  'storage.newer': {
    'zh-CN': '本地数据库由更新版本的应用写入。请刷新本页以加载新版本。',
    en: 'The local database was written by a newer version of the app. Reload this page to get it.',
  },
  'storage.terminated': {
    'zh-CN': '浏览器关闭了本地数据库（可能是存储被清除）。请刷新本页。',
    en: 'The browser closed the local database (its storage may have been cleared). Reload this page.',
  },
  'storage.failed': {
    'zh-CN': '本地存储出错，本次更改没有保存（{reason}）。',
    en: 'The local store failed, so this change was not saved ({reason}).',
  },
} satisfies Record<string, { readonly 'zh-CN': string; readonly en: string }>;

/** A sentence this package can say. */
export type MessageKey = keyof typeof messages;

/**
 * A sentence in one language, `{name}` filled in from `params`.
 *
 * @example
 * ```ts
 * text('en', 'storage.full'); // "The device's storage is full, ..."
 * ```
 */
export function text(locale: Locale, key: MessageKey, params: Params = {}): string {
  return messages[key][locale].replace(/\{(\w+)\}/g, (_, name: string) =>
    String(params[name] ?? `{${name}}`),
  );
}

/**
 * An IndexedDB failure as a `CaseGridError`, shaped as core's `storeError`: `message` is
 * English (for logs) and the one issue carries the sentence in the reader's language, with the
 * message key as `keyword`.
 *
 * @example
 * ```ts
 * throw idbError('storage-blocked', 'storage.blocked', 'zh-CN');
 * ```
 */
export function idbError(
  code: CaseGridErrorCode,
  key: MessageKey,
  locale: Locale,
  params: Params = {},
  cause?: unknown,
): CaseGridError {
  return localizedError(code, key, (language) => text(language, key, params), locale, cause);
}
