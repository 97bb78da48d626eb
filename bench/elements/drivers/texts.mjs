// Words the drivers put in cases: summaries and names a county's cases would carry.

export const disputeSummaries = [
  '宅基地边界争议',
  '邻里排水纠纷',
  '土地承包合同纠纷',
  '赡养老人费用分担',
  '欠薪未付',
  '牲畜损坏庄稼赔偿',
  '婚姻家庭矛盾',
  '借款到期未还',
];
export const hazardSummaries = [
  '雨后后山出现裂缝',
  '河堤渗水',
  '村道塌陷',
  '危房墙体开裂',
  '林区违规用火',
  '电线老化',
  '桥梁护栏损坏',
];
export const serviceSummaries = [
  '代办高龄补贴申请',
  '代办医保缴费',
  '代办残疾证',
  '代办低保年审',
  '咨询养老保险',
  '代办户口迁移',
];
export const patrolSummaries = ['村内治安巡逻', '后山林区巡查', '河道汛期巡查', '森林防火巡查'];
export const emergencySummaries = [
  '山洪冲毁便桥',
  '民房火灾',
  '山体滑坡阻断道路',
  '交通事故',
  '群体性事件',
];
export const reasons = [
  '长期上访，情绪不稳',
  '社区矫正对象',
  '刑满释放人员',
  '家庭矛盾激化',
  '独居精神障碍患者',
];

const surnames = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const given = '建国秀英玉兰志强桂芳明华春梅德胜淑珍海燕';

/** A person's name: surname and one or two characters. */
export const personName = (random) =>
  random.pick([...surnames]) +
  random.pick([...given]) +
  (random.chance(0.7) ? random.pick([...given]) : '');

/** A house in a village, e.g. “3 组 12 号”. */
export const address = (random) => `${random.int(1, 12)} 组 ${random.int(1, 80)} 号`;
