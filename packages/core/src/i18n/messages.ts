import type { Locale, LocalizedText } from '../definition/case-type-definition.js';

type Params = Record<string, string | number>;
type Entry = { readonly 'zh-CN': string; readonly en: string };

// Every sentence the engine can say to a person, in both languages. `{name}` is filled in.
const messages = {
  'org.duplicateLevel': { 'zh-CN': '层级重复。', en: 'A level is listed twice.' },
  'org.duplicateUnit': { 'zh-CN': '单位编号“{id}”重复。', en: 'Unit id “{id}” is used twice.' },
  'org.duplicatePerson': { 'zh-CN': '人员编号“{id}”重复。', en: 'Person id “{id}” is used twice.' },
  'org.unknownLevel': { 'zh-CN': '未定义的层级“{level}”。', en: 'Unknown level “{level}”.' },
  'org.unknownParent': {
    'zh-CN': '上级单位“{id}”不存在。',
    en: 'Parent unit “{id}” does not exist.',
  },
  'org.unknownUnit': { 'zh-CN': '单位“{id}”不存在。', en: 'Unit “{id}” does not exist.' },
  'org.levelOrder': {
    'zh-CN': '单位“{id}”的层级必须低于上级单位“{parent}”。',
    en: 'Unit “{id}” must sit at a lower level than its parent “{parent}”.',
  },
  'org.cycle': {
    'zh-CN': '单位“{id}”的上级关系形成了循环。',
    en: 'The parents of unit “{id}” form a cycle.',
  },

  'def.unknownState': { 'zh-CN': '状态“{name}”未定义。', en: 'State “{name}” is not defined.' },
  'def.unreachable': {
    'zh-CN': '状态“{name}”从初始状态无法到达。',
    en: 'State “{name}” cannot be reached from the initial state.',
  },
  'def.initialFinal': {
    'zh-CN': '初始状态不能是终止状态。',
    en: 'The initial state cannot be a final state.',
  },
  'def.finalExit': {
    'zh-CN': '终止状态“{name}”不能再有出口（{what}）。',
    en: 'Final state “{name}” cannot have a way out ({what}).',
  },
  'def.noFinal': {
    'zh-CN': '至少需要一个终止状态（final: true）。',
    en: 'At least one state must be final (final: true).',
  },
  'def.nobody': {
    'zh-CN': '动作“{name}”没有任何角色可以执行，也没有期限到期时执行它。',
    en: 'Nobody can take action “{name}”: it has no roles and no deadline performs it.',
  },
  'def.duplicate': { 'zh-CN': '“{name}”重复出现。', en: '“{name}” appears twice.' },
  'def.deadlineOnFinal': {
    'zh-CN': '终止状态不能设置期限。',
    en: 'A final state cannot have a deadline.',
  },
  'def.performNotFrom': {
    'zh-CN': '期限到期时执行的动作“{name}”不能从状态“{state}”执行。',
    en: 'Action “{name}”, performed when the deadline passes, cannot be taken from state “{state}”.',
  },
  'def.duration': {
    'zh-CN':
      '“{value}”不是有效的期限，应为 ISO 8601 时长，如 P1D（1 天）、PT4H（4 小时），且不超过 10 年。',
    en: '“{value}” is not a valid deadline: use an ISO 8601 duration such as P1D (one day) or PT4H (four hours), at most ten years.',
  },
  'def.unknownAction': { 'zh-CN': '动作“{name}”未定义。', en: 'Action “{name}” is not defined.' },
  'def.escalateWithTo': {
    'zh-CN': '升级动作不能离开终止状态。',
    en: 'An escalating action cannot lead to a final state.',
  },
  'def.pointerRoot': {
    'zh-CN': '指针“{pointer}”必须以 /case、/data、/input 或 /actor 开头。',
    en: 'Pointer “{pointer}” must start with /case, /data, /input or /actor.',
  },
  'def.inputPointerWithoutInput': {
    'zh-CN': '指针“{pointer}”引用了输入，但该动作没有定义输入。',
    en: 'Pointer “{pointer}” reads the input, but the action defines no input.',
  },
  'def.updateUnknownField': {
    'zh-CN': '案件数据中没有字段“{name}”。',
    en: 'The case data has no field “{name}”.',
  },
  'def.unknownLevel': {
    'zh-CN': '层级“{name}”未在组织中定义。',
    en: 'Level “{name}” is not an org level.',
  },
  'def.unknownGuard': {
    'zh-CN': '守卫“{name}”未注册。',
    en: 'Guard “{name}” is not registered with the engine.',
  },
  'def.unknownEffect': {
    'zh-CN': '效果“{name}”未注册。',
    en: 'Effect “{name}” is not registered with the engine.',
  },
  'def.unknownCaseType': {
    'zh-CN': '案件类型“{name}”未注册。',
    en: 'Case type “{name}” is not registered with the engine.',
  },
  'def.duplicateCaseType': {
    'zh-CN': '案件类型“{name}”的版本 {version} 注册了两次。',
    en: 'Case type “{name}” version {version} is registered twice.',
  },
  'def.workingDaysNoCalendar': {
    'zh-CN': '按工作日计算的期限需要为引擎提供工作日历。',
    en: 'A deadline in working days needs a working calendar given to the engine.',
  },
  'def.childrenNoWait': {
    'zh-CN': '状态“{name}”等待子案件，但进入它的动作都不开启子案件。',
    en: 'State “{name}” waits for children, but no action entering it opens any.',
  },
  'def.precompiledMissing': {
    'zh-CN': '缺少预编译的校验器“{name}”。',
    en: 'The precompiled validator “{name}” is missing.',
  },
  'def.invalid': {
    'zh-CN': '案件类型定义有 {count} 个问题。',
    en: 'The case type definition has {count} problem(s).',
  },

  'run.unknownType': {
    'zh-CN': '案件类型“{name}”不存在。',
    en: 'Case type “{name}” does not exist.',
  },
  'run.unknownVersion': {
    'zh-CN': '案件类型“{name}”没有版本 {version}。',
    en: 'Case type “{name}” has no version {version}.',
  },
  'run.unknownCase': { 'zh-CN': '案件“{id}”不存在。', en: 'Case “{id}” does not exist.' },
  'run.unknownAction': {
    'zh-CN': '案件类型“{type}”没有动作“{name}”。',
    en: 'Case type “{type}” has no action “{name}”.',
  },
  'run.unknownUnit': { 'zh-CN': '单位“{id}”不存在。', en: 'Unit “{id}” does not exist.' },
  'run.unknownPerson': { 'zh-CN': '人员“{id}”不存在。', en: 'Person “{id}” does not exist.' },
  'run.closed': {
    'zh-CN': '案件已办结，不能再执行“{name}”。',
    en: 'The case is closed; “{name}” is not possible.',
  },
  'run.notFromState': {
    'zh-CN': '案件当前处于“{state}”，不能执行“{name}”。',
    en: 'The case is in “{state}”; “{name}” is not possible now.',
  },
  'run.level': {
    'zh-CN': '“{name}”只能在{levels}层级办理。',
    en: '“{name}” can only be taken at level {levels}.',
  },
  'run.role': {
    'zh-CN': '您没有执行“{name}”所需的角色（{roles}）。',
    en: 'You need one of the roles {roles} to take “{name}”.',
  },
  'run.systemOnly': {
    'zh-CN': '“{name}”只能由系统执行。',
    en: '“{name}” is taken by the system only.',
  },
  'run.scope': {
    'zh-CN': '案件由“{unit}”办理，不在您的管辖范围内。',
    en: 'The case is handled by “{unit}”, which is outside your scope.',
  },
  'run.openScope': {
    'zh-CN': '单位“{unit}”不在您的管辖范围内。',
    en: 'Unit “{unit}” is outside your scope.',
  },
  'run.openRole': {
    'zh-CN': '您没有上报此类案件所需的角色（{roles}）。',
    en: 'You need one of the roles {roles} to report this kind of case.',
  },
  'run.openLevel': {
    'zh-CN': '此类案件只能在{levels}层级上报。',
    en: 'This kind of case can only be reported at level {levels}.',
  },
  'run.noHandlingLevel': {
    'zh-CN': '单位“{unit}”上方没有“{level}”层级的单位。',
    en: 'Unit “{unit}” has no unit at level “{level}” above it.',
  },
  'run.condition': {
    'zh-CN': '不满足执行“{name}”的条件。',
    en: 'The conditions for “{name}” do not hold.',
  },
  'run.guard': {
    'zh-CN': '不满足执行“{name}”的条件（{guard}）。',
    en: 'The conditions for “{name}” do not hold ({guard}).',
  },
  'run.topLevel': {
    'zh-CN': '案件已在最高层级办理，无法再上交。',
    en: 'The case is already handled at the top level and cannot be escalated.',
  },
  'run.dataAfter': {
    'zh-CN': '执行后的案件数据不符合要求：{detail}',
    en: 'The case data would become invalid: {detail}',
  },
  'run.assigneeMissing': {
    'zh-CN': '未提供承办人。',
    en: 'No assignee was given.',
  },
  'run.childUnitMissing': {
    'zh-CN': '未提供子案件的承办单位。',
    en: 'No unit was given for the child cases.',
  },
  'run.conflict': {
    'zh-CN': '案件已被他人更新，请刷新后重试。',
    en: 'The case was changed by someone else; reload it and try again.',
  },
  'run.migrateRole': {
    'zh-CN': '您没有迁移此类案件的角色（{roles}）。',
    en: 'You need one of the roles {roles} to migrate this kind of case.',
  },
  'run.migrateNoAdmins': {
    'zh-CN': '目标版本没有定义 administrators，不能迁移案件。',
    en: 'The target version names no administrators, so no one can migrate cases to it.',
  },
  'run.migrateSameVersion': {
    'zh-CN': '案件已是版本 {version}。',
    en: 'The case is already at version {version}.',
  },
  'run.migrateState': {
    'zh-CN': '目标版本没有状态“{state}”，请在 stateMap 中指定对应状态。',
    en: 'The target version has no state “{state}”; map it with stateMap.',
  },

  // The store on the device (memoryLocalStore, idbStore): its outbox and server events.
  'store.closed': { 'zh-CN': '本地存储已关闭。', en: 'The local store is closed.' },
  'store.seq': {
    'zh-CN': '案件 {caseId} 已被更新（当前第 {seq} 步，不是第 {expected} 步）。请刷新后重试。',
    en: 'Case {caseId} is at seq {seq}, not {expected}.',
  },
  'store.eventId': { 'zh-CN': '事件 {id} 已经保存过。', en: 'Event {id} is already stored.' },
  'store.wrongCase': {
    'zh-CN': '事件 {id} 属于案件 {caseId}，不属于案件 {writeCaseId}。',
    en: 'Event {id} belongs to case {caseId}, not {writeCaseId}.',
  },
  'store.remote': {
    'zh-CN': '服务器事件 {id}（案件 {caseId}，第 {seq} 步）与本地已确认的记录不一致。',
    en: 'Server event {id} (case {caseId}, seq {seq}) does not agree with the confirmed events stored for that case.',
  },
  'store.superseded': {
    'zh-CN': '服务器上该案件的第 {seq} 步已有其他更新，本地的这次更改未被采用。',
    en: 'The server already has another change at seq {seq} of this case, so this local change was not applied.',
  },
  'store.discardLater': {
    'zh-CN': '请先放弃案件 {caseId} 中更晚的本地更改。',
    en: 'Discard the later local changes of case {caseId} first.',
  },
  'store.confirmSuperseded': {
    'zh-CN': '事件 {id} 已被服务器的其他更新取代，不能再确认。',
    en: 'Event {id} was replaced by another server event, so it cannot be confirmed.',
  },
  'store.asideConfirmed': {
    'zh-CN': '案件 {caseId} 中事件 {id} 之后有服务器已确认的事件，不能将其移出。',
    en: 'Case {caseId} has confirmed events after event {id}, so it cannot be set aside.',
  },
  'store.outboxUnknown': {
    'zh-CN': '待同步队列中没有事件 {id}。',
    en: 'Event {id} is not in the outbox.',
  },
  'store.notRejected': {
    'zh-CN': '事件 {id} 没有被拒绝，不能放弃。',
    en: 'Event {id} was not rejected, so it cannot be discarded.',
  },

  // The sync client.
  'sync.offline': {
    'zh-CN': '无法连接服务器。更改已保存在本设备上，联网后会自动同步。',
    en: 'The server cannot be reached. Changes are kept on this device and sent once online.',
  },
  'sync.http': {
    'zh-CN': '服务器返回错误 {status}：{message}',
    en: 'The server answered {status}: {message}',
  },
  'sync.badAnswer': {
    'zh-CN': '服务器的答复不完整（{detail}），未答复的更改会在下次同步时重新发送。',
    en: 'The server gave an incomplete answer ({detail}); the changes it did not answer are sent again next time.',
  },
  'sync.afterRejected': {
    'zh-CN': '该案件中更早的一次更改被服务器拒绝，这次更改依赖于它，因此没有发送。',
    en: 'An earlier change to this case was refused by the server, and this change builds on it, so it was not sent.',
  },
  'sync.notRecorded': {
    'zh-CN': '服务器接受了这次操作，但没有记录这一条事件。',
    en: 'The server accepted this action but did not record this event of it.',
  },
  'sync.replaced': {
    'zh-CN': '服务器已自行产生这项后续变化，以服务器的记录为准。',
    en: 'The server made this consequence itself; its record is the one kept.',
  },
  'sync.reapplying': {
    'zh-CN': '正在基于案件的最新状态重新执行这次更改。',
    en: 'This change is being taken again on the case as it is now.',
  },
  'sync.notRejected': {
    'zh-CN': '事件 {id} 不是被拒绝的更改。',
    en: 'Event {id} is not a refused change.',
  },
  'sync.busy': {
    'zh-CN': '另一个标签页正在同步，请稍后再试。',
    en: 'Another tab is syncing; try again in a moment.',
  },
} as const satisfies Record<string, Entry>;

/** A key of the engine's message catalogue. */
export type MessageKey = keyof typeof messages;

/**
 * One message of the engine's catalogue, in the given language, with `{params}` filled in.
 *
 * @example
 * ```ts
 * text('en', 'run.unknownCase', { id: 'c-1' }); // 'Case “c-1” does not exist.'
 * ```
 */
export function text(locale: Locale, key: MessageKey, params: Params = {}): string {
  const template: string = messages[key][locale] ?? messages[key].en;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/**
 * Picks one language from a {@link LocalizedText}, falling back to the other.
 *
 * @example
 * ```ts
 * localized({ 'zh-CN': '矛盾纠纷', en: 'Dispute' }, 'en'); // 'Dispute'
 * ```
 */
export function localized(value: LocalizedText | undefined, locale: Locale): string {
  if (!value) return '';
  return value[locale] ?? value['zh-CN'] ?? value.en ?? '';
}
