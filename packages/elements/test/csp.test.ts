// <cg-case-form> in a page served with `Content-Security-Policy: script-src 'self'` (no
// 'unsafe-eval', no 'unsafe-inline'). csp/csp-plugin.ts serves the page; csp/page.ts runs in it and
// posts what it saw; these tests read that report.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CspPageResult, CspViolation } from './csp/page.js';

const pageUrl = '/__csp/index.html';
const strictPolicy = "script-src 'self'";

let frame: HTMLIFrameElement;
let result: CspPageResult;

/** Opens the page in a same-origin iframe and waits for its report. */
function openPage(timeoutMs: number): Promise<CspPageResult> {
  frame = document.createElement('iframe');
  frame.title = 'strict CSP page';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${pageUrl} posted nothing in ${timeoutMs} ms: did its script run?`)),
      timeoutMs,
    );
    window.addEventListener('message', function listen(event: MessageEvent) {
      if (event.source !== frame.contentWindow || event.data?.kind !== 'cg-csp-result') return;
      window.removeEventListener('message', listen);
      clearTimeout(timer);
      resolve(event.data as CspPageResult);
    });
    frame.src = pageUrl;
    document.body.append(frame);
  });
}

const isEval = (violation: CspViolation) =>
  violation.directive === 'script-src' && violation.blocked === 'eval';

beforeAll(async () => {
  result = await openPage(15_000);
  // The page catches its own errors and reports them here rather than never posting.
  if (result.failure !== undefined) throw new Error(`the page failed: ${result.failure}`);
}, 20_000);

afterAll(() => frame.remove());

describe("<cg-case-form> under Content-Security-Policy: script-src 'self'", () => {
  it('is served with the strict policy header and no inline script', async () => {
    const response = await fetch(pageUrl);
    expect(response.headers.get('content-security-policy')).toBe(strictPolicy);
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
    const scripts = [...page.querySelectorAll('script')];
    expect(scripts.map((script) => [script.type, script.getAttribute('src')])).toEqual([
      ['module', '/__csp/page.ts'],
    ]);
    expect(scripts[0]?.textContent).toBe('');
  });

  it('refuses eval in that page, so the policy is in force', () => {
    expect(result.evalProbe).toBe('EvalError');
    const probe = result.violations.filter((violation) => violation.step === 'eval probe');
    expect(probe.length).toBeGreaterThan(0);
    expect(probe.every(isEval)).toBe(true);
  });

  it('validates with precompiled validators: an invalid phone shows the localized error', () => {
    expect(result.precompiled.phoneError).toBe('请输入有效的手机号码（11 位）');
    expect(result.precompiled.validWithBadPhone).toBe(false);
  });

  it('submits a valid value with cg-submit', () => {
    expect(result.precompiled.submitted).toEqual([{ summary: '邻里纠纷', phone: '13912345678' }]);
  });

  it('loads and validates with no violation: only the eval probe and the run-time compiler are refused', () => {
    const unexpected = result.violations.filter(
      (violation) =>
        !(isEval(violation) && (violation.step === 'eval probe' || violation.step === 'run time')),
    );
    expect(unexpected).toEqual([]);
  });

  it('without a precompiled validator, refuses to submit: the run-time compiler is blocked', () => {
    const { runTime } = result;
    expect(runTime.fields).toBe(2);
    expect(runTime.submitted).toEqual([]);
    expect(runTime.invalidEvents).toBeGreaterThan(0);
    expect(runTime.validate).toBe(false);
    expect(runTime.validationMessage).not.toBe('');
    expect(result.violations.filter((violation) => violation.step === 'run time')).not.toEqual([]);
  });

  it('without a precompiled validator, shows the failure once instead of retrying', () => {
    expect(result.runTime.alert ?? '').not.toBe('');
    const refused = result.violations.filter(
      (violation) => violation.step === 'run time' && isEval(violation),
    );
    expect(refused).toHaveLength(1);
  });
});
