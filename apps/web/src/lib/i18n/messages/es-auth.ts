/** Sign-in extras, sign-up, e-mail verification and password recovery (Spanish). */
export const authEs = {
  'register.title': 'Crea tu cuenta',
  'register.subtitle': 'Empieza a entender tus ventas en minutos.',
  'register.name': 'Nombre y apellido',
  'register.submit': 'Crear cuenta',
  'register.submitting': 'Creando tu cuenta…',
  'register.haveAccount': '¿Ya tienes cuenta?',
  'register.loginLink': 'Inicia sesión',
  'register.loginFailed': 'Creamos tu cuenta, pero no pudimos iniciar sesión. Inicia sesión para continuar.',

  'password.rulesTitle': 'Tu contraseña debe:',
  'password.ruleLength': 'Tener al menos 10 caracteres',
  'password.ruleCommon': 'No ser una contraseña común ni tu correo',
  'password.ruleMet': 'cumplido',
  'password.tooShort': 'La contraseña debe tener al menos 10 caracteres',
  'password.mismatch': 'Las contraseñas no coinciden',

  'validation.required': 'Completa este campo',
  'validation.email': 'Ingresa un correo válido, por ejemplo nombre@empresa.cl',

  'verify.title': 'Verificación de correo',
  'verify.loading': 'Verificando tu correo…',
  'verify.successTitle': '¡Correo verificado!',
  'verify.successBody': 'Gracias por confirmar tu correo electrónico.',
  'verify.failureTitle': 'No pudimos verificar tu correo',
  'verify.missingToken': 'El enlace no es válido o está incompleto. Ábrelo de nuevo desde el correo.',
  'verify.failureHint': 'Desde Mi cuenta puedes pedir un enlace nuevo.',
  'verify.continue': 'Ir a AYNI',

  'forgot.title': 'Recupera tu contraseña',
  'forgot.subtitle': 'Escribe tu correo y te enviaremos un enlace para crear una nueva.',
  'forgot.submit': 'Enviar enlace',
  'forgot.sent':
    'Si el correo existe, te enviamos un enlace para restablecer tu contraseña. Revisa tu bandeja de entrada; el enlace vale por 1 hora.',
  'forgot.backToLogin': 'Volver a iniciar sesión',

  'reset.title': 'Crea una nueva contraseña',
  'reset.subtitle': 'Al guardarla cerraremos todas tus sesiones abiertas.',
  'reset.newPassword': 'Nueva contraseña',
  'reset.confirm': 'Repite la nueva contraseña',
  'reset.submit': 'Guardar contraseña',
  'reset.missingToken': 'El enlace no es válido o está incompleto. Pide uno nuevo.',
  'reset.requestNew': 'Pedir un enlace nuevo',
} as const;
