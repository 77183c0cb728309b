// The report page: take a dropped export file, post it to this local server, show the report it
// returns. The page's CSP allows no other origin, so the file goes nowhere else.
(function () {
  'use strict';
  const T = {
    'zh-Hant': { title: '催收訊息證據報告', private: '檔案只交給這部電腦上的 Dunwatch 伺服器處理，不會傳到別處。', lang: '語言',
      region: '地區', tz: '時區', cn: '中國大陸', tw: '臺灣', hk: '香港', drop: '把匯出的簡訊或郵件檔案拖到這裡，或按一下選擇檔案',
      formats: 'SMS Backup & Restore XML、iOS sms.db、mbox、eml、CSV、JSONL', download: '下載：', working: '正在檢查 {name} …',
      done: '完成：{name}', failed: '無法產生報告：{message}' },
    'zh-Hans': { title: '催收信息证据报告', private: '文件只交给这台电脑上的 Dunwatch 服务器处理，不会传到别处。', lang: '语言',
      region: '地区', tz: '时区', cn: '中国大陆', tw: '台湾', hk: '香港', drop: '把导出的短信或邮件文件拖到这里，或点击选择文件',
      formats: 'SMS Backup & Restore XML、iOS sms.db、mbox、eml、CSV、JSONL', download: '下载：', working: '正在检查 {name} …',
      done: '完成：{name}', failed: '无法生成报告：{message}' },
    en: { title: 'Debt-collection message evidence report', private: 'The file goes only to the Dunwatch server on this computer, nowhere else.',
      lang: 'Language', region: 'Region', tz: 'Time zone', cn: 'Mainland China', tw: 'Taiwan', hk: 'Hong Kong',
      drop: 'Drop an exported SMS or mail file here, or click to choose one',
      formats: 'SMS Backup & Restore XML, iOS sms.db, mbox, eml, CSV, JSONL', download: 'Download:',
      working: 'Checking {name} …', done: 'Done: {name}', failed: 'No report: {message}' },
  };
  const $ = (id) => document.getElementById(id);
  let current = null; // the File last dropped

  function pickLang() {
    const asked = new URLSearchParams(location.search).get('lang') || navigator.language || '';
    const low = asked.toLowerCase();
    if (T[asked]) return asked;
    if (low.startsWith('en')) return 'en';
    if (low === 'zh-cn' || low === 'zh-sg' || low.startsWith('zh-hans')) return 'zh-Hans';
    return 'zh-Hant';
  }

  function t(key, vars) {
    const text = T[$('lang').value][key] || key;
    return text.replace(/\{(\w+)\}/g, (_, k) => (vars && k in vars ? vars[k] : ''));
  }

  function localize() {
    document.documentElement.lang = $('lang').value;
    for (const el of document.querySelectorAll('[data-t]')) el.textContent = t(el.dataset.t);
    document.title = t('title');
  }

  async function request(file, kind) {
    const query = new URLSearchParams({ output: kind, lang: $('lang').value, region: $('region').value, tz: $('tz').value });
    const response = await fetch('/report/scan?' + query, {
      method: 'POST', body: file, credentials: 'same-origin',
      headers: { 'X-Dunwatch-Report': '1', 'X-Dunwatch-Filename': encodeURIComponent(file.name),
        'Content-Type': 'application/octet-stream' },
    });
    if (!response.ok) {
      const body = await response.json().catch(() => ({}));
      throw new Error((body.error && body.error.message) || 'HTTP ' + response.status);
    }
    return response.blob();
  }

  async function show(file) {
    current = file;
    $('status').textContent = t('working', { name: file.name });
    $('status').className = '';
    try {
      const blob = await request(file, 'html');
      $('report').srcdoc = await blob.text();
      $('report').hidden = false;
      $('downloads').hidden = false;
      $('status').textContent = t('done', { name: file.name });
    } catch (err) {
      $('report').hidden = true;
      $('downloads').hidden = true;
      $('status').textContent = t('failed', { message: err.message });
      $('status').className = 'bad';
    }
  }

  async function download(kind) {
    if (!current) return;
    try {
      const url = URL.createObjectURL(await request(current, kind));
      const a = Object.assign(document.createElement('a'), { href: url, download: 'dunwatch-report.' + kind });
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60000);
    } catch (err) {
      $('status').textContent = t('failed', { message: err.message });
      $('status').className = 'bad';
    }
  }

  function wire() {
    const drop = $('drop');
    $('lang').value = pickLang();
    $('tz').value = Intl.DateTimeFormat().resolvedOptions().timeZone || '';
    localize();
    $('lang').addEventListener('change', () => { localize(); if (current) show(current); });
    $('region').addEventListener('change', () => current && show(current));
    $('file').addEventListener('change', (ev) => ev.target.files[0] && show(ev.target.files[0]));
    drop.addEventListener('dragover', (ev) => { ev.preventDefault(); drop.classList.add('over'); });
    drop.addEventListener('dragleave', () => drop.classList.remove('over'));
    drop.addEventListener('drop', (ev) => {
      ev.preventDefault();
      drop.classList.remove('over');
      if (ev.dataTransfer.files[0]) show(ev.dataTransfer.files[0]);
    });
    for (const button of document.querySelectorAll('#downloads button')) {
      button.addEventListener('click', () => download(button.dataset.kind));
    }
  }

  wire();
})();
