import { describe, expect, it } from 'vitest';
import { forecastCsv, forecastJourney } from '../../../../shared/model/forecast';
import { journey } from '../health/build';

describe('the forecast as CSV', () => {
  it('quotes per RFC 4180 and never lets a title run as a spreadsheet formula', () => {
    const doc = journey({
      aware: [{ title: '=HYPERLINK("http://x","click")', reach: 10, conversionRate: 50 }],
      engage: [{ title: 'Blog, "the" guides', value: 2 }],
      subscribe: [{ title: '-1 offer' }, { title: '@sum' }, { title: '+plus' }],
    });
    doc.connections = [{ id: 'c', source: 'aware-1', target: 'engage-1' }];
    const lines = forecastCsv(doc, forecastJourney(doc)).split('\r\n');
    expect(lines).toEqual([
      'stage,title,people,revenue,cost',
      `Aware,"'=HYPERLINK(""http://x"",""click"")",10,,`,
      'Engage,"Blog, ""the"" guides",5,10,',
      "Subscribe,'-1 offer,,,",
      "Subscribe,'@sum,,,",
      "Subscribe,'+plus,,,",
      '',
    ]);
  });
});
