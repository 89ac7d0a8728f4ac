import { describe, expect, it } from 'vitest';
import { parseCsv } from '../csv.ts';
import { groupsCsv } from './export-csv.ts';
import { groupFailures } from './group.ts';

describe('groupsCsv', () => {
  it('writes one row per instance with its group, under the contract columns', () => {
    const groups = groupFailures([
      {
        instanceId: 'a',
        createdMs: 0,
        failure: { step: 'charge-1', errorName: 'E', message: 'order ord_11aa22, "x"' },
      },
      {
        instanceId: 'b',
        createdMs: 1000,
        failure: { step: 'charge-2', errorName: 'E', message: 'order ord_33bb44, "y"' },
      },
    ]);
    const [header, ...rows] = parseCsv(groupsCsv(groups));
    expect(header).toEqual([
      'group_id',
      'instance_id',
      'created_on',
      'step',
      'error_name',
      'template',
      'message',
    ]);
    expect(rows).toEqual([
      [
        groups[0]?.id,
        'b',
        '1970-01-01T00:00:01.000Z',
        'charge',
        'E',
        'order <id>, <str>',
        'order ord_33bb44, "y"',
      ],
      [
        groups[0]?.id,
        'a',
        '1970-01-01T00:00:00.000Z',
        'charge',
        'E',
        'order <id>, <str>',
        'order ord_11aa22, "x"',
      ],
    ]);
  });
});
