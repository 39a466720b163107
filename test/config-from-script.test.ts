import { expect } from '@open-wc/testing';
import { configureFromScript } from '../src/config-from-script.js';
import { getConfig, resetConfig } from '../src/core/config.js';
import { fetchText, proxiedUrl } from '../src/data/fetch-text.js';

describe('configuration for site owners and developers', () => {
  afterEach(resetConfig);

  it('<script data-proxy data-persist data-locale data-timeout data-loading> configures the page', () => {
    const script = document.createElement('script');
    script.dataset.proxy = 'https://proxy.example/?url={url}';
    script.dataset.persist = '';
    script.dataset.locale = 'ru';
    script.dataset.timeout = '5000';
    script.dataset.loading = 'lazy';
    configureFromScript(script);
    expect(getConfig()).to.include({ proxy: 'https://proxy.example/?url={url}', persist: true, locale: 'ru', timeout: 5000, loading: 'lazy' });
  });

  it('a bare <script> leaves the defaults alone', () => {
    configureFromScript(document.createElement('script'));
    expect(getConfig()).to.include({ persist: false, timeout: 10000 });
    expect(getConfig().proxy).to.equal(undefined);
  });

  it('the proxy template wraps cross-origin URLs, percent-encoded, and leaves same-origin ones', () => {
    const proxy = 'https://proxy.example/?url={url}';
    expect(proxiedUrl('https://www.cbr.ru/scripts/XML_daily.asp?date_req=13/12/2025', proxy)).to.equal(
      'https://proxy.example/?url=https%3A%2F%2Fwww.cbr.ru%2Fscripts%2FXML_daily.asp%3Fdate_req%3D13%2F12%2F2025',
    );
    expect(proxiedUrl('/fx/cbr/a.xml', proxy)).to.equal(`${location.origin}/fx/cbr/a.xml`);
  });

  it('fetchText decodes windows-1251 by the Content-Type header and by the XML prolog', async () => {
    const file = '/fx/cbr/XML_daily_2022-03-15.raw-win1251.xml';
    const byHeader = await fetchText(`${file}?ct=text/xml;%20charset=windows-1251`);
    const byProlog = await fetchText(file);
    expect(byHeader).to.contain('Австралийский доллар');
    expect(byProlog).to.equal(byHeader);
  });
});
