import { describe, expect, it } from 'vitest';
import { withoutSiteSuffix } from './site-suffix.ts';

describe('withoutSiteSuffix', () => {
  it("cuts what follows a title's bar, the site's name", () => {
    expect(withoutSiteSuffix('Бишкекте коопсуздук кеңеши өттү | Kabar')).toBe('Бишкекте коопсуздук кеңеши өттү');
    expect(withoutSiteSuffix('ҰҚШҰ жаттығу өткізді | Дала Ақпарат | Жаңалықтар')).toBe('ҰҚШҰ жаттығу өткізді');
  });

  it('cuts what follows a dash only where the page names the site on a short line of its own', () => {
    const page = ['Son Dakika', 'Gündem', '© 2026 Son Dakika. Tüm hakları saklıdır.'];
    expect(withoutSiteSuffix('Bakanlar İstanbul’da toplandı - Son Dakika', page)).toBe('Bakanlar İstanbul’da toplandı');
  });

  it("keeps a dash that is the headline's own", () => {
    expect(withoutSiteSuffix('Sabaha olan - HAVA PROQNOZU', ['Xəbərlər', 'Siyasət'])).toBe('Sabaha olan - HAVA PROQNOZU');
    expect(withoutSiteSuffix('Ош — Бишкек жолу оңдолот')).toBe('Ош — Бишкек жолу оңдолот');
  });

  it('keeps a title that would be left with one word', () => {
    expect(withoutSiteSuffix('Жаңылыктар | Kabar')).toBe('Жаңылыктар | Kabar');
  });
});
