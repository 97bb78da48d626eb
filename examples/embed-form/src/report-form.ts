// The form both pages show: the schema is JSON (build.mjs precompiles its validator from the
// same file), the UI schema is typed against the published `UiSchema`.
import type { JsonSchema, UiSchema } from '@casegrid/schema/form';
import schema from './report.schema.json' with { type: 'json' };

/** A livelihood service request (民生服务) as a grid worker reports it. */
export const reportSchema: JsonSchema = schema;

/** Two columns on wide screens (one on phones); "other category" only when it applies. */
export const reportUi = {
  columns: 2,
  order: ['requester', 'phone', 'category', 'otherCategory', 'details', '*'],
  fields: {
    otherCategory: {
      hiddenWhen: { schema: { properties: { category: { not: { const: 'other' } } } } },
    },
    details: {
      widget: 'textarea',
      span: 2,
      placeholder: { 'zh-CN': '请简要描述', en: 'Describe briefly' },
    },
    unit: { span: 2 },
    place: { span: 2 },
  },
} satisfies UiSchema;
