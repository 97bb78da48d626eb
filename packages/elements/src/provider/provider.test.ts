import { html, type LitElement } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations, cleanup } from '../../test/fixture.js';
import { named, workbenchEngine } from '../../test/workbench-fixture.js';
import { WorkbenchElement } from '../internal/workbench-element.js';
import './define.js';

// A minimal consumer: shows what it was given and counts change bursts.
class ProbeElement extends WorkbenchElement {
  bursts: ReadonlySet<string>[] = [];
  protected override casesChanged(ids: ReadonlySet<string>): void {
    this.bursts.push(ids);
    super.casesChanged(ids);
  }
  override render() {
    const { actor, locale, engine } = this.current;
    return html`<p>${actor?.name ?? '-'} ${locale} ${engine ? 'engine' : 'none'}</p>`;
  }
}
customElements.define('cg-test-probe', ProbeElement);

async function mount(): Promise<{
  provider: HTMLElementTagNameMap['cg-provider'];
  probe: ProbeElement;
}> {
  const provider = document.createElement('cg-provider');
  const probe = document.createElement('cg-test-probe') as ProbeElement;
  provider.append(probe);
  document.body.append(provider);
  await provider.updateComplete;
  await probe.updateComplete;
  return { provider, probe };
}

const shown = (probe: LitElement) => probe.shadowRoot?.querySelector('p')?.textContent?.trim();

describe('<cg-provider>', () => {
  afterEach(cleanup);

  it('has no accessibility violations', async () => {
    const { provider } = await mount();
    expect(await axeViolations(provider)).toEqual([]);
  });

  it('gives the elements inside it the engine, actor and locale', async () => {
    const { engine, store } = workbenchEngine();
    const { provider, probe } = await mount();
    expect(shown(probe)).toBe('- zh-CN none');
    Object.assign(provider, { engine, store, actor: named.gridWorker, locale: 'en' });
    await provider.updateComplete;
    await probe.updateComplete;
    expect(shown(probe)).toBe('张三 en engine');
  });

  it("lets an element's own property win over the provider's", async () => {
    const { provider, probe } = await mount();
    Object.assign(provider, { actor: named.gridWorker, locale: 'en' });
    probe.actor = named.townDirector;
    probe.locale = 'zh-CN';
    await provider.updateComplete;
    await probe.updateComplete;
    expect(shown(probe)).toBe('周九 zh-CN none');
  });

  it('hands an element the cases changed through the engine, in one burst', async () => {
    const { engine, store } = workbenchEngine();
    const { provider, probe } = await mount();
    Object.assign(provider, { engine, store, actor: named.gridWorker });
    await provider.updateComplete;
    await probe.updateComplete;
    const first = await engine.open('dispute', {
      data: { parties: ['甲', '乙'], summary: '地界', category: 'land' },
      unit: 'grid-a1-1',
      actor: named.gridWorker,
    });
    await engine.perform(first.id, 'accept', { actor: named.villageMediator });
    await expect.poll(() => probe.bursts.length).toBe(1);
    expect([...(probe.bursts[0] ?? [])]).toEqual([first.id]);
  });

  it('stops listening when the element leaves the page', async () => {
    const { engine, store } = workbenchEngine();
    const { provider, probe } = await mount();
    Object.assign(provider, { engine, store, actor: named.gridWorker });
    await provider.updateComplete;
    await probe.updateComplete;
    probe.remove();
    await engine.open('dispute', {
      data: { parties: ['甲', '乙'], summary: '地界', category: 'land' },
      unit: 'grid-a1-1',
      actor: named.gridWorker,
    });
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(probe.bursts).toEqual([]);
  });
});
