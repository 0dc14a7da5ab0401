import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OTHER_MEMBERS } from '../../../../test/fake-api/state';
import { COMPANY_A, TEST_USER } from '../../../../test/fixtures';
import { renderApp } from '../../../../test/render-app';
import { bodiesOf, setupFakeApi } from '../../../../test/use-fake-api';

const fakeApi = setupFakeApi({ signedIn: true });
const MEMBERS = `/c/${COMPANY_A.id}/settings?tab=members`;
const [PEDRO, ANA] = OTHER_MEMBERS as [(typeof OTHER_MEMBERS)[number], (typeof OTHER_MEMBERS)[number]];

describe('settings › members', () => {
  it('changes a member role', async () => {
    const api = fakeApi();
    const { user } = renderApp(MEMBERS);

    const select = await screen.findByLabelText(`Rol de ${ANA.name}`);
    expect((select as HTMLSelectElement).value).toBe('viewer');
    await user.selectOptions(select, 'Finanzas');

    expect((await screen.findByRole('status')).textContent).toBe('Ana Rojas ahora tiene el rol Finanzas.');
    expect((select as HTMLSelectElement).value).toBe('finance');
    expect(bodiesOf(api, 'PATCH', `/api/v1/companies/${COMPANY_A.id}/members/${ANA.user_id}`)).toEqual([
      { role: 'finance' },
    ]);
  });

  it('shows the last-owner refusal and keeps the role', async () => {
    const { user } = renderApp(MEMBERS);

    const mine = await screen.findByLabelText(`Rol de ${TEST_USER.name}`);
    await user.selectOptions(mine, 'Administrador');

    expect((await screen.findByRole('alert')).textContent).toBe(
      'La empresa necesita al menos un dueño: nombra a otra persona como dueña primero',
    );
    expect((mine as HTMLSelectElement).value).toBe('owner');
  });

  it('removes a member after confirming', async () => {
    const api = fakeApi();
    const { user } = renderApp(MEMBERS);

    await user.click(await screen.findByRole('button', { name: `Quitar a ${PEDRO.name}` }));
    const dialog = screen.getByRole('dialog', { name: `¿Quitar a ${PEDRO.name}?` });
    await user.click(within(dialog).getByRole('button', { name: 'Quitar' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.queryByText(PEDRO.email)).toBeNull();
    expect(api.state.members[COMPANY_A.id]?.map((member) => member.name)).toEqual([TEST_USER.name, ANA.name]);
  });

  it('invites someone and revokes a pending invitation', async () => {
    const api = fakeApi();
    const { user } = renderApp(MEMBERS);

    const pending = await screen.findByRole('region', { name: 'Invitaciones pendientes' });
    expect(await within(pending).findByText('contador@almacen.cl')).toBeTruthy();

    await user.type(screen.getByLabelText('Correo de la persona'), 'bodega@almacen.cl');
    await user.selectOptions(screen.getByLabelText('Rol'), 'Operaciones');
    await user.click(screen.getByRole('button', { name: 'Enviar invitación' }));

    expect(await screen.findByText('Enviamos la invitación a bodega@almacen.cl.')).toBeTruthy();
    expect(within(pending).getByText('bodega@almacen.cl')).toBeTruthy();
    expect(bodiesOf(api, 'POST', `/api/v1/companies/${COMPANY_A.id}/invitations`)).toEqual([
      { email: 'bodega@almacen.cl', role: 'operations' },
    ]);
    expect((screen.getByLabelText('Correo de la persona') as HTMLInputElement).value).toBe('');

    await user.click(
      within(pending).getByRole('button', { name: 'Revocar la invitación a contador@almacen.cl' }),
    );
    await waitFor(() => expect(within(pending).queryByText('contador@almacen.cl')).toBeNull());
    expect(api.state.invitations[COMPANY_A.id]?.map((invitation) => invitation.email)).toEqual([
      'bodega@almacen.cl',
    ]);
  });

  it('shows why an invitation cannot be sent', async () => {
    const { user } = renderApp(MEMBERS);
    await user.type(await screen.findByLabelText('Correo de la persona'), PEDRO.email);
    await user.click(screen.getByRole('button', { name: 'Enviar invitación' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Esta persona ya es miembro de la empresa');
  });

  it('counts the demo visitors in one line, apart from the members', async () => {
    const api = fakeApi();
    api.state.demoVisitors[COMPANY_A.id] = 3;
    renderApp(MEMBERS);

    expect(await screen.findByText('3 visitantes de la demo activos (se eliminan a las 24 h)')).toBeTruthy();
    expect(screen.getAllByRole('row')).toHaveLength(1 + (api.state.members[COMPANY_A.id]?.length ?? 0));
  });

  it('lets the last owner know they cannot leave', async () => {
    const { user } = renderApp(MEMBERS);
    await user.click(await screen.findByRole('button', { name: 'Salir de la empresa' }));
    const dialog = screen.getByRole('dialog', { name: `¿Salir de ${COMPANY_A.name}?` });
    await user.click(within(dialog).getByRole('button', { name: 'Salir' }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe(
      'Eres el último dueño: nombra a otra persona como dueña antes de salir',
    );
  });
});
