import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../../uploads/test/render';
import { ValueCell } from './value-cell';

const words = { yes: 'Sí', no: 'No', weekday: String };

describe('ValueCell', () => {
  it.each([
    ['NO_CUSTOMER_DATA', 'el archivo no identifica clientes', 'the file does not identify customers'],
    ['NOT_AT_LOCATION', 'no se calcula por sucursal', 'not computed per branch'],
    ['NO_COMMISSION_DATA', 'el archivo no informa comisiones', 'the file has no commissions'],
  ])('says in words why %s cells are empty, never the code', (reason, es, en) => {
    const { unmount } = renderWithApp(
      <ValueCell value={null} format="integer" reason={reason} words={words} />,
    );
    expect(screen.getByRole('button').getAttribute('aria-label')).toBe(`Sin dato: ${es}`);
    unmount();
    renderWithApp(<ValueCell value={null} format="integer" reason={reason} words={words} />, {
      language: 'en',
    });
    expect(screen.getByRole('button').getAttribute('aria-label')).toContain(en);
    expect(screen.getByRole('button').getAttribute('aria-label')).not.toContain(reason);
  });
});
