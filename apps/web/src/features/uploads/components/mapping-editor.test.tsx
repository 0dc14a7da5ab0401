import { screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { initialEdits, type MappingEdits, toMappingSpec } from '../lib/mapping';
import { POS_DETECTED } from '../test/fixtures';
import { renderWithApp } from '../test/render';
import { MappingEditor } from './mapping-editor';

const COLUMNS = POS_DETECTED.columns;
const INITIAL = initialEdits(COLUMNS);

/** The editor with its edits held in state, exposed to the test after each change. */
function Harness({ onEdits }: { onEdits?: (edits: MappingEdits) => void }) {
  const [edits, setEdits] = useState(INITIAL);
  return (
    <MappingEditor
      columns={COLUMNS}
      initial={INITIAL}
      edits={edits}
      onChange={(next) => {
        setEdits(next);
        onEdits?.(next);
      }}
    />
  );
}

const namesIn = (group: string) =>
  within(screen.getByTestId(`mapping-group-${group}`))
    .queryAllByTestId('column-name')
    .map((node) => node.textContent?.trim());

describe('MappingEditor', () => {
  it('groups the columns by the field they feed: required, optional, inferable (collapsed)', async () => {
    const { user } = renderWithApp(<Harness />);

    expect(screen.getByRole('heading', { name: 'Obligatorias (5)' })).toBeTruthy();
    expect(namesIn('required')).toEqual(['Fecha venta', 'N° doc. venta', 'SKU', 'Cantidad', 'Total neto']);
    // Columns that feed nothing are still listed (they are kept with each line).
    expect(namesIn('optional')).toEqual(['Descripción', 'Categoría', 'Tipo documento', 'Vendedor']);

    const toggle = screen.getByRole('button', { name: 'Se pueden calcular (1)' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(namesIn('inferable')).toEqual([]);
    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(namesIn('inferable')).toEqual(['Precio unitario']);
  });

  it('shows each column’s detected format and confidence, flagging low confidence', async () => {
    const { user } = renderWithApp(<Harness />);
    const required = screen.getByTestId('mapping-group-required');
    expect(within(required).getByText('Fecha · dd/mm/aaaa')).toBeTruthy();
    expect(within(required).getByText('Número · moneda $ · decimal «,» · miles «.»')).toBeTruthy();
    // The document number is a number column, but an id: no separators to speak of.
    const document = within(required).getByText('N° doc. venta').closest('[data-testid="mapping-column"]');
    expect(document?.textContent).toContain('Número');
    expect(document?.textContent).not.toContain('decimal');
    expect(within(required).getAllByText('Confianza 93 %')).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Se pueden calcular (1)' }));
    expect(screen.getByText('Confianza 60 % · Confianza baja: revísala')).toBeTruthy();
  });

  it('offers number and date formats only where they apply', () => {
    renderWithApp(<Harness />);
    expect(screen.getByLabelText('Orden de la fecha de «Fecha venta»')).toBeTruthy();
    expect((screen.getByLabelText('Separador decimal de «Total neto»') as HTMLSelectElement).value).toBe(',');
    expect((screen.getByLabelText('Separador de miles de «Total neto»') as HTMLSelectElement).value).toBe(
      '.',
    );
    expect(screen.queryByLabelText('Separador decimal de «SKU»')).toBeNull();
    expect(screen.queryByLabelText('Orden de la fecha de «SKU»')).toBeNull();
  });

  it('edits a field and its formats, and warns about missing and repeated fields', async () => {
    let latest: MappingEdits = INITIAL;
    const { user } = renderWithApp(<Harness onEdits={(edits) => (latest = edits)} />);

    // Unassigning a required column is reported by name.
    await user.selectOptions(screen.getByLabelText('Dato de AYNI para «Cantidad»'), 'No usar');
    expect(screen.getByRole('alert').textContent).toBe('Falta asignar: Cantidad.');
    // The column stays in its group while being edited (rows do not jump around).
    expect(namesIn('required')).toContain('Cantidad');

    // Two columns feeding one field is refused before the API does.
    await user.selectOptions(screen.getByLabelText('Dato de AYNI para «Vendedor»'), 'Total de la línea');
    expect(screen.getAllByRole('alert').map((node) => node.textContent)).toEqual([
      'Falta asignar: Cantidad.',
      'Cada dato puede venir de una sola columna: Total de la línea.',
    ]);

    await user.selectOptions(screen.getByLabelText('Dato de AYNI para «Vendedor»'), 'Cantidad');
    expect(screen.queryAllByRole('alert')).toHaveLength(0);
    await user.selectOptions(screen.getByLabelText('Separador decimal de «Vendedor»'), 'Punto (.)');
    await user.selectOptions(screen.getByLabelText('Separador de miles de «Vendedor»'), 'Ninguno');
    await user.selectOptions(screen.getByLabelText('Orden de la fecha de «Fecha venta»'), 'mes/día/año');

    const spec = toMappingSpec(COLUMNS, latest);
    expect(spec.Cantidad).toEqual({ field: null });
    expect(spec.Vendedor).toEqual({ field: 'in_quantity', number: { decimal: '.', thousands: '' } });
    expect(spec['Fecha venta']).toEqual({ field: 'in_dt', date: { order: 'mdy' } });
    expect(spec['Total neto']).toEqual({ field: 'in_price_total', number: { decimal: ',', thousands: '.' } });
  });

  it('speaks English too', () => {
    renderWithApp(<Harness />, { language: 'en' });
    expect(screen.getByRole('heading', { name: 'Required (5)' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Can be computed (1)' })).toBeTruthy();
    expect(screen.getByLabelText('AYNI field for “Total neto”')).toBeTruthy();
  });
});
