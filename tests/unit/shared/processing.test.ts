import { describe, expect, it } from 'vitest';
import {
  itemCode,
  parseWorkCode,
  protocolStatusAfterWork,
  slideStatusAfterStage,
  stageApplies,
  stagesFor,
} from '../../../src-shared/processing';

describe('codes on cassettes and slides', () => {
  it('are the protocol number with -C or -S and a number', () => {
    expect(itemCode('HP 26/001', 'cassette', 2)).toBe('HP 26/001-C2');
    expect(itemCode('CT 26/014', 'slide', 3)).toBe('CT 26/014-S3');
  });

  it('are read back however a Spanish-layout scanner types them', () => {
    expect(parseWorkCode("hp 26-001'c2")).toEqual({
      type: 'cassette',
      protocolCode: 'HP 26/001',
      number: 2,
    });
    expect(parseWorkCode('CT26/0014S12')).toEqual({
      type: 'slide',
      protocolCode: 'CT 26/0014',
      number: 12,
    });
    expect(parseWorkCode("TMP'HP'20261204'007'C1")).toEqual({
      type: 'cassette',
      protocolCode: 'TMP-HP-20261204-007',
      number: 1,
    });
    expect(parseWorkCode('HP 26/001')).toEqual({ type: 'protocol', protocolCode: 'HP 26/001' });
    expect(parseWorkCode('HP 26/001-C10001')).toMatchObject({ type: 'cassette', number: 10001 });
  });

  it('refuse a zero, a missing number or a stray word', () => {
    expect(parseWorkCode('HP 26/001-C0').type).toBe('unknown');
    expect(parseWorkCode('HP 26/001-C').type).toBe('unknown');
    expect(parseWorkCode('casete 1').type).toBe('unknown');
  });
});

describe('stages', () => {
  it('cassettes go through the early stages, slides are mounted and stained', () => {
    expect(stagesFor('cassette', 'histopathology')).toEqual([
      'sectioning',
      'identification',
      'fixation',
      'embedding',
      'cutting',
    ]);
    expect(stagesFor('slide', 'histopathology')).toEqual(['mounting', 'staining']);
  });

  it('cytology has staining only, on slides', () => {
    expect(stagesFor('slide', 'cytology')).toEqual(['staining']);
    expect(stageApplies('embedding', 'cassette', 'cytology')).toBe(false);
  });

  it('mounting and staining move a slide forward, never back', () => {
    expect(slideStatusAfterStage('mounting', 'pending')).toBe('mounted');
    expect(slideStatusAfterStage('staining', 'mounted')).toBe('stained');
    expect(slideStatusAfterStage('mounting', 'ready')).toBe('ready');
  });
});

describe("a protocol's status after its work changed", () => {
  it('moves to processing with the first item and to ready when all live slides are', () => {
    expect(protocolStatusAfterWork('received', 0, [])).toBeNull();
    expect(protocolStatusAfterWork('received', 1, [])).toBe('processing');
    expect(protocolStatusAfterWork('processing', 2, [{ status: 'stained' }])).toBeNull();
    expect(protocolStatusAfterWork('processing', 2, [{ status: 'ready' }])).toBe('ready');
    expect(protocolStatusAfterWork('received', 1, [{ status: 'ready' }])).toBe('ready');
  });

  it('never moves back, and leaves a report already sent alone', () => {
    expect(protocolStatusAfterWork('ready', 3, [{ status: 'pending' }])).toBeNull();
    expect(protocolStatusAfterWork('report_sent', 3, [{ status: 'ready' }])).toBeNull();
  });
});
