/** Members, roles and invitations (Spanish). */
export const teamEs = {
  'role.owner': 'Dueño',
  'role.admin': 'Administrador',
  'role.finance': 'Finanzas',
  'role.marketing': 'Marketing',
  'role.operations': 'Operaciones',
  'role.viewer': 'Solo lectura',

  'members.title': 'Miembros',
  'members.loading': 'Cargando miembros…',
  'members.person': 'Persona',
  'members.role': 'Rol',
  'members.joined': 'Miembro desde',
  'members.actions': 'Acciones',
  'members.you': 'Tú',
  'members.roleOf': 'Rol de {name}',
  'members.removeOf': 'Quitar a {name}',
  'members.remove': 'Quitar',
  'members.leave': 'Salir de la empresa',
  'members.roleUpdated': '{name} ahora tiene el rol {role}.',
  'members.removed': '{name} ya no es miembro de la empresa.',
  'members.removeTitle': '¿Quitar a {name}?',
  'members.removeBody':
    'Perderá el acceso a {company} de inmediato. Podrás invitarle de nuevo cuando quieras.',
  'members.leaveTitle': '¿Salir de {company}?',
  'members.leaveBody':
    'Perderás el acceso a esta empresa. Para volver, alguien tendrá que invitarte de nuevo.',
  'members.confirmRemove': 'Quitar',
  'members.confirmLeave': 'Salir',
  'members.cancel': 'Cancelar',

  'invitations.title': 'Invitaciones pendientes',
  'invitations.loading': 'Cargando invitaciones…',
  'invitations.empty': 'No hay invitaciones pendientes.',
  'invitations.expires': 'Vence el {date}',
  'invitations.revokeOf': 'Revocar la invitación a {email}',
  'invitations.revoke': 'Revocar',
  'invitations.revoked': 'Revocamos la invitación a {email}.',

  'invite.title': 'Invitar a alguien',
  'invite.body': 'Le enviaremos un correo con un enlace que vale por 7 días.',
  'invite.email': 'Correo de la persona',
  'invite.role': 'Rol',
  'invite.submit': 'Enviar invitación',
  'invite.sent': 'Enviamos la invitación a {email}.',

  'acceptInvite.title': 'Invitación a una empresa',
  'acceptInvite.loading': 'Aceptando la invitación…',
  'acceptInvite.failed': 'No pudimos aceptar la invitación',
  'acceptInvite.missingToken':
    'El enlace de invitación no es válido o está incompleto. Ábrelo de nuevo desde el correo.',
  'acceptInvite.signedInAs': 'Ingresaste como {email}.',
  'acceptInvite.wrongEmail':
    'Cierra sesión e ingresa (o crea una cuenta) con el correo al que llegó la invitación.',
  'acceptInvite.switchAccount': 'Cerrar sesión y cambiar de cuenta',
  'acceptInvite.home': 'Ir al inicio',
  'acceptInvite.retry': 'Intentar de nuevo',
} as const;
