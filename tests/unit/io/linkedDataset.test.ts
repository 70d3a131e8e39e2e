import { describe, expect, it } from 'vitest';
import { linkedFileName, resolveLinkedAddress } from '../../../src/io/linkedDataset';

const page = { href: 'http://127.0.0.1:4310/tableau/?data=x', origin: 'http://127.0.0.1:4310' };

describe('resolveLinkedAddress', () => {
  it.each(['http://[', 'http://%zz', 'https://:0', 'http://a:99999'])('calls %s a bad address instead of throwing', (address) => {
    expect(resolveLinkedAddress(address, page)).toEqual({ ok: false, code: 'bad-address', params: {} });
  });

  it('reads a relative address against the page', () => {
    const resolved = resolveLinkedAddress('mon-reseau/clusters.csv', page);
    expect(resolved.ok && resolved.url.href).toBe('http://127.0.0.1:4310/tableau/mon-reseau/clusters.csv');
  });

  it('refuses another origin, naming where it is', () => {
    expect(resolveLinkedAddress('https://example.org/evil.json', page)).toMatchObject({ code: 'same-origin', params: { host: 'example.org' } });
    expect(resolveLinkedAddress('//localhost:4310/x.csv', page)).toMatchObject({ code: 'same-origin', params: { host: 'localhost:4310' } });
    expect(resolveLinkedAddress('data:text/csv,name', page)).toMatchObject({ code: 'same-origin', params: { host: 'data:' } });
  });
});

describe('linkedFileName', () => {
  it('is the last segment, decoded, and kept as written when it cannot be decoded', () => {
    expect(linkedFileName(new URL('http://h/a/r%C3%A9seau.csv'))).toBe('réseau.csv');
    expect(linkedFileName(new URL('http://h/a/100%zz.csv'))).toBe('100%zz.csv');
    expect(linkedFileName(new URL('http://h/a/'))).toBe('data');
  });
});
