// A dozen cases for the example county, opened and moved on through the engine, as people would:
// every event is decided by the same rules (roles, org scope, guards, schemas) as a click on the
// page. The clock is set back for each step, so the cases have a history spread over the last
// days, and one report nobody took up is overdue.
import type { Actor, CaseEngine, LocalStore } from '@casegrid/core';
import { personById } from './county.js';
import { portalEngine } from './engine.js';

const hourMs = 3_600_000;

/**
 * Fills `store` with the example county's cases (zh-CN data, as a county's own would be): two
 * person records, disputes, hazards (one dispatched to the water bureau, which opens its task),
 * service requests and people of concern, in every stage from just reported to closed.
 *
 * @example
 * ```ts
 * const store = memoryLocalStore();
 * await seedCases(store);
 * ```
 */
export async function seedCases(store: LocalStore, now: number = Date.now()): Promise<void> {
  let at = now;
  const engine: CaseEngine = portalEngine(store, 'zh-CN', () => at);
  const who = (id: string): Actor => personById(id);
  const open = async (
    hoursAgo: number,
    typeId: string,
    unit: string,
    by: string,
    data: object,
  ): Promise<string> => {
    at = now - hoursAgo * hourMs;
    return (await engine.open(typeId, { data, unit, actor: who(by) })).id;
  };
  const perform = async (
    hoursAgo: number,
    caseId: string,
    action: string,
    by: string,
    input?: object,
  ): Promise<void> => {
    at = now - hoursAgo * hourMs;
    await engine.perform(caseId, action, { actor: who(by), ...(input ? { input } : {}) });
  };

  // Register records the first dispute links to.
  const zhou = await open(200, 'person', 'liulin-1', 'chen-li', {
    name: '周桂英',
    sex: 'female',
    birthDate: '1956-03-12',
    address: '柳林村一组 8 号',
    residence: 'resident',
    tags: ['elderly-alone'],
  });
  const wu = await open(199, 'person', 'liulin-1', 'chen-li', {
    name: '吴大成',
    sex: 'male',
    birthDate: '1971-10-02',
    address: '柳林村一组 10 号',
    residence: 'resident',
  });

  // Disputes: in mediation, settled and closed, and one nobody took up (overdue).
  const boundary = await open(76, 'dispute', 'liulin-1', 'chen-li', {
    summary: '周、吴两家宅基地边界纠纷',
    category: 'land',
    parties: ['周桂英', '吴大成'],
    partyRecords: [zhou, wu],
    location: '柳林村一组',
    details: '吴家新砌围墙占用周家菜地约半米，双方多次争吵。',
  });
  await perform(70, boundary, 'accept', 'li-guihua');

  const noise = await open(150, 'dispute', 'liulin-1', 'zhou-hai', {
    summary: '楼上装修噪音扰民',
    category: 'neighbour',
    parties: ['钱家', '孙家'],
    location: '柳林村安置小区 3 栋',
  });
  await perform(146, noise, 'accept', 'li-guihua');
  await perform(120, noise, 'resolve', 'li-guihua', {
    agreement: '装修限定在每天 8:00–12:00、14:00–18:00，周末不施工。',
    partiesAgree: true,
  });
  await perform(30, noise, 'follow-up', 'chen-li', {
    notes: '回访两户，协议已履行，双方满意。',
    agreementKept: true,
    satisfaction: 5,
  });

  await open(98, 'dispute', 'zhuping-1', 'wang-jun', {
    summary: '兄弟二人赡养老人费用分担纠纷',
    category: 'family',
    parties: ['何大勇', '何小勇'],
    location: '竹坪村三组',
  });

  // Hazards: dispatched to the water bureau (its task accepted), remedied and waiting for the
  // re-inspection, and a severe one the county handles (routed by severity).
  const levee = await open(52, 'hazard', 'liulin-2', 'chen-li', {
    summary: '柳林河堤坝渗水',
    kind: 'flood',
    severity: 'medium',
    location: '柳林河左岸 2 号闸附近',
    source: 'patrol',
  });
  await perform(49, levee, 'verify', 'liu-bo', { notes: '现场核实渗水点两处。', severity: 'high' });
  await perform(47, levee, 'dispatch', 'liu-bo', {
    lead: 'qingxi-water',
    instructions: '请于汛期前完成堤坝加固。',
  });
  const [task] = (await engine.get(levee)).children;
  if (task !== undefined) await perform(45, task.id, 'accept', 'ma-tao');

  const road = await open(60, 'hazard', 'liulin-1', 'zhou-hai', {
    summary: '村道路面塌陷',
    kind: 'road',
    severity: 'low',
    location: '柳林村村委会门前',
  });
  await perform(55, road, 'verify', 'liu-bo');
  await perform(20, road, 'remediate', 'liu-bo', { measures: '已回填压实并设置警示标志。' });

  await open(3, 'hazard', 'zhuping-2', 'wang-jun', {
    summary: '后山出现裂缝，有滑坡风险',
    kind: 'landslide',
    severity: 'high',
    location: '竹坪村二组后山',
  });

  // Service requests (代办): in progress, closed with a rating, and just submitted.
  const subsidy = await open(28, 'service-request', 'liulin-1', 'zhou-hai', {
    summary: '代办高龄津贴申请',
    requester: '周桂英',
    person: zhou,
    category: 'subsidy',
    urgency: 'normal',
  });
  await perform(26, subsidy, 'accept', 'chen-li');

  const insurance = await open(124, 'service-request', 'zhuping-1', 'wang-jun', {
    summary: '代缴城乡居民医保',
    requester: '何大勇',
    category: 'medical-insurance',
  });
  await perform(123, insurance, 'accept', 'wang-jun');
  await perform(100, insurance, 'complete', 'wang-jun', { result: '已代缴 2027 年度医保。' });
  await perform(80, insurance, 'follow-up', 'wang-jun', { satisfaction: 4 });

  await open(5, 'service-request', 'shimen-1', 'liu-bo', {
    summary: '补办身份证',
    requester: '石小梅',
    category: 'certificate',
  });

  // People of concern (人盯人): one followed with a visit, one waiting for a responsible person.
  const watched = await open(96, 'watched-person', 'liulin-2', 'chen-li', {
    name: '郑某',
    category: 'community-correction',
    riskLevel: 'medium',
    reason: '社区矫正对象，需定期走访。',
  });
  await perform(90, watched, 'assign', 'zhao-ming', { responsible: 'chen-li' });
  await perform(40, watched, 'visit', 'chen-li', {
    date: new Date(now - 40 * hourMs).toISOString().slice(0, 10),
    notes: '在家务农，情绪稳定。',
  });

  await open(10, 'watched-person', 'zhuping-2', 'wang-jun', {
    name: '冯某',
    category: 'mental-health',
    riskLevel: 'high',
    reason: '家属反映近期情绪波动大。',
  });
}
