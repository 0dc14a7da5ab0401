import { customerLabel } from '@ayni/contracts';
import { describe, expect, it } from 'vitest';
import { CustomerIds, canonicalCustomerId } from './customer-id';

describe('canonicalCustomerId', () => {
  it('writes every spelling of a valid RUT without dots, with an upper-case K', () => {
    expect(canonicalCustomerId('12.345.678-5')).toBe('12345678-5');
    expect(canonicalCustomerId('12 345 678-5')).toBe('12345678-5');
    expect(canonicalCustomerId('6.000.000-k')).toBe('6000000-K');
    expect(canonicalCustomerId('76.086.428-5')).toBe('76086428-5');
  });

  it('keeps codes, names and invalid RUTs as written', () => {
    for (const id of ['12.345.678-0', '123456785', 'CLIENTE 01', 'C-0042', 'juan-perez', '-', '12345678-']) {
      expect(canonicalCustomerId(id)).toBe(id);
    }
  });

  it('agrees with the label screens show: the stored id reads back as the same customer', () => {
    for (const id of ['12.345.678-5', '6000000-k', 'C-0042']) {
      expect(customerLabel(canonicalCustomerId(id))).toBe(customerLabel(id));
    }
  });
});

describe('CustomerIds', () => {
  it('answers as canonicalCustomerId, and null for no customer', () => {
    const ids = new CustomerIds();
    expect(ids.canonical(null)).toBeNull();
    for (const id of ['12.345.678-5', '12.345.678-5', 'CLIENTE 01', '6000000-k']) {
      expect(ids.canonical(id)).toBe(canonicalCustomerId(id));
    }
  });
});
