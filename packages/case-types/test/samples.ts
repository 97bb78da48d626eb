// Case data a grid worker would report, one sample per kit type that people open themselves.
export const samples = {
  dispute: {
    summary: '宅基地边界争议',
    category: 'land',
    parties: ['张三丰', '李四光'],
    location: '东一村三组',
  },
  hazard: {
    kind: 'landslide',
    severity: 'medium',
    summary: '雨后后山出现裂缝',
    location: '东一村后山',
  },
  watchedPerson: {
    name: '王老五',
    category: 'petitioner',
    riskLevel: 'medium',
    reason: '长期上访，情绪不稳',
  },
  povertyWatch: {
    name: '刘建国',
    household: 'household-1',
    risks: ['illness'],
    riskLevel: 'medium',
    members: 4,
  },
  serviceRequest: {
    summary: '代办高龄补贴申请',
    requester: '刘奶奶',
    category: 'subsidy',
    phone: '13800138000',
  },
  patrol: { kind: 'ecological', summary: '东一村—后山林区—河道', team: ['张三', '钱二'] },
  emergencyDispatch: {
    summary: '东一村山洪冲毁便桥',
    kind: 'flood',
    level: 'III',
    location: '东一村河道便桥',
  },
  person: { name: '刘奶奶', sex: 'female', birthDate: '1938-05-01', residence: 'resident' },
  household: { name: '刘建国户', address: '东一村三组 12 号', memberCount: 4 },
  place: { name: '后山地灾点', kind: 'slope', riskLevel: 'high' },
  organisation: { name: '东一村茶叶专业合作社', kind: 'cooperative', employees: 12 },
} as const;
