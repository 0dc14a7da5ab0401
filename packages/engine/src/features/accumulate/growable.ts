/**
 * Typed arrays that grow by doubling (amortized O(1) per element). The caller keeps the returned
 * array: `this.counts = grownInt32(this.counts, cell + 1)`.
 */
export function grownInt32(
  array: Int32Array<ArrayBuffer>,
  minLength: number,
  fill = 0,
): Int32Array<ArrayBuffer> {
  if (minLength <= array.length) return array;
  const bigger = new Int32Array(Math.max(minLength, array.length * 2));
  if (fill !== 0) bigger.fill(fill, array.length);
  bigger.set(array);
  return bigger;
}

export function grownFloat64(
  array: Float64Array<ArrayBuffer>,
  minLength: number,
  fill = 0,
): Float64Array<ArrayBuffer> {
  if (minLength <= array.length) return array;
  const bigger = new Float64Array(Math.max(minLength, array.length * 2));
  if (fill !== 0) bigger.fill(fill, array.length);
  bigger.set(array);
  return bigger;
}

export function grownUint8(array: Uint8Array<ArrayBuffer>, minLength: number): Uint8Array<ArrayBuffer> {
  if (minLength <= array.length) return array;
  const bigger = new Uint8Array(Math.max(minLength, array.length * 2));
  bigger.set(array);
  return bigger;
}
