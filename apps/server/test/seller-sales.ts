/**
 * A POS export naming the seller and the payment method of each line, as the alsur export does
 * ("Nombre vendedor", "Método pago"): a two-line ticket, a credit note, a line without seller,
 * two branches, October and November 2025.
 */
export const SELLER_SALES_CSV = `${[
  'Fecha venta;Tipo documento;N° doc. venta;Nombre vendedor;Nombre sucursal;Método pago;SKU;Cantidad;Total neto;Total comisión',
  '01/10/2025 10:00;Boleta;101;Ana;Centro;EFECTIVO;P-01;2;10.000;100',
  '01/10/2025 10:00;Boleta;101;Ana;Centro;EFECTIVO;P-02;1;5.000;50',
  '01/10/2025 12:30;Boleta;102;Ana;Norte;DEBITO;P-01;1;4.000;40',
  '02/10/2025 09:15;Factura;103;Beto;Centro;CREDITO;P-03;3;30.000;300',
  '02/10/2025 17:40;Nota de crédito;104;Beto;Centro;CREDITO;P-03;1;10.000;100',
  '03/10/2025 11:00;Boleta;105;;Norte;EFECTIVO;P-02;1;2.000;',
  '03/11/2025 11:00;Boleta;201;Ana;Centro;DEBITO;P-01;1;7.000;70',
].join('\r\n')}\r\n`;
