import { describe, expect, it } from 'vitest';
import { decodeEntities, XmlScanner } from './xml-scanner';

function events(chunks: string[]): string[] {
  const seen: string[] = [];
  const scanner = new XmlScanner({
    open: (name, attributes) => seen.push(`<${name} ${JSON.stringify(attributes)}`),
    close: (name) => seen.push(`</${name}`),
    text: (text) => {
      if (text.trim()) seen.push(`"${text}"`);
    },
  });
  for (const chunk of chunks) scanner.write(chunk);
  scanner.end();
  return seen;
}

const DOCUMENT = `\uFEFF<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<!-- a comment with <tags> inside -->
<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="rel">
  <x:row r="1" spans='1:2'><x:c r="A1" t="inlineStr"><x:is><x:t>Caf&#233; &amp; t&#xE9; &lt;3</x:t></x:is></x:c>
  <x:c r="B1" r:id="rId7" note="a > b"/><x:v><![CDATA[<raw & text>]]></x:v></x:row>
</x:worksheet>`;

const EXPECTED = [
  '<worksheet {}',
  '<row {"r":"1","spans":"1:2"}',
  '<c {"r":"A1","t":"inlineStr"}',
  '<is {}',
  '<t {}',
  '"Café & té <3"',
  '</t',
  '</is',
  '</c',
  '<c {"r":"B1","id":"rId7","note":"a > b"}',
  '</c',
  '<v {}',
  '"<raw & text>"',
  '</v',
  '</row',
  '</worksheet',
];

describe('XmlScanner', () => {
  it('reports elements without prefixes, decoded text and attributes, skipping comments and declarations', () => {
    expect(events([DOCUMENT])).toEqual(EXPECTED);
  });

  it('gives the same events however the text is split', () => {
    for (let size = 1; size <= 17; size++) {
      const chunks: string[] = [];
      for (let i = 0; i < DOCUMENT.length; i += size) chunks.push(DOCUMENT.slice(i, i + size));
      expect(events(chunks)).toEqual(EXPECTED);
    }
  });

  it('fails when the document stops inside a tag', () => {
    expect(() => events(['<a><b attr="1'])).toThrow(/middle of a tag/);
  });

  it('decodes named and numeric entities, leaving unknown ones alone', () => {
    expect(decodeEntities('&quot;a&apos; &#65;&#x42; &nbsp; &#x1F600;')).toBe('"a\' AB &nbsp; 😀');
  });
});
