import {
  decimalPlaces,
  type MessageCatalog,
  ownEntry,
  showValue,
  typeList,
} from './message-catalog.js';

const typeNames: Record<string, string> = {
  string: '文本',
  number: '数字',
  integer: '整数',
  boolean: '是或否',
  object: '对象',
  array: '列表',
  null: '空值',
};

const notAllowed = () => '不允许填写此值';
const tooManyItems = ({ params }: { params: Record<string, unknown> }) =>
  `不能超过 ${params.limit} 项`;

/**
 * Simplified Chinese wording, written as UI text: short, polite, and naming fields by their titles.
 *
 * @example
 * ```ts
 * zhCN.keywords.minimum?.({ params: { limit: 0 }, label: (name) => name }); // '不能小于 0'
 * ```
 */
export const zhCN: MessageCatalog = {
  keywords: {
    required: ({ params, label }) => `请填写“${label(params.missingProperty)}”`,
    dependentRequired: ({ params, label }) =>
      `填写“${label(params.property)}”时，还需填写“${label(params.missingProperty)}”`,
    dependencies: ({ params, label }) =>
      `填写“${label(params.property)}”时，还需填写“${label(params.missingProperty)}”`,
    type: ({ params }) =>
      `必须是${typeList(params.type)
        .map((type) => typeNames[type] ?? type)
        .join('或')}`,
    enum: () => '请从给定的选项中选择',
    const: ({ params }) =>
      params.allowedValue === true ? '请勾选此项' : `必须为 ${showValue(params.allowedValue)}`,
    minLength: ({ params }) =>
      params.limit === 1 ? '不能为空' : `不能少于 ${params.limit} 个字符`,
    maxLength: ({ params }) => `不能超过 ${params.limit} 个字符`,
    pattern: () => '格式不正确',
    format: ({ params }) => {
      const noun = ownEntry(zhCN.formats, params.format);
      if (noun === undefined) return zhCN.unknownFormat(String(params.format));
      // Chinese UI text puts a space between Han characters and Latin letters or digits.
      return `请输入有效的${/^[\x21-\x7e]/.test(noun) ? ' ' : ''}${noun}`;
    },
    minimum: ({ params }) => `不能小于 ${params.limit}`,
    maximum: ({ params }) => `不能大于 ${params.limit}`,
    exclusiveMinimum: ({ params }) => `必须大于 ${params.limit}`,
    exclusiveMaximum: ({ params }) => `必须小于 ${params.limit}`,
    multipleOf: ({ params }) => {
      const places = decimalPlaces(params.multipleOf);
      if (places === 0) return '必须是整数';
      if (places !== undefined) return `最多保留 ${places} 位小数`;
      return `必须是 ${params.multipleOf} 的整数倍`;
    },
    formatMinimum: ({ params }) => `不能早于或小于 ${params.limit}`,
    formatMaximum: ({ params }) => `不能晚于或大于 ${params.limit}`,
    formatExclusiveMinimum: ({ params }) => `必须晚于或大于 ${params.limit}`,
    formatExclusiveMaximum: ({ params }) => `必须早于或小于 ${params.limit}`,
    minItems: ({ params }) => `至少需要 ${params.limit} 项`,
    maxItems: ({ params }) => `不能超过 ${params.limit} 项`,
    uniqueItems: ({ params }) => `第 ${params.i + 1} 项与第 ${params.j + 1} 项重复`,
    contains: ({ params }) =>
      params.maxContains === undefined
        ? `至少需要 ${params.minContains} 项符合要求`
        : `符合要求的项须在 ${params.minContains} 到 ${params.maxContains} 项之间`,
    minProperties: ({ params }) => `至少需要填写 ${params.limit} 个字段`,
    maxProperties: ({ params }) => `不能超过 ${params.limit} 个字段`,
    additionalProperties: ({ params }) => `不允许的字段“${params.additionalProperty}”`,
    unevaluatedProperties: ({ params }) => `不允许的字段“${params.unevaluatedProperty}”`,
    propertyNames: ({ params }) => `字段名“${params.propertyName}”无效`,
    items: tooManyItems,
    additionalItems: tooManyItems,
    unevaluatedItems: tooManyItems,
    oneOf: ({ params }) =>
      params.passingSchemas ? '同时符合多种情形，只能符合其中一种' : '不符合任何一种允许的情形',
    anyOf: () => '不符合任何一种允许的情形',
    not: notAllowed,
    if: () => '不满足相应条件下的要求',
    'false schema': notAllowed,
  },
  formats: {
    email: '电子邮箱地址',
    date: '日期（如 2024-01-31）',
    time: '时间（如 08:30:00+08:00）',
    'date-time': '日期和时间（如 2024-01-31T08:30:00+08:00）',
    'iso-time': '时间（如 08:30:00）',
    'iso-date-time': '日期和时间（如 2024-01-31T08:30:00）',
    duration: '时长（如 P3D）',
    uri: '网址（URI）',
    'uri-reference': 'URI 引用',
    'uri-template': 'URI 模板',
    url: '网址',
    hostname: '主机名',
    ipv4: 'IPv4 地址',
    ipv6: 'IPv6 地址',
    regex: '正则表达式',
    uuid: 'UUID',
    'json-pointer': 'JSON 指针',
    'json-pointer-uri-fragment': 'JSON 指针',
    'relative-json-pointer': '相对 JSON 指针',
    byte: 'Base64 编码内容',
    int32: '32 位整数',
    int64: '64 位整数',
    float: '数字',
    double: '数字',
    'phone-cn': '手机号码（11 位）',
    'id-card-cn': '18 位居民身份证号码',
  },
  unknownFormat: (format) => `格式不正确（应为 ${format}）`,
  fallback: '填写的内容无效',
  schemaRules: {
    notSerializable: () => '模式不是有效的 JSON 数据',
    maxBytes: ({ bytes, limit }) => `模式过大：${bytes} 字节，上限为 ${limit} 字节`,
    maxDepth: ({ limit }) => `嵌套层级过深：超过 ${limit} 层`,
    maxProperties: ({ count, limit }) => `成员过多：共 ${count} 个，上限为 ${limit} 个`,
    $data: () => '不允许使用 $data 引用',
    unboundedString: ({ keyword, limit }) =>
      keyword === 'patternProperties'
        ? `使用 patternProperties 时，须用 propertyNames 的 maxLength 限制字段名长度（不超过 ${limit}）`
        : `使用 ${keyword} 时，须在同一模式中设置 maxLength（不超过 ${limit}）`,
    maxStringLength: ({ limit }) => `maxLength 不能超过 ${limit}`,
    maxPatternLength: ({ length, limit }) => `正则表达式过长：${length} 个字符，上限为 ${limit}`,
    invalidPattern: ({ detail }) => `正则表达式无效：${detail}`,
    unsafePattern: ({ reason }) =>
      reason === 'nestedQuantifier'
        ? '正则表达式可能导致灾难性回溯：重复的分组内又含有可变次数的量词，如 (a+)+'
        : '正则表达式可能导致灾难性回溯：重复的分组内含有可能重叠的分支，如 (a|ab)*',
    remoteRef: ({ ref }) => `不允许引用外部模式“${ref}”，只能使用以 # 开头的本地引用`,
    unknownKeyword: ({ keyword, suggestion }) =>
      `未知关键字“${keyword}”` +
      (suggestion ? `，是否应为“${suggestion}”？` : '；自定义扩展请以 x- 开头'),
    unknownFormat: ({ format }) => `未知格式“${format}”`,
    compile: ({ detail }) => `模式无法编译：${detail}`,
  },
};
