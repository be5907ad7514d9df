import { describe, expect, it } from 'vitest';
import { feedbackText, modelStatusText, readTrainResult, thresholdPercent, thresholdText, trainOutcomeText, trainProgressText } from './train-text';

describe('training results', () => {
  it('reads the result of a finished train job', () => {
    expect(readTrainResult({
      modelId: 3, activated: true, examples: 412,
      metrics: { top1: 0.874, top3: 0.95, threshold: 0.93 }, previous: { modelId: 2, top1: 0.8 },
    })).toEqual({ activated: true, examples: 412, top1: 0.874, previousTop1: 0.8, threshold: 0.93 });
  });

  it('reads a missing or malformed result as unknown', () => {
    expect(readTrainResult(null)).toEqual({ activated: false, examples: 0, top1: null, previousTop1: null, threshold: null });
    expect(readTrainResult({ activated: 'yes', examples: -4, metrics: { top1: 'high', threshold: Number.NaN }, previous: null }))
      .toEqual({ activated: false, examples: 0, top1: null, previousTop1: null, threshold: null });
  });

  it('says whether the new model is in use and how often it was right', () => {
    expect(trainOutcomeText({ activated: true, examples: 412, top1: 0.874, previousTop1: 0.8, threshold: 0.93 }))
      .toBe('New model in use, trained on 412 rows: right first time on 87 % of recent history (the previous one: 80 %).');
    expect(trainOutcomeText({ activated: true, examples: 40, top1: 0.9, previousTop1: null, threshold: null }))
      .toBe('New model in use, trained on 40 rows: right first time on 90 % of recent history.');
    expect(trainOutcomeText({ activated: false, examples: 412, top1: 0.78, previousTop1: 0.8, threshold: 0.9 }))
      .toBe('Kept the previous model: the new one was not better (right first time on 78 % of recent history; previous: 80 %).');
    expect(trainOutcomeText({ activated: false, examples: 1, top1: null, previousTop1: null, threshold: null }))
      .toBe('Kept the previous model: the new one was not better.');
  });

  it('explains the auto-apply threshold', () => {
    expect(thresholdText(0.93)).toBe('Suggestions at or above 93 % confidence are filed without review.');
    expect(thresholdText(1.01)).toBe('Nothing is filed without your review yet: no suggestion has proven sure enough.');
    expect(thresholdText(null)).toContain('Nothing is filed without your review');
    expect(thresholdText(0.999995249918244)).toBe('Suggestions at or above 99.9996 % confidence are filed without review.');
  });

  it('writes the threshold rounded up, with the decimals it needs to stay below 100 %', () => {
    expect(thresholdPercent(0.93)).toBe('93 %');
    expect(thresholdPercent(0.931)).toBe('94 %');
    expect(thresholdPercent(0.995)).toBe('99.5 %');
    expect(thresholdPercent(0.99991)).toBe('99.991 %');
    expect(thresholdPercent(0.999912)).toBe('99.992 %');
    expect(thresholdPercent(1)).toBe('100 %');
    expect(thresholdPercent(0.99999999999)).toBe('100 %');
  });

  it('describes the model in use and the decisions since it was trained', () => {
    expect(modelStatusText(null)).toContain('No model trained yet');
    expect(modelStatusText({ trainedOn: 40, createdAt: '2025-03-07T10:00:00Z', metrics: { top1: 0.9 } }))
      .toBe('Model trained on 40 rows on 2025-03-07, right first time on 90 % of recent history.');
    expect(feedbackText(0)).toBe('No new decisions since the last training.');
    expect(feedbackText(1)).toBe('1 new decision since the last training.');
    expect(feedbackText(1200)).toBe('1,200 new decisions since the last training.');
  });

  it('names the phases of training in plain words, with a percent that stays below 100 while running', () => {
    expect(trainProgressText({ phase: 'dense', fraction: 0.425 })).toBe('Training the neural network · 42 %');
    expect(trainProgressText({ phase: 'comparing', fraction: 1 })).toBe('Comparing with the model in use · 99 %');
    expect(trainProgressText({ phase: 'pruning', fraction: Number.NaN })).toBe('Pruning · 0 %');
    expect(trainProgressText(null)).toBe('Waiting to start');
  });
});
