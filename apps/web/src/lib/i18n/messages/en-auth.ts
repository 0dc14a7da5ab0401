import type { authEs } from './es-auth';

export const authEn: Record<keyof typeof authEs, string> = {
  'register.title': 'Create your account',
  'register.subtitle': 'Start understanding your sales in minutes.',
  'register.name': 'Full name',
  'register.submit': 'Create account',
  'register.submitting': 'Creating your account…',
  'register.haveAccount': 'Already have an account?',
  'register.loginLink': 'Sign in',
  'register.loginFailed': 'We created your account but could not sign you in. Sign in to continue.',

  'password.rulesTitle': 'Your password must:',
  'password.ruleLength': 'Have at least 10 characters',
  'password.ruleCommon': 'Not be a common password or your e-mail',
  'password.ruleMet': 'done',
  'password.tooShort': 'The password must have at least 10 characters',
  'password.mismatch': 'The passwords do not match',

  'validation.required': 'Fill in this field',
  'validation.email': 'Enter a valid e-mail, for example name@company.com',

  'verify.title': 'E-mail verification',
  'verify.loading': 'Verifying your e-mail…',
  'verify.successTitle': 'E-mail verified!',
  'verify.successBody': 'Thanks for confirming your e-mail address.',
  'verify.failureTitle': 'We could not verify your e-mail',
  'verify.missingToken': 'The link is not valid or is incomplete. Open it again from the e-mail.',
  'verify.failureHint': 'You can ask for a new link from My account.',
  'verify.continue': 'Go to AYNI',

  'forgot.title': 'Recover your password',
  'forgot.subtitle': 'Enter your e-mail and we will send you a link to create a new one.',
  'forgot.submit': 'Send link',
  'forgot.sent':
    'If the e-mail exists, we sent you a link to reset your password. Check your inbox; the link is valid for 1 hour.',
  'forgot.backToLogin': 'Back to sign in',

  'reset.title': 'Create a new password',
  'reset.subtitle': 'Saving it signs you out of every open session.',
  'reset.newPassword': 'New password',
  'reset.confirm': 'Repeat the new password',
  'reset.submit': 'Save password',
  'reset.missingToken': 'The link is not valid or is incomplete. Ask for a new one.',
  'reset.requestNew': 'Ask for a new link',
};
