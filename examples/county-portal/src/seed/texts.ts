// What residents and workers write in the demo county's cases: Chinese, as in a real county.
// Picked by `<case type>.<field>` first, then by field name.

const disputeSummaries = [
  '两户村民因宅基地边界发生争执',
  '邻里因排水沟堵塞引发纠纷',
  '兄弟二人因老人赡养问题争吵',
  '承包地流转租金拖欠引发矛盾',
  '装修噪音影响邻居休息',
  '家禽越界损坏邻家菜地',
  '婚姻家庭矛盾，双方情绪激动',
  '工钱结算不清，务工人员讨薪',
];

const hazardSummaries = [
  '后山坡体出现裂缝，雨后有落石',
  '河堤一段出现渗水',
  '老旧民房墙体开裂',
  '村道急弯处护栏缺失',
  '电线私拉乱接，存在火灾隐患',
  '山塘水库溢洪道堵塞',
  '林区旁堆放大量秸秆',
];

const serviceSummaries = [
  '独居老人申请上门送餐服务',
  '残疾人证办理咨询',
  '申请临时救助',
  '自来水管爆裂，请求维修',
  '路灯损坏，夜间出行不便',
  '申请办理高龄津贴',
];

const notes = [
  '已上门核实，情况属实',
  '与当事人面谈，已做好解释工作',
  '已电话联系，约定明日再访',
  '现场查看，已拍照留存',
  '情绪稳定，家属配合',
  '已协调村两委共同处理',
];

/**
 * Text pools by `type.field` or by `field`.
 *
 * @example
 * ```ts
 * const pool = texts['dispute.summary'] ?? texts.summary;
 * ```
 */
export const texts: { readonly [key: string]: readonly string[] } = {
  'dispute.summary': disputeSummaries,
  'dispute.description': disputeSummaries,
  'hazard.summary': hazardSummaries,
  'hazard.description': hazardSummaries,
  'hazard-task.summary': hazardSummaries,
  'service-request.summary': serviceSummaries,
  'service-request.description': serviceSummaries,
  'patrol.summary': ['日常巡查', '汛期巡查', '夜间治安巡逻', '重点部位巡查'],
  'emergency-dispatch.summary': [
    '暴雨致村道塌方，多户出行受阻',
    '山火险情，需多部门协同',
    '河水上涨，低洼处居民需转移',
  ],
  'poverty-watch.summary': ['因病致贫风险', '因灾返贫风险', '家庭收入骤减', '因学支出大增'],
  'watched-person.reason': ['长期上访，情绪不稳', '刑满释放人员', '社区矫正对象', '精神障碍患者'],
  'poverty-watch.reason': ['家中主要劳动力患重病', '房屋受灾损毁', '务工收入中断'],
  'place.name': [
    '桃源小学',
    '村卫生室',
    '石桥',
    '柳湾农贸市场',
    '青山水库',
    '老年活动中心',
    '村委会',
    '加油站',
    '砖厂',
    '养殖场',
    '敬老院',
    '文化广场',
  ],
  'organisation.name': [
    '松岭县桃源种养专业合作社',
    '东溪镇供销社',
    '西坪镇中心小学',
    '青山茶厂',
    '柳湾物业服务中心',
  ],
  summary: ['群众反映的问题', '网格巡查发现的问题'],
  description: ['群众反映，需尽快处理', '巡查中发现，已告知相关人员'],
  location: ['村委会东侧', '后山坡脚', '村口小桥', '三组水塘边', '学校门口', '老街十字路口'],
  address: ['一组12号', '二组7号', '三组21号', '四组3号', '五组18号', '新村小区3栋'],
  notes,
  note: notes,
  report: ['已完成处置，现场恢复正常', '已加固并设置警示标志', '隐患已消除，建议持续观察'],
  reason: ['情况复杂，需上级协调', '超出本级处理权限', '当事人要求上级处理', '已核实，无需处理'],
  agreement: ['双方同意按原界址砌墙，费用各半', '一方赔偿损失800元，双方和解', '约定每月轮流赡养'],
  followUp: ['回访时双方关系缓和', '协议已履行', '当事人表示满意'],
  remediation: notes,
  measures: ['定期走访，落实帮扶措施', '安排公益岗位', '落实医疗救助'],
  result: ['已办结', '已按要求处理', '问题已解决'],
};

/**
 * Chinese names for the people in the registers: a surname and a given name.
 *
 * @example
 * ```ts
 * const name = `${random.pick(surnames)}${random.pick(givenNames)}`; // '王建华'
 * ```
 */
export const surnames = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '赵',
  '黄',
  '周',
  '吴',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
];

/** Given names, to go after {@link surnames}. */
export const givenNames = [
  '建华',
  '秀英',
  '国强',
  '桂芳',
  '志勇',
  '玉兰',
  '德明',
  '淑珍',
  '海燕',
  '永福',
  '春梅',
  '宝山',
  '金凤',
  '长青',
  '小红',
  '文斌',
  '丽娟',
  '大勇',
  '翠花',
  '明亮',
];
