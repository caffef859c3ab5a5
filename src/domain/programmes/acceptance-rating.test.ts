import { describe, expect, it } from 'vitest';
import { rateAcceptance, type AcceptanceRule, type ProductRating, type Rating } from './acceptance-rating.js';

const product = (id: number, quantity: Rating, quality: Rating): ProductRating => ({ productId: `p${id}`, quantity, quality });

describe('acceptance rating', () => {
  it('is satisfactory with three of four quantity criteria satisfactory and every quality criterion satisfactory', () => {
    const products = [
      product(1, 'satisfactory', 'satisfactory'),
      product(2, 'satisfactory', 'satisfactory'),
      product(3, 'excellent', 'satisfactory'),
      product(4, 'unsatisfactory', 'satisfactory'),
    ];
    expect(rateAcceptance(products, 'satisfactory')).toMatchObject({ rating: 'satisfactory', quantityShare: 0.75, qualityShare: 1 });
  });

  it('is unsatisfactory when one quality criterion is unsatisfactory, even with every quantity satisfied', () => {
    const products = [
      product(1, 'excellent', 'excellent'),
      product(2, 'satisfactory', 'unsatisfactory'),
      product(3, 'satisfactory', 'satisfactory'),
      product(4, 'satisfactory', 'satisfactory'),
    ];
    expect(rateAcceptance(products, 'excellent')).toMatchObject({ rating: 'unsatisfactory', shortfalls: ['quality'] });
  });

  it('is unsatisfactory with two of four quantity criteria, an unsatisfactory final report, or no products', () => {
    const half = [
      product(1, 'satisfactory', 'satisfactory'),
      product(2, 'satisfactory', 'satisfactory'),
      product(3, 'unsatisfactory', 'satisfactory'),
      product(4, 'unsatisfactory', 'satisfactory'),
    ];
    expect(rateAcceptance(half, 'satisfactory')).toMatchObject({ rating: 'unsatisfactory', shortfalls: ['quantity'] });
    expect(rateAcceptance([product(1, 'excellent', 'excellent')], 'unsatisfactory')).toMatchObject({ rating: 'unsatisfactory', shortfalls: ['final-report'] });
    expect(rateAcceptance([], 'excellent')).toMatchObject({ rating: 'unsatisfactory', shortfalls: ['no-products'] });
  });

  it('is excellent when nothing is unsatisfactory and at least half of the criteria are excellent', () => {
    const products = [product(1, 'excellent', 'excellent'), product(2, 'satisfactory', 'excellent'), product(3, 'satisfactory', 'satisfactory')];
    expect(rateAcceptance(products, 'satisfactory')).toMatchObject({ rating: 'excellent', excellentShare: 0.5 });
    const withOneMiss = [...products, product(4, 'unsatisfactory', 'excellent')];
    expect(rateAcceptance(withOneMiss, 'excellent')).toMatchObject({ rating: 'satisfactory', shortfalls: ['floor'] });
  });

  it('follows the rule given as data', () => {
    const products = [product(1, 'satisfactory', 'satisfactory'), product(2, 'unsatisfactory', 'satisfactory')];
    const lenient: AcceptanceRule = {
      satisfactory: { qualityShare: 1, quantityShare: 0.5, finalReport: 'satisfactory' },
      excellent: { excellentShare: 1, floor: 'excellent', finalReport: 'excellent' },
    };
    expect(rateAcceptance(products, 'satisfactory').rating).toBe('unsatisfactory');
    expect(rateAcceptance(products, 'satisfactory', lenient).rating).toBe('satisfactory');
  });
});
