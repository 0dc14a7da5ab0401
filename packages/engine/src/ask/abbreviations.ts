/*
 * Words owners shorten in chats, spelled out so the lexicon need not repeat them: "lukas",
 * "sucu", "prod", "dctos", "tkt", "rev", "custs". Only shortenings no other word is spelled as.
 */
export const ABBREVIATIONS: Record<string, string[]> = {
  luka: ['luca'],
  lukas: ['lucas'],
  sucu: ['sucursal'],
  sucus: ['sucursales'],
  suc: ['sucursal'],
  prod: ['producto'],
  prods: ['productos'],
  dcto: ['descuento'],
  dctos: ['descuentos'],
  desc: ['descuento'],
  devol: ['devoluciones'],
  uds: ['unidades'],
  unid: ['unidades'],
  trx: ['transacciones'],
  tkt: ['ticket'],
  tkts: ['tickets'],
  rev: ['revenue'],
  cust: ['customer'],
  custs: ['customers'],
  wknd: ['weekend'],
  wkend: ['weekend'],
  wknds: ['weekends'],
  // "how r sales": a letter for the word it sounds like.
  r: ['are'],
};
