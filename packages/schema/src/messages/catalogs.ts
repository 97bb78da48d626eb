import type { Locale } from '../types.js';
import { en } from './en.js';
import type { MessageCatalog } from './message-catalog.js';
import { zhCN } from './zh-cn.js';

/**
 * The wording for each supported locale.
 *
 * @example
 * ```ts
 * catalogs['zh-CN'].fallback; // '填写的内容无效'
 * ```
 */
export const catalogs: Record<Locale, MessageCatalog> = { 'zh-CN': zhCN, en };

/** The locale used when none is given: the product's users read Chinese first. */
export const defaultLocale: Locale = 'zh-CN';
