import { describe, expect, it } from 'vitest';
import { EMPTY_VOCABULARY } from './entities';
import { goalAmount } from './goal-amount';
import { normalizeQuestion } from './normalize';
import { questionText } from './question-text';

const goal = (question: string) => goalAmount(question, normalizeQuestion(question));

describe('goalAmount', () => {
  it('reads the goal in pesos however it is written', () => {
    expect(goal('¿Cuánto me falta para llegar a 10 millones este mes?')).toBe(10_000_000);
    expect(goal('¿Cuánto me falta para llegar a $10.000.000?')).toBe(10_000_000);
    expect(goal('meta de $ 8500000')).toBe(8_500_000);
    expect(goal('¿llegué a los 1,5 millones?')).toBe(1_500_000);
    expect(goal('¿cuánto me falta para los 5 palos?')).toBe(5_000_000);
    expect(goal('¿cuánto me falta para diez millones?')).toBe(10_000_000);
    expect(goal('¿me falta mucho para las 800 lucas?')).toBe(800_000);
    expect(goal('did we hit 2.5 million in October?')).toBe(2_500_000);
    expect(goal('how far am I from 10M')).toBe(10_000_000);
    // Two digits before the scale word, after the goal verb.
    expect(goal('¿llegué a 10 millones en octubre?')).toBe(10_000_000);
    expect(goal('did we reach 12 million in October?')).toBe(12_000_000);
  });

  it('finds no goal without a goal word, without an amount, or per day or week', () => {
    expect(goal('¿Cuánto vendí en octubre?')).toBeNull();
    expect(goal('top 10 productos')).toBeNull();
    expect(goal('¿cuánto me falta para la meta?')).toBeNull();
    expect(goal('mi meta es vender 500 lucas diarias')).toBeNull();
    expect(goal('my goal is 2 million a week')).toBeNull();
  });

  it('reads the pace a goal needs as that goal, not as a goal per day', () => {
    const paced = (question: string) => goalAmount(question, questionText(question, EMPTY_VOCABULARY));
    expect(paced('¿Cuánto necesito vender al día para llegar a 9 millones este mes?')).toBe(9_000_000);
    expect(paced('how much do I need to sell per day to reach 9 million')).toBe(9_000_000);
    expect(paced('¿cuánto debo vender para alcanzar 8 millones?')).toBe(8_000_000);
    expect(paced('mi meta es vender 300 lucas al día')).toBeNull();
  });
});
