/**
 * A small streaming XML tokenizer, enough for SpreadsheetML: elements, attributes, text,
 * entities, CDATA; comments, processing instructions and doctypes are skipped. Names lose their
 * namespace prefix (`x:row` → `row`, `r:id` → `id`) because some writers prefix everything, and
 * `xmlns` declarations are dropped. Self-closing elements report an open and then a close.
 * Feed text with `write`; handlers run synchronously. A text run or tag longer than
 * MAX_XML_TOKEN_CHARS (held whole until its end is seen) fails with XLSX_ROW_TOO_LONG.
 */

export interface XmlHandler {
  open(name: string, attributes: Record<string, string>): void;
  close(name: string): void;
  text(text: string): void;
}

import { SourceError } from './source-error';
import { MAX_XML_TOKEN_CHARS } from './source-limits';

const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const ATTRIBUTE = /([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

export class XmlScanner {
  private pending = '';

  constructor(private readonly handler: XmlHandler) {}

  write(chunk: string): void {
    const data = this.pending + chunk;
    this.pending = '';
    let i = 0;
    while (i < data.length) {
      const lt = data.indexOf('<', i);
      if (lt === -1) {
        // Text is only reported once its end is seen, so entities never arrive split.
        this.hold(data.slice(i));
        return;
      }
      if (lt > i) this.handler.text(decodeEntities(data.slice(i, lt)));
      const end = this.markup(data, lt);
      if (end === -1) {
        this.hold(data.slice(lt));
        return;
      }
      i = end;
    }
  }

  private hold(text: string): void {
    if (text.length > MAX_XML_TOKEN_CHARS) throw tokenTooLong();
    this.pending = text;
  }

  /** Throws when the document stopped in the middle of markup. */
  end(): void {
    if (this.pending.includes('<')) throw new Error('XML ends in the middle of a tag');
    this.pending = '';
  }

  /** Handles the markup starting at `lt`; answers where it ends, or -1 if it is incomplete. */
  private markup(data: string, lt: number): number {
    if (data[lt + 1] === '!' || data[lt + 1] === '?') {
      // Wait until '<![CDATA[' or '<!--' can be told apart from a doctype.
      if (data.length - lt < 9) return -1;
      if (data.startsWith('<!--', lt)) return after(data, '-->', lt + 4);
      if (data.startsWith('<![CDATA[', lt)) {
        const close = data.indexOf(']]>', lt + 9);
        if (close === -1) return -1;
        this.handler.text(data.slice(lt + 9, close));
        return close + 3;
      }
      return after(data, '>', lt + 2);
    }
    const close = tagEnd(data, lt + 1);
    if (close === -1) return -1;
    this.tag(data.slice(lt + 1, close));
    return close + 1;
  }

  private tag(body: string): void {
    if (body.startsWith('/')) {
      this.handler.close(localName(body.slice(1).trim()));
      return;
    }
    const selfClosing = body.endsWith('/');
    const content = selfClosing ? body.slice(0, -1) : body;
    let nameEnd = 0;
    while (nameEnd < content.length && content.charCodeAt(nameEnd) > 32) nameEnd++;
    const name = localName(content.slice(0, nameEnd));
    const attributes: Record<string, string> = {};
    if (nameEnd < content.length) {
      for (const match of content.slice(nameEnd).matchAll(ATTRIBUTE)) {
        const raw = match[1] as string;
        if (raw === 'xmlns' || raw.startsWith('xmlns:')) continue;
        attributes[localName(raw)] = decodeEntities(match[2] ?? match[3] ?? '');
      }
    }
    this.handler.open(name, attributes);
    if (selfClosing) this.handler.close(name);
  }
}

function tokenTooLong(): SourceError {
  const mb = MAX_XML_TOKEN_CHARS / (1024 * 1024);
  return new SourceError(
    'XLSX_ROW_TOO_LONG',
    `The workbook holds a text or tag of more than ${mb} million characters; it is damaged or not a sales export.`,
    `El libro tiene un texto o etiqueta de más de ${mb} millones de caracteres; está dañado o no es una exportación de ventas.`,
    { maxChars: MAX_XML_TOKEN_CHARS },
  );
}

function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

function after(data: string, terminator: string, from: number): number {
  const at = data.indexOf(terminator, from);
  return at === -1 ? -1 : at + terminator.length;
}

/** The '>' closing a tag, skipping any inside quoted attribute values (legal in XML). */
function tagEnd(data: string, from: number): number {
  let quote = '';
  for (let i = from; i < data.length; i++) {
    const ch = data[i];
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === '>') {
      return i;
    }
  }
  return -1;
}

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity[0] !== '#') return NAMED_ENTITIES[entity] ?? whole;
    const code =
      entity[1] === 'x' || entity[1] === 'X' ? Number.parseInt(entity.slice(2), 16) : Number(entity.slice(1));
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
